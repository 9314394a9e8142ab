using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>A13: the complainant's own former name, lost by a lapse or taken from it, that still shows the mark (1.7).</summary>
public sealed class FormerOwnNameTests
{
    private static readonly Mark Acronym = Coined() with { Id = "qvxi", Name = "QVXI", Labels = ["qvxi"], OfficialDomains = [] };
    private static readonly Mark PersonalName = Coined() with { Id = "thomasquorvel", Name = "Thomas Quorvel", Labels = ["thomasquorvel"], OfficialDomains = [] };

    private static CaseEvidence Taken() => new()
    {
        Registration = Registered(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)),
        Reviewer = new ReviewerFacts { NameTakenFromComplainant = true },
    };

    private static CaseEvidence Lapsed(bool competitor = false) => new()
    {
        Registration = Registered(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)),
        Reviewer = new ReviewerFacts { NameLapsedFromComplainantOn = new DateOnly(2026, 1, 15), RegistrantIsCompetitor = competitor },
    };

    [Fact]
    public void A13_ANameTakenFromTheOwnerOneLetterFromTheMark_IsTheOwnersAndTheTakingBadFaith()
    {
        var verdict = Score(Input("qvx.com", Acronym, [], Taken()));

        var a13 = Assert.Single(verdict.Act.Criteria, c => c.Criterion == Criteria.A13);
        Assert.Contains("one letter from the mark's 'qvxi'", a13.Evidence, StringComparison.Ordinal);
        Assert.Contains("taken from the complainant", a13.Evidence, StringComparison.Ordinal);
        Assert.Contains(Criteria.F11, Fired(verdict));
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Fact]
    public void A13_TheSameNameWithoutTheOwnersHistory_IsNoCase()
    {
        // A feed's three-letter name one letter from a four-letter acronym is as often someone else's: no act.
        var verdict = Score(Input("qvx.com", Acronym, [], new CaseEvidence { Registration = Taken().Registration }));

        Assert.DoesNotContain(Criteria.A13, Fired(verdict));
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }

    [Theory]
    [InlineData("harbourline.com")]   // nothing of the mark
    [InlineData("qv.com")]            // two letters from it
    public void A13_AFormerNameThatShowsNothingOfTheMark_FailsTheComparison(string domain)
    {
        var verdict = Score(Input(domain, Acronym, [], Taken()));

        Assert.DoesNotContain(Criteria.A13, Fired(verdict));
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }

    [Fact]
    public void A13_ALapsedNameHoldingTheMarksDistinctiveWord_TakenByACompetitor_IsTransferred()
    {
        var verdict = Score(Input("tommy-quorvel.com", PersonalName, [], Lapsed(competitor: true)));

        var a13 = Assert.Single(verdict.Act.Criteria, c => c.Criterion == Criteria.A13);
        Assert.Contains("distinctive word 'quorvel'", a13.Evidence, StringComparison.Ordinal);
        Assert.Contains("lapsed from the complainant on 2026-01-15", a13.Evidence, StringComparison.Ordinal);
        Assert.Contains(Criteria.F3, Fired(verdict));
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Fact]
    public void A13_AnOrdinaryWordOfTheMark_DoesNotTellWhoseTheNameIs()
    {
        var mark = PersonalName with { Id = "thomasgarden", Name = "Thomas Garden", Labels = ["thomasgarden"] };

        var verdict = Score(Input("tommy-garden.com", mark, [], Lapsed(competitor: true)));

        Assert.DoesNotContain(Criteria.A13, Fired(verdict));
    }

    [Fact]
    public void A13_ANameTheScreenerAlreadyMatched_SpeaksForItself()
    {
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { NameTakenFromComplainant = true } };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        Assert.Contains(Criteria.A1, Fired(verdict));
        Assert.DoesNotContain(Criteria.A13, Fired(verdict));
        Assert.Contains(Criteria.F11, Fired(verdict));
    }
}
