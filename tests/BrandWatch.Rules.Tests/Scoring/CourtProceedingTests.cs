using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>A court proceeding or a court-supervised agreement on the name routes the owner to the court (Overview 4.14).</summary>
public sealed class CourtProceedingTests
{
    private static Verdict Parked(ReviewerFacts? reviewer) =>
        Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U3))], Reviewer = reviewer }));

    [Fact]
    public void Action_ParkedTypoWithoutACourtCase_IsATransfer()
    {
        var verdict = Parked(null);

        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        Assert.True(verdict.Fits.Udrp > 0);
    }

    [Fact]
    public void Action_CourtProceedingOnTheName_FollowsTheCourt_AndClosesTheUdrpFit()
    {
        var verdict = Parked(new ReviewerFacts { CourtProceedingOnName = true });

        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Contains("4.14", verdict.ActionReason, StringComparison.Ordinal);
        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(DisputePath.None, verdict.DisputePath);
        Assert.Contains(Criteria.U3, Fired(verdict)); // the merits are still scored and shown
    }

    [Fact]
    public void Action_PhishingUnderTheName_IsStillTakenDownWhateverTheCourtCase()
    {
        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U1))], Reviewer = new ReviewerFacts { CourtProceedingOnName = true } }));

        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
    }

    [Fact]
    public void Action_ABusinessDisputeBetweenTheParties_IsLeftToTheCourt_AndClosesTheUdrpFit()
    {
        var verdict = Parked(new ReviewerFacts { BusinessDisputeBetweenParties = true, Note = "former partners; the name was registered under their joint venture" });

        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Contains("4.14.6", verdict.ActionReason, StringComparison.Ordinal);
        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(DisputePath.None, verdict.DisputePath);
    }

    [Fact]
    public void Action_PhishingUnderTheName_IsStillTakenDownWhateverTheBusinessDispute()
    {
        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U1))], Reviewer = new ReviewerFacts { BusinessDisputeBetweenParties = true } }));

        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
    }
}
