using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.RuleCases;

public sealed class RuleCaseJsonTests
{
    private const string Valid = """
        {
          "name": "sample",
          "marks": ["paypal"],
          "domain": "paypa1.com",
          "now": "2026-06-01T00:00:00Z",
          "evidence": {
            "dns": { "outcome": "resolved", "a": ["192.0.2.1"], "mx": ["mx.paypa1.com"] },
            "registration": { "registered": "2026-01-01T00:00:00Z", "registrantOrganisation": "Domains By Proxy, LLC" },
            "pages": [ { "url": "http://paypa1.com/", "html": "<title>PayPal</title>" } ],
            "reviewer": { "falseContactData": true }
          },
          "expect": { "flagged": true, "kinds": ["homoglyph"], "act": { "min": 0.5 }, "action": "udrp-transfer", "fires": ["A3"], "notFires": ["G1"] }
        }
        """;

    /// <summary>Found by AFL++ (docs/security.md): a URL whose host is not valid IDN threw UriFormatException from scoring's host lookup.</summary>
    [Theory]
    [InlineData("rule-case-url-host-not-idn-1.json")]
    [InlineData("rule-case-url-host-not-idn-2.json")]
    public void Parse_FuzzerInputWithAnInvalidUrlHost_IsRefusedAsAnInvalidCase(string file)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RuleCases", "Fuzz", file));

        var exception = Record.Exception(() => Parse(json));

