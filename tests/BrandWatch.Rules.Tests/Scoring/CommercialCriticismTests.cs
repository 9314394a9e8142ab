using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>
/// A criticism page that earns from advertising about the mark (ihateryanair.co.uk): the criticism defence fails (2.6.2),
/// and the page shows that its registrant knew the mark (F3), as genuine criticism also does without any fault.
/// </summary>
public sealed class CommercialCriticismTests
{
    private static Verdict Criticism(params PageFinding[] more) =>
        Score(Input("quorvexa-sucks.com", Coined(), [Match("quorvexa-sucks.com", MatchKind.Combosquat, 0.8, "sucks")],
            new CaseEvidence { Dns = Dns(true), Pages = [Page([Finding(Criteria.X5, ("signal", "criticism")), .. more])] }));

    [Fact]
    public void X5_GenuineCriticism_AppliesAndChargesNoKnowledge()
    {
        var verdict = Criticism();

        Assert.Contains(Criteria.X5, Fired(verdict));
        Assert.DoesNotContain(Criteria.F3, Fired(verdict));
    }

    [Fact]
    public void X5_CriticismWithAdvertisingAboutTheMark_FailsAndTheAdvertisingShowsKnowledge()
    {
        var verdict = Criticism(Finding(Criteria.U11, ("ads", "3")));

        var x5 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X5);
        Assert.False(x5.Applies);
        Assert.Contains("earns from the mark", x5.Reason, StringComparison.Ordinal);
        Assert.Contains(Criteria.U11, Fired(verdict));
        Assert.Contains("(U11)", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F3).Reason, StringComparison.Ordinal);
    }
}
