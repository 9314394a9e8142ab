using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>U13: a name pointing at the mark, redirected to a site that is not the owner's (4(b)(iv)).</summary>
public sealed class RedirectedTrafficTests
{
    [Theory]
    [InlineData("http://estate-agent.example/", true)]       // the registrant's own business
    [InlineData("https://www.quorvexa.net/home", false)]     // the same name, another scheme or host under it
    [InlineData("https://quorvexa.com/", false)]             // the owner's own site: U5, not U13
    public void U13_ACoinedMarksNameSentElsewhere_DivertsTheMarksPublic(string final, bool fires)
    {
        var mark = Coined() with { OfficialDomains = ["quorvexa.com"] };
        var page = new PageEvidence { Url = "http://quorvexa.net/", Status = 200, FinalUrl = final };

        var verdict = Score(Input("quorvexa.net", mark, [Match("quorvexa.net", MatchKind.TldSwap, 1)], new CaseEvidence { Dns = Dns(true), Pages = [page] }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U13));
        if (fires)
        {
            var u13 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U13);
            Assert.Equal("http://quorvexa.net/ → http://estate-agent.example/", u13.Evidence);
            Assert.Contains("4(b)(iv)", u13.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void U13_AnOrdinaryWordsName_MayBeSentWhereTheWordLeads()
    {
        var mark = Coined() with { Id = "apple", Name = "APPLE", Labels = ["apple"], GenericWord = true };
        var page = new PageEvidence { Url = "http://apple.net/", Status = 200, FinalUrl = "http://orchard.example/" };

        var verdict = Score(Input("apple.net", mark, [Match("apple.net", MatchKind.TldSwap, 1) with { Mark = "apple", LabelForm = "apple" }],
            new CaseEvidence { Dns = Dns(true), Pages = [page] }));

        Assert.DoesNotContain(Criteria.F2, Fired(verdict));
        Assert.DoesNotContain(Criteria.U13, Fired(verdict));
    }

    [Fact]
    public void U13_WithF2_ReachesBadFaith()
    {
        var page = new PageEvidence { Url = "http://quorvexa.net/", Status = 200, FinalUrl = "http://estate-agent.example/" };
        var redirected = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], new CaseEvidence { Dns = Dns(true), Pages = [page] }));
        var stays = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(true), Pages = [page with { FinalUrl = "http://quorvexa.net/" }] }));

        Assert.True(redirected.Fault.Score >= 0.5);
        Assert.True(stays.Fault.Score < 0.5);
        Assert.Equal(RecommendedAction.UdrpTransfer, redirected.Action);
    }

    [Fact]
    public void U13_AnOrdinaryWordsTypoSentToTheOwnersRival_DivertsTheMarksPublic()
    {
        var mark = Coined() with { Id = "apple", Name = "APPLE", Labels = ["apple"], GenericWord = true };
        var page = new PageEvidence { Url = "http://applle.net/", Status = 200, FinalUrl = "http://rival.example/" };
        CaseEvidence Evidence(bool? rival) => new() { Dns = Dns(true), Pages = [page], Reviewer = new ReviewerFacts { RedirectsToCompetitor = rival } };
        var matches = new[] { Match("applle.net", MatchKind.Repetition, 0.8) with { Mark = "apple", LabelForm = "apple" } };

        var toRival = Score(Input("applle.net", mark, matches, Evidence(true)));
        var unknown = Score(Input("applle.net", mark, matches, Evidence(null)));

        var u13 = Assert.Single(toRival.Fault.Criteria, c => c.Criterion == Criteria.U13);
        Assert.Equal("http://applle.net/ → http://rival.example/", u13.Evidence);
        Assert.Contains("competitor of the owner", u13.Reason, StringComparison.Ordinal);
        Assert.Contains("3.1.4", u13.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Criteria.U13, Fired(unknown));
        Assert.True(toRival.Fault.Score > unknown.Fault.Score);
    }

    [Fact]
    public void U13_TheReviewersWordAlone_CountsWithoutARecordedRedirect()
    {
        var mark = Coined() with { Id = "apple", Name = "APPLE", Labels = ["apple"], GenericWord = true };
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { RedirectsToCompetitor = true } };

        var verdict = Score(Input("applle.net", mark, [Match("applle.net", MatchKind.Repetition, 0.8) with { Mark = "apple", LabelForm = "apple" }], evidence));

        var u13 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U13);
        Assert.Equal("reviewer: redirectsToCompetitor", u13.Evidence);
    }

    [Fact]
    public void U13_ARivalsSiteUnderANameThatIsNoLookAlike_IsNoDiversion()
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { RedirectsToCompetitor = true } };

        var verdict = Score(Input("https://blog.example/post", Coined(), [], evidence));

        Assert.DoesNotContain(Criteria.U13, Fired(verdict));
    }
}