        Assert.True(exception is null or RuleCaseException, exception?.ToString());
    }

    [Theory]
    [InlineData("\"url\": \"https://cheap-blenders.exam\uFFFDle/\"")]
    [InlineData("\"url\": \"http://\u2488.example/\"")]
    [InlineData("\"domain\": \"https://cheap-blenders.exam\uFFFDle/\"")]
    public void Parse_SubjectWithAHostThatIsNotValidIdn_IsRefusedNamingTheField(string subject)
    {
        var json = Valid.Replace("\"domain\": \"paypa1.com\"", subject, StringComparison.Ordinal);

        var error = Assert.Throws<RuleCaseException>(() => Parse(json));

        Assert.Contains("not a valid host", error.Message, StringComparison.Ordinal);
    }

    private static RuleCase Parse(string json, Func<string, string?>? sibling = null) =>
        RuleCaseJson.Parse(json, "case.json", sibling ?? (_ => null), ShippedCases.Library, RuleSetJson.Default);

    [Fact]
    public void Parse_FullCase_ReadsEveryPart()
    {
        var ruleCase = Parse(Valid);

        Assert.Equal("paypal", ruleCase.ScoredMark.Id);
        Assert.Equal(["mx.paypa1.com"], ruleCase.Dns!.Mx);
        Assert.Equal("Domains By Proxy, LLC", ruleCase.Registration!.PrivacyService);
        Assert.Equal("<title>PayPal</title>", Assert.Single(ruleCase.Pages).Html);
        Assert.True(ruleCase.Reviewer!.FalseContactData);
        Assert.Equal([MatchKind.Homoglyph], ruleCase.Expect.Kinds);
        Assert.Equal(RecommendedAction.UdrpTransfer, ruleCase.Expect.Action);
        Assert.Equal(0.5, ruleCase.Expect.Act!.Min);
    }

    [Theory]
    [InlineData("\"flagged\": true", "\"flaged\": true", 12, "$.expect.flaged: unknown key")]
    [InlineData("\"marks\": [\"paypal\"]", "\"marks\": [\"paypall\"]", 3, "mark \"paypall\" is not in the mark library")]
    [InlineData("\"fires\": [\"A3\"]", "\"fires\": [\"A14\"]", 12, "\"A14\" is not a criterion id")]
    [InlineData("\"action\": \"udrp-transfer\"", "\"action\": \"transfer\"", 12, "$.expect.action: expected one of no-action")]
    [InlineData("\"now\": \"2026-06-01T00:00:00Z\",", "", null, "\"now\" is required")]
    [InlineData("\"domain\": \"paypa1.com\",", "", null, "exactly one of \"domain\" or \"url\"")]
    [InlineData("\"act\": { \"min\": 0.5 }", "\"act\": { \"min\": 1.5 }", 12, "\"act\" bounds must lie within [0, 1]")]
    [InlineData("\"html\": \"<title>PayPal</title>\"", "\"file\": \"pages/missing.html\"", 9, "page file \"pages/missing.html\" not found")]
    [InlineData("\"outcome\": \"resolved\",", "\"outcome\": \"resolved\",,", 7, "invalid")]
    public void Parse_BadCase_NamesFileLineAndReason(string find, string replace, int? line, string reason)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<RuleCaseException>(() => Parse(json));

        Assert.Equal("case.json", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_PanelAndNewReviewerFacts_AreRead()
    {
        var json = Valid.Replace("\"name\": \"sample\",", "\"name\": \"sample\", \"panel\": { \"provider\": \"WIPO\", \"case\": \"D2022-4534\", \"date\": \"2023-01-20\", \"outcome\": \"denied\" },", StringComparison.Ordinal)
            .Replace("\"reviewer\": { \"falseContactData\": true }", "\"reviewer\": { \"saleInitiatedBy\": \"complainant\", \"saleOfferedOn\": \"2022-08-01\", \"registrantTrademarkDate\": \"2021-03-04\", \"registrantTrademarkJurisdiction\": \"TO\", \"maliciousDownloads\": true, \"auctionListing\": true, \"noGoodFaithUseShown\": true, \"phishingEmails\": true }", StringComparison.Ordinal);

        var ruleCase = Parse(json);

        Assert.Equal(new PanelDecision { Provider = "WIPO", Case = "D2022-4534", Date = new DateOnly(2023, 1, 20), Outcome = PanelOutcome.Denied }, ruleCase.Panel);
        Assert.Equal(BrandWatch.Rules.Evidence.SaleInitiator.Complainant, ruleCase.Reviewer!.SaleInitiatedBy);
        Assert.Equal(new DateOnly(2021, 3, 4), ruleCase.Reviewer.RegistrantTrademarkDate);
        Assert.Equal("TO", ruleCase.Reviewer.RegistrantTrademarkJurisdiction);
        Assert.True(ruleCase.Reviewer.MaliciousDownloads);
        Assert.True(ruleCase.Reviewer.AuctionListing);
        Assert.True(ruleCase.Reviewer.NoGoodFaithUseShown);
        Assert.True(ruleCase.Reviewer.PhishingEmails);
    }

    [Theory]
    [InlineData("{ \"case\": \"D1\", \"outcome\": \"denied\" }", "\"panel\" needs a \"provider\"")]
    [InlineData("{ \"provider\": \"WIPO\", \"outcome\": \"denied\" }", "\"panel\" needs a \"case\"")]
    [InlineData("{ \"provider\": \"WIPO\", \"case\": \"D1\" }", "\"panel\" needs an \"outcome\"")]
    [InlineData("{ \"provider\": \"WIPO\", \"case\": \"D1\", \"outcome\": \"won\" }", "$.panel.outcome: expected one of transferred")]
    public void Parse_IncompletePanel_SaysWhatIsMissing(string panel, string reason)
    {
        var json = Valid.Replace("\"name\": \"sample\",", $"\"name\": \"sample\", \"panel\": {panel},", StringComparison.Ordinal);

        var error = Assert.Throws<RuleCaseException>(() => Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_RdapFile_FoldsEventsAndEntities()
    {
        var json = Valid.Replace("\"registration\": { \"registered\": \"2026-01-01T00:00:00Z\", \"registrantOrganisation\": \"Domains By Proxy, LLC\" }", "\"rdap\": \"x.rdap.json\"", StringComparison.Ordinal);
        const string rdap = """
            { "events": [ { "eventAction": "registration", "eventDate": "2025-02-03T04:05:06Z" }, { "eventAction": "transfer", "eventDate": "2026-01-01T00:00:00Z" } ],
              "entities": [ { "roles": ["registrant"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["org", {}, "text", "WhoisGuard, Inc."], ["adr", {"cc": "PA"}, "text", ["", "", "", "", "", "", ""]]]] } ] }
            """;

        var registration = Parse(json, name => name == "x.rdap.json" ? rdap : null).Registration!;

        Assert.Equal(new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero), registration.Registered);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), registration.Transferred);
        Assert.Equal("WhoisGuard, Inc.", registration.PrivacyService);
        Assert.Null(registration.RegistrantOrganisation); // the proxy's organisation and country are not the registrant's
        Assert.Null(registration.RegistrantCountry);
    }
}
