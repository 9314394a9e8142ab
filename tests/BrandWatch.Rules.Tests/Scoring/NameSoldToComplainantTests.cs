using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>
/// A registrant that sold its rights in the name to the complainant and kept the name (business.ca): against the buyer
/// its holding dates from the sale, and what it held before is the buyer's.
/// </summary>
public sealed class NameSoldToComplainantTests
{
    private static readonly DateTimeOffset RegisteredBeforeMark = new(2012, 4, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly MarkDate = new(2016, 3, 1);

    private static Verdict ScoreWith(ReviewerFacts reviewer) =>
        Score(Input("quorvexa.net", Coined(registeredOn: MarkDate), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(true), Registration = Registered(RegisteredBeforeMark), Reviewer = reviewer }));

    [Fact]
    public void G1_NameRegisteredBeforeTheMark_AppliesWithoutASale()
    {
        var verdict = ScoreWith(new ReviewerFacts { RegistrantKnewMark = true });

        var g1 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.True(g1.Applies);
        Assert.Equal(RecommendedAction.DoNotFile, verdict.Action);
    }

    [Fact]
    public void G1_NameSoldToTheComplainantAfterTheMark_DoesNotApply_AndSaysWhy()
    {
        var verdict = ScoreWith(new ReviewerFacts { RegistrantKnewMark = true, NameSoldToComplainantOn = new DateOnly(2019, 6, 30) });

        var g1 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.False(g1.Applies);
        Assert.Contains("sold its rights in the domain to the complainant on 2019-06-30 and kept it", g1.Reason, StringComparison.Ordinal);
        Assert.StartsWith("sold to the complainant 2019-06-30", g1.Evidence, StringComparison.Ordinal);
        Assert.NotEqual(RecommendedAction.DoNotFile, verdict.Action);
    }

    [Fact]
    public void X1AndX3_RightsTheRegistrantSold_AreNoDefenceAgainstTheBuyer()
    {
        var kept = ScoreWith(new ReviewerFacts { RegistrantHoldsTrademark = true, PriorBonaFideBusiness = true });
        var sold = ScoreWith(new ReviewerFacts { RegistrantHoldsTrademark = true, PriorBonaFideBusiness = true, NameSoldToComplainantOn = new DateOnly(2019, 6, 30) });

        Assert.True(kept.GatesAndDefences.Single(c => c.Criterion == Criteria.X1).Applies);
        Assert.True(kept.GatesAndDefences.Single(c => c.Criterion == Criteria.X3).Applies);
        foreach (var criterion in new[] { Criteria.X1, Criteria.X3 })
        {
            var defence = Assert.Single(sold.GatesAndDefences, c => c.Criterion == criterion);
            Assert.False(defence.Applies);
            Assert.Contains("sold its rights in the name to the complainant on 2019-06-30", defence.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Acquired_SaleBeforeTheRegistration_IsIgnored()
    {
        // A sale date before the registrant's own registration is a typing error or another holder's: the registration stands.
        var verdict = ScoreWith(new ReviewerFacts { NameSoldToComplainantOn = new DateOnly(2010, 1, 1) });

        Assert.True(verdict.GatesAndDefences.Single(c => c.Criterion == Criteria.G1).Applies);
    }
}
