using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Tests.Marks;

/// <summary>
/// The one set of portfolio rules both hosts apply. Each row is a rule the Api's and the file reader's validators once
/// disagreed on; the same document is now judged the same way by <see cref="MarkValidator"/> and by
/// <see cref="PortfolioJson"/>, with the error naming the JSON path.
/// </summary>
public sealed class MarkValidatorTests
{
    public static TheoryData<string, string, string> Disagreements => new()
    {
        // why, mark fields (JSON), path of the error
        { "id with a space (ids name Api resources)", "\"id\":\"no spaces\",\"name\":\"X\"", "id" },
        { "over-long name", "\"id\":\"x\",\"name\":\"" + new string('a', 201) + "\"", "name" },
        { "empty listed label", "\"id\":\"x\",\"name\":\"X\",\"labels\":[\" \"]", "labels[0]" },
        { "domain IDNA refuses", "\"id\":\"x\",\"name\":\"X\",\"officialDomains\":[\"exa mple.com\"]", "officialDomains[0]" },
        { "authorised domain without a dot", "\"id\":\"x\",\"name\":\"X\",\"authorisedDomains\":[\"localhost\"]", "authorisedDomains[0]" },
        { "three-letter jurisdiction", "\"id\":\"x\",\"name\":\"X\",\"jurisdictions\":[\"USA\"]", "jurisdictions[0]" },
        { "registration before 1800", "\"id\":\"x\",\"name\":\"X\",\"registeredOn\":\"1700-01-01\"", "registeredOn" },
        { "first use before 1800", "\"id\":\"x\",\"name\":\"X\",\"firstUsedOn\":\"1700-01-01\"", "firstUsedOn" },
        { "over-long keyword", "\"id\":\"x\",\"name\":\"X\",\"keywords\":[\"" + new string('k', 201) + "\"]", "keywords[0]" },
        { "blank owner", "\"id\":\"x\",\"name\":\"X\",\"owner\":\"  \"", "owner" },
        { "more than 45 Nice classes", "\"id\":\"x\",\"name\":\"X\",\"niceClasses\":[" + string.Join(",", Enumerable.Repeat(9, 46)) + "]", "niceClasses" },
    };

    [Theory]
    [MemberData(nameof(Disagreements))]
    public void Validate_RuleTheValidatorsDisagreedOn_IsOneErrorNamingThePathInBothHosts(string why, string fields, string path)
    {
        var document = System.Text.Json.JsonSerializer.Deserialize<MarkDocument>("{" + fields + "}", JsonWeb)!;

        var direct = MarkValidator.Validate(document, "marks[1].");
        var file = PortfolioJson.Parse("{\"marks\":[\n{\"id\":\"ok\",\"name\":\"Okay\"},\n{" + fields + "}]}", "m.json");

        Assert.False(direct.IsValid, why);
        Assert.Equal("marks[1]." + path, direct.Problems[0].Path);
        var error = Assert.Single(file.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("marks[1]." + path + " ", error.Message, StringComparison.Ordinal);
        Assert.Equal("ok", Assert.Single(file.Marks).Id);
    }

    [Theory]
    [InlineData("\"colour\":\"red\"", "marks[0].colour", "unknown key")]
    [InlineData("\"niceClasses\":[\"9\"]", "marks[0].niceClasses[0]", "expected an integer")]
    [InlineData("\"wellKnown\":\"yes\"", "marks[0].wellKnown", "true or false")]
    [InlineData("\"registeredOn\":\"18/05/1999\"", "marks[0].registeredOn", "yyyy-MM-dd")]
    [InlineData("\"firstUsedOn\":\"1999\"", "marks[0].firstUsedOn", "yyyy-MM-dd")]
    public void Parse_FieldOfTheWrongShape_NamesItsPath(string field, string path, string reason)
    {
        // An unknown field was dropped without a word by the file reader and refused by the Api: now refused by both.
        var portfolio = PortfolioJson.Parse("{\"marks\":[{\"id\":\"x\",\"name\":\"X\"," + field + "}]}", "m.json");

        var error = Assert.Single(portfolio.Errors);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(portfolio.Marks);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2026-06-01", false)]
    public void Validate_FutureRegistration_IsRefusedOnlyWhenTheHostKnowsToday(string? today, bool valid)
    {
        // A file may hold a mark whose rights start later (the scorer's G0 gate); the Api records registered marks.
        var mark = new MarkDocument { Id = "pending", Name = "Pending", RegisteredOn = new DateOnly(2027, 1, 1) };

        var result = MarkValidator.Validate(mark, today: today is null ? null : DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Validate_ValidMark_ComesBackNormalisedAndScreensTheSameInBothHosts()
    {
        var mark = new MarkDocument
        {
            Id = "zalando", Name = " Zalando ", Labels = ["zalando", "zalando"], OfficialDomains = ["Zalando.DE.", "bücher.de", "myshopify.com"],
            NiceClasses = [35, 25, 35], Jurisdictions = ["eu", "DE"], Keywords = [" shoes "], Owner = " Zalando SE ",
        };

        var result = MarkValidator.Validate(mark);
        var json = System.Text.Json.JsonSerializer.Serialize(new PortfolioDocument { Marks = [mark] }, JsonWeb);
        var fromFile = Assert.Single(PortfolioJson.Parse(json, "m.json").Marks);

        Assert.True(result.IsValid);
        Assert.Equal("Zalando", result.Mark!.Name);
        Assert.Equal(["zalando"], result.Mark.Labels);
        // An owner may run a name the Public Suffix List lists as a suffix (myshopify.com): it stays an official domain.
        Assert.Equal(["zalando.de", "xn--bcher-kva.de", "myshopify.com"], result.Mark.OfficialDomains);
        Assert.Equal([25, 35], result.Mark.NiceClasses);
        Assert.Equal(["EU", "DE"], result.Mark.Jurisdictions);
        Assert.Equal("Zalando SE", result.Mark.Owner);
        Assert.Equal(MarkValidator.ToMark(result.Mark), fromFile, new MarkComparer());
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonWeb = new(System.Text.Json.JsonSerializerDefaults.Web);

    private sealed class MarkComparer : IEqualityComparer<Mark>
    {
        public bool Equals(Mark? x, Mark? y) => x is not null && y is not null && x.Id == y.Id && x.Name == y.Name
            && x.Labels.SequenceEqual(y.Labels) && x.OfficialDomains.SequenceEqual(y.OfficialDomains) && x.NiceClasses.SequenceEqual(y.NiceClasses)
            && x.Jurisdictions.SequenceEqual(y.Jurisdictions) && x.Keywords.SequenceEqual(y.Keywords) && x.Owner == y.Owner;

        public int GetHashCode(Mark obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
