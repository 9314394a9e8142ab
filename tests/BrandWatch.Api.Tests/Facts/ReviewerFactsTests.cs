using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Facts;

public sealed class ReviewerFactsTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    private Task<(long Id, JsonNode Filed)> FileAsync(string markId, Func<CaseFiling, CaseFiling>? change = null) => ScoredFiling.FileAsync(api, markId, change);

    private static Task<HttpResponseMessage> PutFactsAsync(HttpClient client, long id, string json, string? ifMatch = null) =>
        client.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson(json), r =>
        {
            if (ifMatch is not null)
            {
                r.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
        });

    public static TheoryData<string, string, bool, string> OwnTrademarks => new()
    {
        // mark id, facts, X1 applies, expected action after (empty: the action the filing had)
        { "quorvexa", """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2023-05-01","registrantTrademarkJurisdiction":"GB","note":"UK00003912345, class 42"}""", true, "negotiate-or-court" },
        // a trademark sought after notice is no right, and seeking it shows the registrant knew the mark (F3, 2.12.2)
        { "quorvexb", """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2025-02-01","disputeNoticeOn":"2025-01-15"}""", false, "udrp-transfer" },
        { "quorvexc", """{"registrantHoldsTrademark":true,"registrantTrademarkJurisdiction":"US"}""", false, "" },
        // a mark held when the name was registered, since lapsed: the registration was made under a right (diamondbrite.com)
        { "quorvexl", """{"registrantHoldsTrademark":true,"registrantTrademarkLapsed":true}""", true, "negotiate-or-court" },
        // a trademark the registrant sold to the complainant with the name's rights is no defence against the buyer
        { "quorvexs", """{"registrantHoldsTrademark":true,"nameSoldToComplainantOn":"2025-03-01"}""", false, "" },
    };

    [Theory]
    [MemberData(nameof(OwnTrademarks))]
    public async Task Facts_RegistrantsOwnTrademark_RescoreTheCaseOnlyWhenTheMarkConfersARight(string markId, string facts, bool x1Applies, string actionAfter)
    {
        var (id, filed) = await FileAsync(markId);
        using var reviewer = api.Client("reviewer");

        var answer = await (await PutFactsAsync(reviewer, id, facts)).ExpectAsync(HttpStatusCode.OK);
        var detail = await (await reviewer.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, (long)answer["version"]!);
        Assert.Equal((string?)filed["recommendedAction"], (string?)answer["before"]!["action"]);
        Assert.Equal((int)filed["priority"]!, (int)answer["before"]!["priority"]!);
        Assert.Equal(x1Applies, answer["criteriaFired"]!.AsArray().Any(c => (string?)c == "X1"));
        Assert.Equal(x1Applies, answer["after"]!["fired"]!.AsArray().Any(c => (string?)c == "X1"));
        if (x1Applies)
        {
            Assert.NotEqual("negotiate-or-court", (string?)filed["recommendedAction"]);
            Assert.Equal(actionAfter, (string?)answer["after"]!["action"]);
            Assert.Equal("both-hold-rights", (string?)answer["after"]!["disputePath"]);
            Assert.Equal(0.0, (double)answer["after"]!["udrpFit"]!);
            Assert.Contains(answer["changes"]!.AsArray(), c => (string?)c!["element"] == "udrpFit" && (double)c["before"]! > 0 && (double)c["after"]! == 0);
            Assert.Equal(actionAfter, (string?)detail["case"]!["recommendedAction"]);
            Assert.Contains(detail["verdict"]!["gatesAndDefences"]!.AsArray(), d => (string?)d!["criterion"] == "X1");
        }
        else
        {
            var expected = actionAfter.Length > 0 ? actionAfter : (string?)filed["recommendedAction"];
            Assert.Equal(expected, (string?)answer["after"]!["action"]);
            Assert.Equal(expected, (string?)detail["case"]!["recommendedAction"]);
        }

        var audit = detail["audit"]!.AsArray();
        Assert.StartsWith("reviewer facts v1: priority", (string?)audit[^1]!["note"]);
        Assert.Equal(BrandWatch.Api.Auth.Roles.LegalReviewer, (string?)audit[^1]!["actorRole"]);
        Assert.Equal((string?)filed["status"], (string?)audit[^1]!["to"]);
    }

    public static TheoryData<string, string, bool> RaisingFacts => new()
    {
        // mark id, facts, whether the re-scoring raises the case (a priority-raised alert)
        { "quorvexg", """{"maliciousDownloads":true,"note":"sandbox: setup.exe downloaded on load"}""", true },
        { "quorvexh", """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2023-05-01","registrantTrademarkJurisdiction":"GB"}""", false },
    };

    [Theory]
    [MemberData(nameof(RaisingFacts))]
    public async Task Facts_ThatRaiseThePriorityOrAction_AlertAsPriorityRaised_AndOthersDoNot(string markId, string facts, bool raises)
    {
        var (id, filed) = await FileAsync(markId);
        using var reviewer = api.Client("reviewer");

        var answer = await (await PutFactsAsync(reviewer, id, facts)).ExpectAsync(HttpStatusCode.OK);
        var events = await api.QueryAsync<string>("SELECT payload FROM case_events WHERE case_id = @id AND event_type = 'priority-raised'", new { id });

        var before = ((int)answer["before"]!["priority"]!, (string?)answer["before"]!["action"]);
        var after = ((int)answer["after"]!["priority"]!, (string?)answer["after"]!["action"]);
        Assert.Equal(raises, after.Item1 > before.Item1);
        if (raises)
        {
            var payload = JsonNode.Parse(Assert.Single(events))!;
            Assert.Equal(("facts", (int)filed["priority"]!, (string?)filed["recommendedAction"]),
                ((string?)payload["rescoredBy"], (int)payload["previousPriority"]!, (string?)payload["previousAction"]));
            Assert.Equal(after.Item1, (int)payload["priority"]!);
            Assert.StartsWith("reviewer facts v1: priority", (string?)payload["rescoring"]);
        }
        else
        {
            Assert.Empty(events);
        }
    }

    public static TheoryData<string, string, string, string?> PanelFacts => new()
    {
        // mark id, facts, criterion that must fire after, expected action after (null: any)
        { "quorvexd", """{"maliciousDownloads":true,"note":"sandbox: setup.exe downloaded on load"}""", "U8", "abuse-takedown" },
        { "quorvexe", """{"auctionListing":true}""", "U6", null },
        { "quorvexf", """{"askingPrice":5000,"saleInitiatedBy":"registrant","saleOfferedOn":"2025-02-01"}""", "F5", null },
        { "quorvexp", """{"priorAdverseDecisions":3,"note":"three earlier UDRP decisions against the registrant"}""", "F4", null },
    };

    [Theory]
    [MemberData(nameof(PanelFacts))]
    public async Task Facts_MalwareAuctionAndSaleInitiator_RescoreTheCaseWithTheirCriterion(string markId, string facts, string criterion, string? actionAfter)
    {
        var (id, _) = await FileAsync(markId);
        using var reviewer = api.Client("reviewer");

        var answer = await (await PutFactsAsync(reviewer, id, facts)).ExpectAsync(HttpStatusCode.OK);
        var versions = await (await reviewer.FetchAsync($"/api/cases/{id}/facts")).ExpectAsync(HttpStatusCode.OK);

        Assert.Contains(answer["after"]!["fired"]!.AsArray(), c => (string?)c == criterion);
        Assert.Contains(answer["criteriaFired"]!.AsArray(), c => (string?)c == criterion);
        if (actionAfter is not null)
        {
            Assert.Equal(actionAfter, (string?)answer["after"]!["action"]);
        }

        // The stored version keeps every fact as sent.
        var stored = versions[0]!["facts"]!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(facts)!.AsObject())
        {
            Assert.Equal(value!.ToJsonString(), stored[key]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Facts_NoResponseOnAPassivelyHeldName_MakesPassiveHoldingCount()
    {
        // The mark's own name under .io with no web host: an identical name is one Telstra factor, the registrant's
        // silence when asked is the second (3.3).
        var (id, _) = await FileAsync("quorvexm", f => f with { Evidence = f.Evidence with { Dns = f.Evidence.Dns! with { A = [] } } });
        using var reviewer = api.Client("reviewer");

        var answer = await (await PutFactsAsync(reviewer, id, """{"noGoodFaithUseShown":true}""")).ExpectAsync(HttpStatusCode.OK);
        var detail = await (await reviewer.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);

        // U7 is listed before as well, with no points (one factor); the second factor gives it weight.
        Assert.Contains(answer["after"]!["fired"]!.AsArray(), c => (string?)c == "U7");
        Assert.True((double)answer["after"]!["fault"]! > (double)answer["before"]!["fault"]!);
        var u7 = detail["verdict"]!["fault"]!["criteria"]!.AsArray().Single(c => (string?)c!["criterion"] == "U7")!;
        Assert.True((double)u7["points"]! > 0);
        Assert.Contains("no response or evidence of good-faith use", (string?)u7["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_CounterfeitGoods_MakeTheDomainCaseCounterfeit_AndTheAuditLineSaysSo()
    {
        var (id, filed) = await FileAsync("quorvexk");
        using var reviewer = api.Client("reviewer");

        var answer = await (await PutFactsAsync(reviewer, id, """{"counterfeitGoods":true,"note":"test purchase: fake goods"}""")).ExpectAsync(HttpStatusCode.OK);
        var audit = await (await reviewer.FetchAsync($"/api/cases/{id}/audit")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("domain", (string?)filed["kind"]);
        Assert.Contains(answer["criteriaFired"]!.AsArray(), c => (string?)c == "U4");
        Assert.Equal("counterfeit", (string?)answer["case"]!["kind"]);
        Assert.Contains(audit.AsArray(), a => ((string?)a!["note"])?.EndsWith(
            "; kind domain → counterfeit: goods are sold under the mark without the owner's authorisation (U4)", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Facts_StatedTwice_KeepBothVersionsAndTheSecondStartsFromTheFirst()
    {
        var (id, filed) = await FileAsync("versionmark");
        using var reviewer = api.Client("reviewer");
        var own = """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2023-05-01"}""";

        var first = await (await PutFactsAsync(reviewer, id, own)).ExpectAsync(HttpStatusCode.OK);
        var stale = await PutFactsAsync(reviewer, id, "{}", ifMatch: $"\"c-{(long)filed["version"]!}\"");
        var second = await (await PutFactsAsync(reviewer, id, "{}", ifMatch: $"\"c-{(long)first["case"]!["version"]!}\"")).ExpectAsync(HttpStatusCode.OK);
        var versions = await (await reviewer.FetchAsync($"/api/cases/{id}/facts")).ExpectAsync(HttpStatusCode.OK);
        var rows = await api.QueryAsync<long>("SELECT version FROM case_facts WHERE case_id = @Id ORDER BY version", new { Id = id });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(2, (long)second["version"]!);
        Assert.Equal((string?)first["after"]!["action"], (string?)second["before"]!["action"]);
        Assert.Equal((string?)filed["recommendedAction"], (string?)second["after"]!["action"]);
        Assert.Contains(second["criteriaStopped"]!.AsArray(), c => (string?)c == "X1");
        Assert.Equal([1L, 2L], rows);
        Assert.Equal(2, versions.AsArray().Count);
        Assert.True((bool)versions[0]!["facts"]!["registrantHoldsTrademark"]!);
        Assert.Equal("2023-05-01", (string?)versions[0]!["facts"]!["registrantTrademarkDate"]);
    }

    [Theory]
    [InlineData("""{"askingPrice":-5}""", "askingPrice")]
    [InlineData("""{"quantifiedLoss":1e12}""", "quantifiedLoss")]
    [InlineData("""{"priorAdverseDecisions":-1}""", "priorAdverseDecisions")]
    [InlineData("""{"nameLapsedFromComplainantOn":"2999-01-01"}""", "nameLapsedFromComplainantOn")]
    [InlineData("""{"priorAdverseDecisions":2.5}""", "priorAdverseDecisions")]
    [InlineData("""{"registrantHoldsTrademark":true,"registrantTrademarkJurisdiction":"usa"}""", "registrantTrademarkJurisdiction")]
    [InlineData("""{"registrantTrademarkDate":"2020-01-01"}""", "registrantHoldsTrademark")]
    [InlineData("""{"registrantTrademarkLapsed":true}""", "registrantHoldsTrademark")]
    [InlineData("""{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2999-01-01"}""", "registrantTrademarkDate")]
    [InlineData("""{"saleInitiatedBy":"nobody"}""", "saleInitiatedBy")]
    [InlineData("""{"registrantHoldsTrademark":"yes"}""", "registrantHoldsTrademark")]
    [InlineData("""{"ownMark":true}""", "ownMark")]
    public async Task Facts_Invalid_AnswerAProblemNamingTheFieldAndChangeNothing(string body, string field)
    {
        var (id, _) = await FileAsync("badfacts" + Math.Abs(body.GetHashCode(StringComparison.Ordinal)));
        using var reviewer = api.Client("reviewer");

        var response = await PutFactsAsync(reviewer, id, body);
        var problem = await response.ReadJsonAsync();
        var rows = await api.QueryAsync<long>("SELECT COUNT(*) FROM case_facts WHERE case_id = @Id", new { Id = id });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, (string?)problem["field"], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, rows[0]);
    }

    [Theory]
    [InlineData("manager", HttpStatusCode.Forbidden)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task Facts_FromACallerWhoMayNotReviewTheCase_AreRefused(string who, HttpStatusCode status)
    {
        var (id, _) = await FileAsync("guarded" + who);
        using var client = api.Client(who);

        var response = await PutFactsAsync(client, id, """{"registrantHoldsTrademark":true}""");

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Facts_OnACaseScoredUnderAnotherRuleVersion_AreRefusedWithTheVersionNamed()
    {
        var (id, _) = await FileAsync("oldrules", f => f with { Verdict = f.Verdict with { RuleVersion = "2019.1" } });
        using var reviewer = api.Client("reviewer");

        var problem = await (await PutFactsAsync(reviewer, id, """{"registrantHoldsTrademark":true}""")).ExpectProblemAsync(HttpStatusCode.Conflict, "rule-version-unavailable");

        Assert.Contains("2019.1", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Facts_OnACaseFiledAgain_StillScoreTheNewEvidence()
    {
        var (id, _) = await FileAsync("refiled");
        using var reviewer = api.Client("reviewer");
        using var worker = api.Client("worker");
        var stated = await (await PutFactsAsync(reviewer, id, """{"registrantHoldsTrademark":true,"registrantTrademarkDate":"2023-05-01"}""")).ExpectAsync(HttpStatusCode.OK);

        var refiled = await (await worker.PostJsonAsync("/api/cases", ScoredFiling.TldSwap("refiled") with { ObservedAt = ScoredFiling.ObservedAt.AddDays(1) })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(id, (long)refiled["id"]!);
        Assert.Equal(2, (long)refiled["filings"]!);
        Assert.Equal("negotiate-or-court", (string?)stated["after"]!["action"]);
        Assert.Equal("negotiate-or-court", (string?)refiled["recommendedAction"]);
    }

    [Fact]
    public async Task EvidencePackage_OfACaseWithFacts_HoldsEveryVersionWithItsRescoring()
    {
        var (id, _) = await FileAsync("packaged");
        using var reviewer = api.Client("reviewer");
        await (await PutFactsAsync(reviewer, id, """{"registrantHoldsTrademark":true,"note":"EUTM 018123456"}""")).ExpectAsync(HttpStatusCode.OK);

        var response = await reviewer.FetchAsync($"/api/cases/{id}/evidence-package");
        await using var stream = await response.Content.ReadAsStreamAsync(HttpTest.Ct);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
        var manifest = JsonNode.Parse(await ReadAsync(zip, "manifest.json"))!;
        var facts = JsonNode.Parse(await ReadAsync(zip, "facts.json"))!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(manifest["files"]!.AsArray(), f => (string?)f!["path"] == "facts.json" && (string?)f["role"] == "facts");
        Assert.Single(facts);
        Assert.Equal("EUTM 018123456", (string?)facts[0]!["facts"]!["note"]);
        Assert.Contains(facts[0]!["criteriaFired"]!.AsArray(), c => (string?)c == "X1");
    }

    private static async Task<string> ReadAsync(System.IO.Compression.ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{path} missing from the package");
        await using var entryStream = await entry.OpenAsync(HttpTest.Ct);
        using var reader = new StreamReader(entryStream);
        return await reader.ReadToEndAsync(HttpTest.Ct);
    }
}
