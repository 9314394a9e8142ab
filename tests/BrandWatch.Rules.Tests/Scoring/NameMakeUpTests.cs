using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>F10, the name's make-up (3.2.1(i)), and the first element met outright by a name that holds the mark whole (1.7).</summary>
public sealed class NameMakeUpTests
{
    [Theory]
    [InlineData("quorvexxa.com", MatchKind.Repetition, "", true)]        // a slip of the spelling
    [InlineData("quorvexas.com", MatchKind.Plural, "", true)]
    [InlineData("quorvexa.net", MatchKind.TldSwap, "", false)]           // the mark itself says nothing of intent
    [InlineData("quorvexa-login.com", MatchKind.Combosquat, "login", true)]     // the owner's dealings with its customers
    [InlineData("quorvexa-refund.com", MatchKind.Combosquat, "refund", true)]
    [InlineData("quorvexa-shop.com", MatchKind.Combosquat, "shop", true)]       // commerce
    [InlineData("quorvexa-asia.com", MatchKind.Combosquat, "asia", true)]       // a region: the owner's branch
    [InlineData("quorvexa-berlin.com", MatchKind.Combosquat, "berlin", true)]   // a city
    [InlineData("quorvexa-workshop.com", MatchKind.Combosquat, "workshop", false)] // a word with no tie to the owner
    [InlineData("quorvexa-denial.com", MatchKind.Combosquat, "denial", false)]
    public void F10_NameMadeOfTheMarkAndASign_Fires(string domain, MatchKind kind, string added, bool fires)
    {
        var match = added.Length == 0 ? Match(domain, kind) : Match(domain, kind, 0.8, added);

        var verdict = Score(Input(domain, Coined(), [match]));

        Assert.Contains(Criteria.F2, Fired(verdict));
        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
        if (fires)
        {
            Assert.Contains("3.2.1", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F10).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("quorvexaquorvexazantor.com", "quorvexa", true)] // a word of the mark typed twice (duckduckduckgo)
    [InlineData("quorvexazantorworkshop.com", "workshop", false)] // a word of no tie to the owner
    public void F10_AWordOfTheMarkTypedTwice_IsASlipOfItsSpelling(string domain, string added, bool fires)
    {
        var mark = Coined() with { Name = "Quorvexa Zantor", Labels = ["quorvexazantor"] };
        var match = Match(domain, MatchKind.Combosquat, 0.8, added) with { LabelForm = "quorvexazantor" };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Contains(Criteria.F2, Fired(verdict));
        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
        if (fires)
        {
            Assert.Contains("misspelling", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F10).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("quorvexa.clothing", true)]   // the mark's own name on the suffix of its trade (aeropostale.clothing)
    [InlineData("quorvexa.shoes", false)]     // a suffix of another trade says nothing of the owner
    [InlineData("quorvexa.com", false)]
    public void F10_TheMarkOnTheSuffixOfItsTrade_ReadsAsTheOwnersShop(string domain, bool fires)
    {
        var mark = Coined() with { Keywords = ["clothing"] };

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.Identical, 1)]));

        Assert.Contains(Criteria.F2, Fired(verdict));
        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
        if (fires)
        {
            Assert.Contains("1.11.2", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F10).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F10_AProductNamedWithTheMark_IsNamedByItsOtherWords()
    {
        // ipodnano.com for IPOD with the product 'iPod nano': the mark beside the rest of its own product's name.
        var mark = Coined() with { Keywords = ["Quorvexa Lumen"] };
        var match = Match("quorvexalumen.com", MatchKind.Combosquat, 0.8, "lumen");

        var verdict = Score(Input("quorvexalumen.com", mark, [match]));

        Assert.Contains("Quorvexa Lumen", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F10).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "na", "no" }, true)]  // ipodnano: the segmenter's cut still spells 'nano'
    [InlineData(new[] { "nan" }, false)]      // letters that spell no keyword
    public void F10_AddedLettersCutIntoShorterWords_StillSpellTheProduct(string[] added, bool fires)
    {
        var mark = Coined() with { Keywords = ["Quorvexa nano"] };
        var domain = $"quorvexa{string.Concat(added)}.com";

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.Combosquat, 0.8, added)]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
    }

    [Fact]
    public void F10_AWordOfTheMarksTrade_CountsAsAPhraseOfKeywords()
    {
        var mark = Coined() with { Keywords = ["auto loans"] };
        var match = Match("quorvexaautoloan.com", MatchKind.Combosquat, 0.75, "auto", "loan");

        var verdict = Score(Input("quorvexaautoloan.com", mark, [match]));

        var f10 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F10);
        Assert.Contains("auto loans", f10.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("investment", true)]  // the field a keyword of several words names
    [InlineData("management", false)] // its last word alone is any business's
    public void F10_TheFirstWordOfATradeKeyword_NamesTheField(string added, bool fires)
    {
        var mark = Coined() with { Keywords = ["investment management"] };
        var domain = $"quorvexa-{added}.com";

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.Combosquat, 0.8, added)]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
    }

    [Fact]
    public void F10_OrdinaryWordMark_KeepsItsInnocentReadings()
    {
        var verdict = Score(Input("quorvexxa.com", Coined() with { GenericWord = true }, [Match("quorvexxa.com", MatchKind.Repetition)]));

        Assert.DoesNotContain(Criteria.F10, Fired(verdict));
    }

    [Fact]
    public void F10_NameTakenBeforeTheMark_ShowsNoTargeting()
    {
        var evidence = new CaseEvidence { Registration = Registered(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)) };

        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)], evidence));

        Assert.DoesNotContain(Criteria.F10, Fired(verdict));
        Assert.NotEqual(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Theory]
    [InlineData("q-u-o-r-v-e-x-a.com", "Quorvexa", true)]        // hyphens inside the mark's one word disguise it
    [InlineData("quorvexa-bank.com", "Quorvexa Bank", false)]    // between its words they spell it
    public void F10_Hyphens_CountOnlyInsideAWord(string domain, string markName, bool fires)
    {
        var label = markName.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var mark = Coined() with { Name = markName, Labels = [label] };
        var match = Match(domain, MatchKind.Hyphenation) with { LabelForm = label };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F10));
    }

    [Fact]
    public void F10_WithF2_ReachesBadFaith_AndTheComplaintIsTheRoute()
    {
        var verdict = Score(Input("quorvexa-verification.com", Coined(), [Match("quorvexa-verification.com", MatchKind.Combosquat, 0.7, "verification")]));

        Assert.True(verdict.Fault.Score >= RuleSetJson.Default.Thresholds.BadFaith);
        // The name holds the mark whole: the first element is met outright, whatever the added word's length (1.7).
        Assert.True(verdict.Fits.Udrp >= verdict.Fault.Score);
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    [Theory]
    [InlineData("facebook", "facebook-verifications.com", new[] { "verification", "s" }, true)] // a name the dictionary lists whole, standing apart
    [InlineData("evian", "eviantclip.com", new[] { "tc", "lip" }, false)]                        // its letters run on into another name
    public void F2_ANameTheDictionaryListsWhole_IsNoPhraseWhenItStandsApart(string label, string domain, string[] added, bool fires)
    {
        var mark = Coined() with { Id = label, Name = label.ToUpperInvariant(), Labels = [label] };
        var match = Match(domain, MatchKind.Combosquat, 0.8, added) with { Mark = label, LabelForm = label };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F2));
    }

    [Theory]
    [InlineData("orbalo-gum.com", "gum", false, true)]              // the ordinary word beside its own trade
    [InlineData("orbalo-garden.com", "garden", false, false)]       // beside any other word it keeps its meanings
    [InlineData("orbalo-gum.com", "gum", true, false)]              // a well-known mark: F1's presumption instead
    public void F2_AnOrdinaryWordMarkBesideItsOwnTrade_PointsAtTheOwner(string domain, string added, bool wellKnown, bool fires)
    {
        var mark = Coined(wellKnown, new DateOnly(2001, 1, 1)) with { Id = "orbalo", Name = "ORBALO", Labels = ["orbalo"], GenericWord = true, Keywords = ["gum"] };
        var match = Match(domain, MatchKind.Combosquat, 0.8, added) with { Mark = "orbalo", LabelForm = "orbalo" };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F2));
        if (fires)
        {
            Assert.Contains("'gum', the trade the mark is registered for", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("quorvexa-workshop.com", "workshop", true)]   // a coined mark beside any word: no plausible good-faith use
    [InlineData("quorvexa-blog.com", "blog", false)]          // a word naming a page about it keeps a fan's reading open
    [InlineData("quorvexa-sucks.com", "sucks", false)]        // criticism too
    public void U7_ACoinedMarksCombination_HasNoPlausibleGoodFaithUse_UnlessItNamesAPageAboutIt(string domain, string added, bool factor)
    {
        var verdict = Score(Input(domain, Coined(), [Match(domain, MatchKind.Combosquat, 0.8, added)],
            new CaseEvidence { Dns = Dns(false), Registration = Registered(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero)), Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true } }));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.Equal(factor, u7.Reason.Contains("no plausible good-faith use", StringComparison.Ordinal));
        Assert.Equal(factor, u7.Points > 0);
    }

    [Fact]
    public void FameAlone_OnALiveBusinessPage_WritesFirst()
    {
        var mark = Coined(wellKnown: true) with { GenericWord = true, Keywords = ["delivery"] };
        var match = Match("quorvexa-delivery.com", MatchKind.Combosquat, 0.8, "delivery");
        Verdict Under(CaseEvidence evidence) => Score(Input("quorvexa-delivery.com", mark, [match], evidence));

        var live = Under(new CaseEvidence { Dns = Dns(true), Pages = [Page()] });
        var idle = Under(new CaseEvidence { Dns = Dns(false) });

        Assert.Equal([Criteria.F1], live.Fault.Criteria.Where(c => c.Points > 0).Select(c => c.Criterion));
        Assert.Equal(RecommendedAction.CeaseAndDesist, live.Action);
        Assert.Contains("3.1.4", live.ActionReason, StringComparison.Ordinal);
        Assert.NotEqual(RecommendedAction.CeaseAndDesist, idle.Action);
    }

    [Theory]
    [InlineData("quorvexa.net", false, true, true)]      // the mark's own name, a page about the mark
    [InlineData("quorvexa.net", true, true, false)]      // an ordinary word's page may be about the word
    [InlineData("quorvexa.net", false, false, false)]    // no page about the mark
    [InlineData("quorvexa-fans.net", false, true, false)] // not the bare name: a fan site's name may say what it is
    public void U12_TheBareNameWithAPageAboutTheMark_Impersonates(string domain, bool ordinaryWord, bool pageAboutMark, bool fires)
    {
        var mark = Coined() with { GenericWord = ordinaryWord };
        var match = domain == "quorvexa.net" ? Match(domain, MatchKind.TldSwap, 1) : Match(domain, MatchKind.Combosquat, 0.8, "fans");
        var page = pageAboutMark ? Page(Finding(Criteria.A10)) : Page();

        var verdict = Score(Input(domain, mark, [match], new CaseEvidence { Dns = Dns(true), Pages = [page] }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U12));
        if (fires)
        {
            Assert.Contains("2.7.2", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U12).Reason, StringComparison.Ordinal);
        }
    }
}
