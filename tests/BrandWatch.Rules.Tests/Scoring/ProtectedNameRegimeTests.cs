using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>F12: another's protected name itself, under a country code whose law asks no bad faith (.at, .ch, .de, .eu, .fi, .fr, .pl).</summary>
public sealed class ProtectedNameRegimeTests
{
    private static readonly Mark Finnish = Coined() with { Jurisdictions = ["FI"], OfficialDomains = [] };

    private static CaseEvidence HeldSince2025(ReviewerFacts? reviewer = null) => new()
    {
        Registration = Registered(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        Reviewer = reviewer,
    };

    private static Verdict ScoreName(string domain, Mark mark, MatchKind kind = MatchKind.TldSwap, CaseEvidence? evidence = null) =>
        Score(Input(domain, mark, [Match(domain, kind, kind == MatchKind.TldSwap ? 1 : 0.9) with { Mark = mark.Id, LabelForm = mark.Labels[0] }], evidence ?? HeldSince2025()));

    [Fact]
    public void F12_AnFiNameThatIsAFinnishProtectedName_IsTransferredWithoutAnyBadFaithOnRecord()
    {
        var verdict = ScoreName("quorvexa.fi", Finnish);

        var f12 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F12);
        Assert.Equal("Quorvexa protected in FI; .fi name identical", f12.Evidence);
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        Assert.Contains("File the .fi dispute procedure", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void F12_AnFrNameOfAMarkProtectedInFrance_IsTakenBackUnderAfnicsProcedure()
    {
        // CPCE L45-2: a name liable to infringe an IP right, unless the holder has a legitimate interest and good faith.
        var verdict = ScoreName("quorvexa.fr", Finnish with { Jurisdictions = ["FR"] });

        Assert.Equal("Quorvexa protected in FR; .fr name identical", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F12).Evidence);
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        Assert.Contains("File the .fr dispute procedure", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void F12_TheSameNameUnderTheUdrp_NeedsBadFaithAndOnlyMonitors()
    {
        var verdict = ScoreName("quorvexa.com", Finnish);

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
        Assert.Equal(RecommendedAction.Monitor, verdict.Action);
    }

    [Fact]
    public void F12_ADeNameOfAGermanName_GoesToTheCourtsOfANoPolicyTld()
    {
        var verdict = ScoreName("quorvexa.de", Finnish with { Jurisdictions = ["DE"] });

        Assert.Contains(Criteria.F12, Fired(verdict));
        Assert.Equal(RecommendedAction.Court, verdict.Action);
        Assert.Contains("(F12)", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE", true)]
    [InlineData("EU", true)]
    [InlineData("US", false)]
    public void F12_AnEuName_IsRevocableForARightOfAnyMemberState(string place, bool fires)
    {
        // Regulation (EC) No 874/2004, Article 21(1): a right "recognised or established by national and/or Community
        // law", and no right or legitimate interest of the holder, are enough without bad faith.
        var verdict = ScoreName("quorvexa.eu", Finnish with { Jurisdictions = [place] });

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F12));
        Assert.Equal(fires ? RecommendedAction.UdrpTransfer : RecommendedAction.Monitor, verdict.Action);
        if (fires)
        {
            Assert.Contains("File the .eu dispute procedure", verdict.ActionReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F12_AnEuNameOfAnOrdinaryWord_KeepsTheWordsUses()
    {
        // stein.eu: a surname that is also the German word for stone, held by an investor for the word's value.
        var verdict = ScoreName("quorvexa.eu", Finnish with { Jurisdictions = ["DE"], GenericWord = true });

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
    }

    [Fact]
    public void F12_AnEuMark_IsProtectedInEveryMemberState()
    {
        Assert.Contains(Criteria.F12, Fired(ScoreName("quorvexa.fi", Finnish with { Jurisdictions = ["EU"] })));
    }

    [Theory]
    [InlineData("US")]   // protected elsewhere only
    [InlineData(null)]   // no place stated: protection in Finland not shown
    public void F12_AMarkNotShownToBeProtectedInTheCountry_DoesNotFire(string? place)
    {
        var verdict = ScoreName("quorvexa.fi", Finnish with { Jurisdictions = place is null ? [] : [place] });

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
    }

    [Fact]
    public void F12_ASimilarNameOnly_NeedsTheIntentTheLawAsksForSimilarNames()
    {
        var verdict = ScoreName("quorvexxa.fi", Finnish, MatchKind.Repetition);

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
    }

    [Fact]
    public void F12_AGenericWord_IsNoProtectedName()
    {
        var mark = Finnish with { Id = "kettenzuege", Name = "Kettenzuege", Labels = ["kettenzuege"], Jurisdictions = ["DE"], GenericWord = true };

        var verdict = ScoreName("kettenzuege.de", mark);

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
        Assert.NotEqual(RecommendedAction.Court, verdict.Action);
    }

    [Fact]
    public void F12_ARegistrantKnownByTheName_HasTheRightOfItsOwnTheLawAccepts()
    {
        var verdict = ScoreName("quorvexa.fi", Finnish, evidence: HeldSince2025(new ReviewerFacts { RegistrantCommonlyKnownByName = true }));

        Assert.Contains(Criteria.X2, Fired(verdict));
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }

    [Fact]
    public void F12_ANameRegisteredBeforeTheMark_CannotHaveInfringedIt()
    {
        var verdict = ScoreName("quorvexa.fi", Finnish, evidence: new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        });

        Assert.Contains(Criteria.G1, Fired(verdict));
        Assert.Equal(RecommendedAction.DoNotFile, verdict.Action);
    }

    [Fact]
    public void F12_ThePersonalNamesWordsJoinedByAHyphen_AreTheNameItself()
    {
        var person = Finnish with { Id = "gritquorvel", Name = "Grit Quorvel", Labels = ["gritquorvel"], Jurisdictions = ["DE"] };

        var verdict = ScoreName("grit-quorvel.de", person, MatchKind.Hyphenation);

        var f12 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F12);
        Assert.EndsWith("name the name's words joined by hyphens", f12.Evidence, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.Court, verdict.Action);
    }

    [Fact]
    public void F12_AHyphenInsideAWord_DisguisesTheNameRatherThanSpellingIt()
    {
        var verdict = ScoreName("quor-vexa.fi", Finnish, MatchKind.Hyphenation);

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
    }

    [Fact]
    public void F12_ADeletedName_HasNoHolderToActAgainst()
    {
        var verdict = ScoreName("quorvexa.de", Finnish with { Jurisdictions = ["DE"] }, evidence: new CaseEvidence
        {
            Dns = new DnsEvidence { Domain = "quorvexa.de", Outcome = DnsOutcome.NxDomain },
        });

        Assert.DoesNotContain(Criteria.F12, Fired(verdict));
        Assert.NotEqual(RecommendedAction.Court, verdict.Action);
    }
}
