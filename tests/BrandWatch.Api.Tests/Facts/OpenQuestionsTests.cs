using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Facts;

/// <summary><c>GET /api/cases/{id}/facts/questions</c>: the open facts that would each change whether to file.</summary>
public sealed class OpenQuestionsTests(KestrelApi api) : IClassFixture<KestrelApi>
{
    private Task<(long Id, JsonNode Filed)> FileAsync(string markId, Func<CaseFiling, CaseFiling>? change = null) => ScoredFiling.FileAsync(api, markId, change);

    [Fact]
    public async Task Questions_NameTheOpenFacts_AndRecordingOneGivesTheActionItPromised()
    {
        var (id, filed) = await FileAsync("askable");
        using var reviewer = api.Client("reviewer");

        var asked = await (await reviewer.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(id, (long)asked["caseId"]!);
        Assert.Equal((string?)filed["recommendedAction"], (string?)asked["action"]);
        Assert.False((bool)asked["files"]!);
        var questions = asked["questions"]!.AsArray();
        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)q!["question"]));
            Assert.Matches(@"^\d\.\d+(\.\d+)?$", (string?)q["section"]);
            Assert.NotEqual((string?)asked["action"], (string?)q["action"]);
        });

        // Recording the first reviewer fact asked gives the action the answer promised, and it is not asked again.
        var first = questions.First(q => (string?)q!["fact"] != "wellKnown")!;
        var fact = (string)first["fact"]!;
        var stated = await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson($$"""{"{{fact}}":true}""")))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((string?)first["action"], (string?)stated["after"]!["action"]);

        var again = await (await reviewer.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((string?)first["action"], (string?)again["action"]);
        Assert.True((bool)again["files"]!);
        Assert.DoesNotContain(again["questions"]!.AsArray(), q => (string?)q!["fact"] == fact);
    }

    [Fact]
    public async Task Questions_WhenNoSingleFactDecides_NameThePairsThatDoTogether_AndRecordingBothGivesThePromisedAction()
    {
        // 'lantern' is an ordinary English word: its own name under .io does not point at the mark by its string, so
        // no one open fact reaches bad faith.
        var (id, _) = await FileAsync("lantern");
        using var reviewer = api.Client("reviewer");

        var asked = await (await reviewer.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectAsync(HttpStatusCode.OK);

        Assert.False((bool)asked["files"]!);
        Assert.Empty(asked["questions"]!.AsArray());
        var pairs = asked["pairs"]!.AsArray();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p =>
        {
            var facts = p!["facts"]!.AsArray();
            Assert.Equal(2, facts.Count);
            Assert.All(facts, f => Assert.Matches(@"^\d\.\d+(\.\d+)?$", (string?)f!["section"]));
            Assert.NotEqual((string?)asked["action"], (string?)p["action"]);
        });

        var pair = pairs.First(p => p!["facts"]!.AsArray().All(f => (string?)f!["fact"] != "wellKnown"))!;
        var (first, second) = ((string)pair["facts"]![0]!["fact"]!, (string)pair["facts"]![1]!["fact"]!);
        var one = await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson($$"""{"{{first}}":true}""")))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain((string?)one["after"]!["action"], new[] { "udrp-transfer", "abuse-takedown", "court" }); // one alone still does not file
        var both = await (await reviewer.SendAsync(HttpMethod.Put, $"/api/cases/{id}/facts", HttpTest.RawJson($$"""{"{{first}}":true,"{{second}}":true}""")))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((string?)pair["action"], (string?)both["after"]!["action"]);
        Assert.Contains((string?)pair["action"], new[] { "udrp-transfer", "abuse-takedown", "court" });
    }

    [Fact]
    public async Task Questions_WhenASingleFactDecides_AskNoPairs()
    {
        var (id, _) = await FileAsync("askone");
        using var reviewer = api.Client("reviewer");

        var asked = await (await reviewer.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectAsync(HttpStatusCode.OK);

        Assert.NotEmpty(asked["questions"]!.AsArray());
        Assert.Empty(asked["pairs"]!.AsArray());
    }

    [Fact]
    public async Task Questions_OnAnotherOwnersCase_AreNotFound()
    {
        var (id, _) = await FileAsync("askhidden");
        using var stranger = api.Client("stranger");

        await (await stranger.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Questions_OnACaseScoredUnderAnotherRuleVersion_AreNotWeighed_AndTheAnswerSaysWhy()
    {
        var (id, filed) = await FileAsync("askold", f => f with { Verdict = f.Verdict with { RuleVersion = "2019.1" } });
        using var reviewer = api.Client("reviewer");

        var answer = await (await reviewer.FetchAsync($"/api/cases/{id}/facts/questions")).ExpectAsync(HttpStatusCode.OK);

        Assert.False((bool)answer["available"]!);
        Assert.Equal("2019.1", (string?)answer["ruleVersion"]);
        Assert.Contains("2019.1", (string?)answer["detail"]);
        Assert.Equal((string?)filed["recommendedAction"], (string?)answer["action"]);
        Assert.Empty(answer["questions"]!.AsArray());
    }
}
