using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>F13: the name moved to another holder or registrar once its holder had notice of the dispute.</summary>
public sealed class CyberflightTests
{
    private static readonly DateTimeOffset AfterTheMark = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static ScoringInput Identical(DateTimeOffset registered, bool moved) => Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)],
        evidence: new CaseEvidence
        {
            Registration = Registered(registered),
            Reviewer = new ReviewerFacts { MovedAfterNotice = moved, Note = "moved to another registrar after the owner's letter" },
        });

    [Fact]
    public void F13_AnIdenticalNameMovedAfterNotice_IsBadFaithAndTransfers()
    {
        var without = Score(Identical(AfterTheMark, moved: false));
        var with = Score(Identical(AfterTheMark, moved: true));

        Assert.NotEqual(RecommendedAction.UdrpTransfer, without.Action);
        var f13 = Assert.Single(with.Fault.Criteria, c => c.Criterion == Criteria.F13);
        Assert.True(f13.Applies);
        Assert.Contains("cyberflight", f13.Reason, StringComparison.Ordinal);
        Assert.Equal("moved to another registrar after the owner's letter", f13.Evidence);
        Assert.True(with.Fault.Score > without.Fault.Score);
        Assert.Equal(RecommendedAction.UdrpTransfer, with.Action);
    }

    [Fact]
    public void F13_ANameOlderThanTheMark_StaysFreeWhateverItsHolderDidLater()
    {
        var verdict = Score(Identical(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), moved: true));

        Assert.Contains(Criteria.G1, Fired(verdict));
        Assert.Equal(RecommendedAction.DoNotFile, verdict.Action);
    }

    [Fact]
    public void F13_ANameThatDoesNotMatchTheMark_IsNotReported()
    {
        var verdict = Score(Input("harbourline.com", evidence: new CaseEvidence { Reviewer = new ReviewerFacts { MovedAfterNotice = true } }));

        Assert.DoesNotContain(verdict.Fault.Criteria, c => c.Criterion == Criteria.F13);
    }
}
