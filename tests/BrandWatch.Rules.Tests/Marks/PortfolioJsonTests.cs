using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Tests.Marks;

public sealed class PortfolioJsonTests
{
    [Fact]
    public void Parse_FullMark_ReadsEveryContractField()
    {
        const string json = """
            { "marks": [ { "id": "paypal", "name": "PayPal", "labels": ["paypal"], "officialDomains": ["PayPal.com."],
                "niceClasses": [9, 36], "jurisdictions": ["US", "EU", "CN"], "registeredOn": "1999-05-18",
                "wellKnown": true, "keywords": ["payment", "wallet"], "owner": "PayPal, Inc." } ] }
            """;

        var portfolio = PortfolioJson.Parse(json, "marks.json");

        Assert.Empty(portfolio.Errors);
        var mark = Assert.Single(portfolio.Marks);
        Assert.Equal("paypal", mark.Id);
        Assert.Equal(["paypal"], mark.Labels);
        Assert.Equal(["paypal.com"], mark.OfficialDomains);
        Assert.Equal([9, 36], mark.NiceClasses);
        Assert.Equal(new DateOnly(1999, 5, 18), mark.RegisteredOn);
        Assert.True(mark.WellKnown);
        Assert.Equal("PayPal, Inc.", mark.Owner);
    }

    [Fact]
    public void Parse_OnlyIdAndName_DerivesLabels()
    {
        var portfolio = PortfolioJson.Parse("""{"marks":[{"id":"tbs","name":"The Body Shop"}]}""", "m.json");

        Assert.Equal(["thebodyshop", "bodyshop"], Assert.Single(portfolio.Marks).Labels);
    }

    [Theory]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"Alpha\"},\n{\"name\":\"NoId\"}]}", 3, "marks[1].id: is required")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\"}]}", 2, "marks[0].name: is required")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"&&\"}]}", 2, "no label form")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"niceClasses\":[46]}]}", 2, "Nice class 46")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"registeredOn\":\"18/05/1999\"}]}", 2, "yyyy-MM-dd")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"officialDomains\":[\"nodot\"]}]}", 2, "not a domain name")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\"},\n{\"id\":\"A\",\"name\":\"B\"}]}", 3, "duplicate id")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"logos\":[\"https://cdn.example/a.png\"]}]}", 2, "marks[0].logos[0] (id \"a\"): \"https://cdn.example/a.png\" is neither a file name nor a data URL")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"favicons\":[\"data:text/html,hi\"]}]}", 2, "marks[0].favicons[0] (id \"a\"): a data URL must be data:image/TYPE;base64,DATA")]
    [InlineData("{\"marks\":[\n{\"id\":\"a\",\"name\":\"A\",\"logos\":[\" \"]}]}", 2, "marks[0].logos[0] (id \"a\"): an image reference is empty")]
    public void Parse_InvalidMark_ReportsLineAndReasonAndKeepsTheRest(string json, int line, string reason)
    {
        var portfolio = PortfolioJson.Parse(json, "m.json");

        var error = Assert.Single(portfolio.Errors);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("m.json:" + line + ":", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LogosAndFavicons_KeepsFilesAndDataUrls()
    {
        var portfolio = PortfolioJson.Parse("""{"marks":[{"id":"a","name":"Alpha","logos":["logos/alpha.png"],"favicons":["data:image/x-icon;base64,AAABAA=="]}]}""", "m.json");

        var mark = Assert.Single(portfolio.Marks);
        Assert.Equal(["logos/alpha.png"], mark.Logos);
        Assert.Equal(["data:image/x-icon;base64,AAABAA=="], mark.Favicons);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLineAndNoMarks()
    {
        var portfolio = PortfolioJson.Parse("{\"marks\": [\n{\"id\": \"a\",\n\"name\": }\n]}", "bad.json");

        Assert.Empty(portfolio.Marks);
        var error = Assert.Single(portfolio.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoMarksArray_SaysWhatWasExpected()
    {
        var portfolio = PortfolioJson.Parse("{\"brands\": []}", "x.json");

        Assert.Contains("\"marks\" array", Assert.Single(portfolio.Errors).Message, StringComparison.Ordinal);
    }
}
