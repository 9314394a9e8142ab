using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>X7: a genuine noncommercial fan or commentary site under a name that says so (Overview 2.7).</summary>
public sealed class FanSiteTests
{
    private static PageFinding Unofficial => Finding(Criteria.X8, ("signal", "disclaimer"), ("phrase", "not affiliated with"));

    private static Verdict ScoreFanName(string domain, string added, params PageFinding[] findings) =>
        Score(Input(domain, Coined(wellKnown: true), [Match(domain, MatchKind.Combosquat, 0.8, added)],
            new CaseEvidence { Dns = Dns(web: true), Pages = findings.Length == 0 ? [] : [Page(findings)] }));

    [Fact]
    public void X7_AnUnofficialNoncommercialBlogUnderTheMarkAndBlog_IsAFanSite()
    {
        var verdict = ScoreFanName("quorvexablog.com", "blog", Unofficial);

        var x7 = Assert.Single(verdict.GatesAndDefences, d => d.Criterion == Criteria.X7);
        Assert.True(x7.Applies);
        Assert.Contains("('blog')", x7.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.NoActionFairUse, verdict.Action);
        Assert.Equal(Outcome.Unlikely, verdict.Outcome);
    }

    [Theory]
    [InlineData(Criteria.U3)]   // pay-per-click links
    [InlineData(Criteria.U11)]  // advertising on the page about the mark
    [InlineData(Criteria.A12)]  // the owner's logo as its own branding
    public void X7_AFanPageThatEarnsFromTheMarkOrPosesAsItsOwner_IsNoDefence(string commercial)
    {
        var verdict = ScoreFanName("quorvexa-fans.com", "fans", Unofficial, Finding(commercial));

        var x7 = Assert.Single(verdict.GatesAndDefences, d => d.Criterion == Criteria.X7);
        Assert.False(x7.Applies);
        Assert.StartsWith("The page says it is unofficial but earns from the mark or poses as its owner", x7.Reason, StringComparison.Ordinal);
        Assert.NotEqual(RecommendedAction.NoActionFairUse, verdict.Action);
    }

    [Fact]
    public void X7_WithoutAPageThatSaysItIsUnofficial_TheNameAloneIsNoFanSite()
    {
        var verdict = ScoreFanName("quorvexa-news.com", "news");

        Assert.False(Assert.Single(verdict.GatesAndDefences, d => d.Criterion == Criteria.X7).Applies);
        Assert.NotEqual(RecommendedAction.NoActionFairUse, verdict.Action);
    }

    [Fact]
    public void X7_AnotherAddedWord_IsNotReadAsAFanSite()
    {
        var verdict = ScoreFanName("quorvexa-login.com", "login", Unofficial);

        Assert.DoesNotContain(verdict.GatesAndDefences, d => d.Criterion == Criteria.X7);
    }
}
