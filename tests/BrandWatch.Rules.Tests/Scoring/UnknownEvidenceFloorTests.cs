using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class UnknownEvidenceFloorTests
{
    private static readonly CaseEvidence Unreachable = new()
    {
        Dns = new DnsEvidence { Domain = "x", Outcome = DnsOutcome.Timeout },
    };

    [Theory]
    [InlineData("quorvexa.com.account-verify.net", MatchKind.LevelSquat, new string[0], "a level-squat of the well-known mark")]
    [InlineData("quor.vexa-secure.net", MatchKind.SpreadAcrossLabels, new string[0], "a level-squat of the well-known mark")]
    // A look-alike of the mark beside a risky word: a mark recognisable whole would be an act on its own (1.8).
    [InlineData("quorvexxa-login.com", MatchKind.Combosquat, new[] { "login" }, "combined with the risky word 'login'")]
    public void Score_WellKnownMarkDnsUnreachable_IsFiledAtLeastAsMonitor(string domain, MatchKind kind, string[] added, string reason)
    {
        var verdict = Score(Input(domain, Coined(wellKnown: true), [Match(domain, kind, 0.5, added)], Unreachable));

        Assert.Equal(Outcome.Possible, verdict.Outcome);
        Assert.NotEqual(RecommendedAction.NoAction, verdict.Action);
        Assert.Contains(reason, verdict.ActionReason, StringComparison.Ordinal);
        Assert.Contains("never dropped for lack of evidence", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MarkNotWellKnown_KeepsTheScorersOutcome()
    {
        const string domain = "quorvexa.com.account-verify.net";
        var floored = Score(Input(domain, Coined(wellKnown: true), [Match(domain, MatchKind.LevelSquat, 0.5)], Unreachable));
        var plain = Score(Input(domain, Coined(wellKnown: false), [Match(domain, MatchKind.LevelSquat, 0.5)], Unreachable));

        Assert.Equal(Outcome.Possible, floored.Outcome);
        Assert.DoesNotContain("never dropped", plain.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CombinationWithAnOrdinaryWord_IsNotRaised()
    {
        const string domain = "quorvexa-garden.com";
        var verdict = Score(Input(domain, Coined(wellKnown: true), [Match(domain, MatchKind.Combosquat, 0.3, "garden")], Unreachable));

        Assert.DoesNotContain("never dropped", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PageSeen_LetsTheEvidenceDecide()
    {
        const string domain = "quorvexa.com.account-verify.net";
        var evidence = new CaseEvidence { Dns = Dns(web: true), Pages = [Page()] };
        var verdict = Score(Input(domain, Coined(wellKnown: true), [Match(domain, MatchKind.LevelSquat, 0.5)], evidence));

        Assert.DoesNotContain("never dropped", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_DomainPredatesTheMark_KeepsTheGate()
    {
        const string domain = "quorvexa.com.account-verify.net";
        var evidence = new CaseEvidence { Registration = Registered(new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
        var verdict = Score(Input(domain, Coined(wellKnown: true), [Match(domain, MatchKind.LevelSquat, 0.5)], evidence));

        Assert.Equal(Outcome.Unlikely, verdict.Outcome);
    }
}
