using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>Overview 3.8.2: a name taken to capitalise on the complainant's nascent rights is no older right.</summary>
public sealed class AnticipationTests
{
    // The mark is registered on 2024-03-01 (ScoringFixtures.Coined); the name two months earlier.
    private static Verdict ScoreName(ReviewerFacts? facts) => Score(Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)],
        evidence: new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2024, 1, 5, 0, 0, 0, TimeSpan.Zero)),
            Dns = Dns(false),
            Reviewer = facts,
        }));

    [Fact]
    public void G1_ANameTakenInAnticipationOfTheMark_IsNoOlderRight_AndItsTimingShowsTheMarkWasInView()
    {
        var plain = ScoreName(new ReviewerFacts { NoGoodFaithUseShown = true });
        var anticipated = ScoreName(new ReviewerFacts { NoGoodFaithUseShown = true, RegisteredInAnticipation = true, Note = "registered the week the launch was announced" });

        Assert.Contains(Criteria.G1, Fired(plain));
        Assert.Equal(RecommendedAction.DoNotFile, plain.Action);
        var g1 = Assert.Single(anticipated.GatesAndDefences, c => c.Criterion == Criteria.G1);
        Assert.False(g1.Applies);
        Assert.Contains("in anticipation of the complainant's nascent rights", g1.Reason, StringComparison.Ordinal);
        var f3 = Assert.Single(anticipated.Fault.Criteria, c => c.Criterion == Criteria.F3);
        Assert.Equal("registered the week the launch was announced", f3.Evidence);
        Assert.Contains("3.8.2", f3.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.UdrpTransfer, anticipated.Action);
    }

    [Fact]
    public void TakenBeforeTheRights_WithAnticipation_IsAnticipation()
    {
        var verdict = ScoreName(new ReviewerFacts { TakenBeforeComplainantsRights = true, RegisteredInAnticipation = true });

        Assert.DoesNotContain(Criteria.G1, Fired(verdict));
    }
}
