using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Scoring;

/// <summary>
/// Scan, the pipeline and rule cases build the portfolio context the same way, so the same subject, mark and evidence
/// give the same verdict on every path; in particular the pipeline now sees a second party's mark in the name (F2).
/// </summary>
public sealed class OneScoringContextTests : IDisposable
{
    private const string Marks = """
        { "marks": [
          { "id": "vitamix", "name": "Vitamix", "officialDomains": ["vitamix.com"], "niceClasses": [7, 21], "jurisdictions": ["US"],
            "registeredOn": "1950-01-01", "owner": "Vita-Mix Corporation" },
          { "id": "ascent", "name": "Ascent", "officialDomains": ["ascent-blenders.com"], "niceClasses": [7], "jurisdictions": ["US"],
            "registeredOn": "2016-01-01", "owner": "vita-mix corporation" },
          { "id": "costco", "name": "Costco", "officialDomains": ["costco.com"], "niceClasses": [35], "jurisdictions": ["US"],
            "registeredOn": "1983-01-01", "wellKnown": true, "owner": "Costco Wholesale Corporation" }
        ] }
        """;

    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bw-context-" + Guid.NewGuid().ToString("N"));

    public OneScoringContextTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Pipeline_ScreensWithTheRulesFileScreeningSection()
    {
        // Before, the pipeline built its screener from the library defaults and took only the similarity floor from the
        // rules file, so an exclusion configured there held in rule cases and not in production.
        const string shellMarks = """{ "marks": [ { "id": "shell", "name": "Shell", "officialDomains": ["shell.com"] } ] }""";
        var marksFile = Path.Combine(_folder, "shell.json");
        var rulesFile = Path.Combine(_folder, "rules.json");
        var rules = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Of("samples", "rules.json"), TestContext.Current.CancellationToken))!;
        rules["screening"]!["exclusions"] = new JsonObject { ["shell"] = new JsonArray("shell-wallet.com") };
        await File.WriteAllTextAsync(marksFile, shellMarks, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(rulesFile, rules.ToJsonString(), TestContext.Current.CancellationToken);
        using var services = new ServiceCollection().BuildServiceProvider();
        using var provider = new PortfolioProvider(Options.Create(new PortfolioOptions { Path = marksFile, RulesPath = rulesFile }), services);
        var snapshot = await provider.RefreshAsync(TestContext.Current.CancellationToken);

        Assert.NotEmpty(BrandWatch.Rules.Screening.MarkIndex.Build(snapshot.Portfolio.Marks, BrandWatch.Rules.Screening.ScreeningOptions.Default).Screen("shell-wallet.com"));
        Assert.Empty(snapshot.Screener.Screen("shell-wallet.com"));
        Assert.NotEmpty(snapshot.Screener.Screen("shell-login.com"));
    }

    [Theory]
    [InlineData("vitamixcostco.com", "vitamix", "costco")]
    [InlineData("costcovitamix.com", "costco", "vitamix")]
    [InlineData("vitamixascent.com", "vitamix", null)]
    public async Task SameSubjectAndEvidence_GiveTheSameVerdict_OnScanPipelineAndRuleCasePaths(string domain, string markId, string? otherPartysMark)
    {
        var portfolio = PortfolioJson.Parse(Marks, "marks.json");
        var mark = portfolio.Marks.Single(m => m.Id == markId);
        var rules = RuleSetJson.Default;

        var ruleCase = new RuleCase
        {
            Name = domain, File = domain + ".json", Marks = portfolio.Marks, ScoredMark = mark, Subject = domain, Now = Now, Expect = new RuleCaseExpectation(),
        };
        var fromRuleCase = new RuleCaseRunner(rules).Run(ruleCase).Verdict;

        var marksFile = Path.Combine(_folder, "marks.json");
        await File.WriteAllTextAsync(marksFile, Marks, TestContext.Current.CancellationToken);
        using var services = new ServiceCollection().BuildServiceProvider();
        using var provider = new PortfolioProvider(Options.Create(new PortfolioOptions { Path = marksFile }), services);
        var snapshot = await provider.RefreshAsync(TestContext.Current.CancellationToken);
        var all = snapshot.Screener.Screen(domain);
        var pipeline = new RulesCaseScorer(provider);
        var others = pipeline.OtherMarksMatched(mark, domain);
        var fromPipeline = pipeline.Score(mark, domain, all.Where(m => m.Mark == markId).ToList(), others, new CaseEvidence(), Now);

        var fromScan = new NameOnlyTriage(portfolio.Marks, rules, Now).Score(domain, all)[markId];

        var expected = Json(fromRuleCase);
        Assert.Equal(expected, Json(fromPipeline));
        Assert.Equal(expected, Json(fromScan));
        if (otherPartysMark is not null)
        {
            // F2 names the other party's mark: before one context, the pipeline never saw it.
            Assert.Equal(otherPartysMark, Fault(fromPipeline, Criteria.F2));
        }
        else
        {
            // The owner's own second mark is its own combination, not another party's.
            Assert.NotEqual("ascent", Fault(fromPipeline, Criteria.F2));
        }
    }

    [Fact]
    public void OwnerMarksAndDomains_AreSharedAcrossOneOwnersMarks_WhateverTheCaseOfItsName()
    {
        var portfolio = PortfolioJson.Parse(Marks, "marks.json");
        var vitamix = portfolio.Marks.Single(m => m.Id == "vitamix");

        var context = PortfolioContext.For(vitamix, portfolio.Marks, ["vitamix", "costco", "ascent"]);

        Assert.Equal(["ascent-blenders.com", "vitamix.com"], context.OwnerDomains);
        Assert.Equal(["ascent", "vitamix"], context.OwnerMarks);
        Assert.Equal(["ascent", "costco"], context.OtherMarksMatched);
    }

    private static string Fault(Verdict verdict, string criterion) =>
        verdict.Fault.Criteria.Where(c => c.Criterion == criterion && c.Applies).Select(c => c.Evidence).FirstOrDefault() ?? string.Empty;

    private static string Json(Verdict verdict) => JsonSerializer.Serialize(verdict, ContractJson.Options);
}
