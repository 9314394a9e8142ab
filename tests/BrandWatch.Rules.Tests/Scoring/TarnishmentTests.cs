using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>U10: adult or gambling content under a name that imitates the mark is a use made to tarnish it (4(c)(iii)).</summary>
public sealed class TarnishmentTests
{
    private static Verdict AdultPageUnder(string domain, Mark mark, MatchKind kind, params PageFinding[] more) =>
        Score(Input(domain, mark, [Match(domain, kind, 0.95) with { Mark = mark.Id }],
            new CaseEvidence { Dns = Dns(true), Pages = [Page([Finding(Criteria.D3) with { Mark = mark.Id }, .. more])] }));

    private static Mark Word(bool wellKnown) => Coined(wellKnown) with { Id = "lucky", Name = "Lucky", Labels = ["lucky"], OfficialDomains = ["lucky.com"] };

    [Fact]
    public void U10_AdultContentUnderATypoOfACoinedMark_IsBadFaith()
    {
        var verdict = AdultPageUnder("quorvexxa.com", Coined(), MatchKind.Repetition);

        var u10 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U10);
        Assert.Contains("4(c)(iii)", u10.Reason, StringComparison.Ordinal);
        Assert.Equal("<fragment for D3>", u10.Evidence);
    }

    [Fact]
    public void U10_TheOwnersOwnDomain_IsNotTarnishedByItself()
    {
        var verdict = AdultPageUnder("quorvexa.com", Coined(), MatchKind.Identical);

        Assert.DoesNotContain(Criteria.U10, Fired(verdict));
    }

    [Theory]
    [InlineData(false, false)] // the word's other uses are the registrant's to make (2.10)
    [InlineData(true, true)]   // a well-known mark is tarnished even when it is a word
    public void U10_OrdinaryWordMark_OnlyWhenWellKnown(bool wellKnown, bool fires)
    {
        var verdict = AdultPageUnder("lucky.bet", Word(wellKnown), MatchKind.TldSwap);

        Assert.Contains(Criteria.D3, Fired(verdict));
        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U10));
    }

    [Fact]
    public void U10_WithoutAdultOrGamblingContent_DoesNotFire()
    {
        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)], new CaseEvidence { Dns = Dns(true), Pages = [Page()] }));

        Assert.DoesNotContain(Criteria.U10, Fired(verdict));
    }

    [Fact]
    public void X5_CriticismBesideAdultContent_IsNoFairUse()
    {
        var verdict = AdultPageUnder("quorvexa.net", Coined(), MatchKind.TldSwap, Finding(Criteria.X5));

        var x5 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X5);
        Assert.False(x5.Applies);
        Assert.Contains("tarnishes the mark", x5.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("online casino", "poker", false)]        // a casino's look-alike showing casinos trades on its market, tarnishes nothing
    [InlineData("online casino", "porn", true)]          // adult content still tarnishes a casino's mark
    [InlineData("adult entertainment", "porn", false)]   // nor does adult content tarnish a mark of the adult trade
    [InlineData("adult entertainment", "casino", true)]
    [InlineData("software", "casino", true)]
    public void D3AndU10_ContentOfTheMarksOwnTrade_IsNoTarnishment(string keyword, string term, bool tarnishes)
    {
        var mark = Coined() with { Keywords = [keyword] };

        var verdict = AdultPageUnder("quorvexxa.com", mark, MatchKind.Repetition, []);
        var withTerm = Score(Input("quorvexxa.com", mark, [Match("quorvexxa.com", MatchKind.Repetition, 0.95)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.D3, ("term", term)) with { Mark = null })] }));

        Assert.Contains(Criteria.U10, Fired(verdict));
        Assert.Equal(tarnishes, Fired(withTerm).Contains(Criteria.D3));
        Assert.Equal(tarnishes, Fired(withTerm).Contains(Criteria.U10));
    }
}
