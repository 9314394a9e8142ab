using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class ScorerTests
{
    private static ScoringInput Rich() => Input("quorvexa-login.com", Coined(wellKnown: true), [Match("quorvexa-login.com", MatchKind.Combosquat, 0.85, "login")],
        new CaseEvidence
        {
            Dns = Dns(true, "mx.quorvexa-login.com"),
            Registration = Registered(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), "Domains By Proxy, LLC"),
            Pages = [Page(Finding(Criteria.U1), Finding(Criteria.A12))],
            RegistrantOtherFlaggedDomains = ["paypa1.com", "netfllx.com"],
        });

    [Fact]
    public void Score_SameInputTwice_GivesIdenticalVerdicts()
    {
        var first = JsonSerializer.Serialize(Score(Rich()), ContractJson.Options);
        var second = JsonSerializer.Serialize(new Scorer(RuleSetJson.Parse(RuleSetJson.ReadDefaultText())).Score(Rich(), Now), ContractJson.Options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Score_PhishingCombosquat_TakesDownWithEverythingInRange()
    {
        var verdict = Score(Rich());

        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
        Assert.Equal(Outcome.Likely, verdict.Outcome);
        Assert.Equal(DisputePath.OnlyComplainantHoldsRights, verdict.DisputePath);
        Assert.Equal(1, verdict.Fits.Takedown);
        Assert.True(verdict.Fits.Udrp > 0.5);
        Assert.InRange(verdict.Priority, 90, 100);
        foreach (var score in new[] { verdict.Act.Score, verdict.Damage.Score, verdict.Causation.Score, verdict.Fault.Score, verdict.Overall, verdict.Fits.Court })
        {
            Assert.InRange(score, 0, 1);
        }

        Assert.Equal(RuleSetJson.Default.Version, verdict.RuleVersion);
        Assert.Equal(RuleSetJson.Default.Hash, verdict.RuleHash);
    }

    [Fact]
    public void Score_UnknownDns_IsNotPassiveHolding()
    {
        var verdict = Score(Input("quorvexa.net", Coined(wellKnown: true), [Match("quorvexa.net", MatchKind.TldSwap, 1)]));

        Assert.DoesNotContain(Criteria.U7, Fired(verdict));
        Assert.DoesNotContain(Criteria.D1, Fired(verdict));
    }

    [Fact]
    public void Score_OwnDomain_IsNoAction()
    {
        var verdict = Score(Input("quorvexa.com", matches: [Match("quorvexa.com", MatchKind.Identical, 1)]));

        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }

    [Fact]
    public void Score_ChangedWeight_ChangesScoreAndHash()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(RuleSetJson.ReadDefaultText())!;
        node["weights"]!["A4"] = 0.2;
        var lighter = new Scorer(RuleSetJson.Parse(node.ToJsonString()));

        var bare = Input("quorvexa-login.com", matches: [Match("quorvexa-login.com", MatchKind.Combosquat, 0.85, "login")]);

        var verdict = lighter.Score(bare, Now);

        Assert.Equal(0.8, Score(bare).Act.Score);
        Assert.Equal(0.2, verdict.Act.Score);
        Assert.NotEqual(RuleSetJson.Default.Hash, verdict.RuleHash);
    }

    [Fact]
    public void Score_MatchesForOtherMarks_AreIgnored()
    {
        var foreign = Match("paypa1.com", MatchKind.Replacement) with { Mark = "paypal" };

        var verdict = Score(Input("paypa1.com", matches: [foreign]));

        Assert.Equal(0, verdict.Act.Score);
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }
}
