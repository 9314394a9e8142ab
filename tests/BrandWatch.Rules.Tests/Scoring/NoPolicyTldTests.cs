using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>Country codes with no dispute procedure send bad faith to court, whether the name is written in ASCII or not.</summary>
public sealed class NoPolicyTldTests
{
    // A typo of the coined mark, held with nothing shown, sold on a page offering it: bad faith on any TLD.
    private static Verdict ScoreTypo(string subject) => Score(Input(subject, Coined(),
        [Match(subject, MatchKind.Repetition)],
        new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            Reviewer = new ReviewerFacts { AskingPrice = 25_000, SaleInitiatedBy = SaleInitiator.Registrant, NoGoodFaithUseShown = true },
        }));

    [Theory]
    [InlineData("quorvexxa.ru", ".ru")]
    [InlineData("quorvexxa.su", ".su")]
    [InlineData("quorvexxa.xn--p1ai", ".xn--p1ai")]
    [InlineData("quorvexxa.рф", ".рф")]
    public void BadFaith_OnARussianCountryCode_GoesToCourt(string subject, string shown)
    {
        var verdict = ScoreTypo(subject);

        Assert.Equal(RecommendedAction.Court, verdict.Action);
        Assert.Equal($"Court: {shown} has no dispute policy.", verdict.ActionReason);
    }

    [Fact]
    public void BadFaith_OnACountryCodeWithAPolicy_IsAComplaint()
    {
        Assert.Equal(RecommendedAction.UdrpTransfer, ScoreTypo("quorvexxa.co.uk").Action);
    }

    [Fact]
    public void X10_AChineseNameWrittenInItsOwnScript_IsUnderTheCndrpBar()
    {
        var verdict = Score(Input("quorvexxa.中国", Coined(), [Match("quorvexxa.中国", MatchKind.Repetition)],
            new CaseEvidence { Registration = Registered(new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero)) }));

        Assert.True(Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X10).Applies);
    }
}
