using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>The criterion decisions of rules 2026.12.5: F4 from two names, the CNDRP's three years, phishing e-mail as U1.</summary>
public sealed class PatternTimeBarAndMailTests
{
    // ---- F4: as few as two abusive registrations are a pattern, also against one owner (Overview 3.1.2). ----

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "quorvexa.net" }, true)]
    [InlineData(new[] { "quorvexa.net", "quorvexa-login.com" }, true)]
    public void F4_OneOtherLookAlikeOfTheSameRegistrant_IsAlreadyAPattern(string[] others, bool fires)
    {
        var verdict = Score(Typo(new CaseEvidence { RegistrantOtherFlaggedDomains = others }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F4));
        if (fires)
        {
            var f4 = Assert.Single(All(verdict), c => c.Criterion == Criteria.F4);
            Assert.Contains("3.1.2", f4.Reason, StringComparison.Ordinal);
            Assert.Contains(others[0], f4.Evidence, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    public void F4_EarlierDecisionsAgainstTheRegistrant_AreAPatternWhenTheNamesAreNotListed(int decisions, bool fires)
    {
        var facts = new ReviewerFacts { PriorAdverseDecisions = decisions, Note = "earlier CDRP decisions against the registrant" };
        var verdict = Score(Typo(new CaseEvidence { Reviewer = facts }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F4));
        if (fires)
        {
            var f4 = Assert.Single(All(verdict), c => c.Criterion == Criteria.F4);
            Assert.Contains("3.1.2", f4.Reason, StringComparison.Ordinal);
            Assert.Contains("earlier decision", f4.Reason, StringComparison.Ordinal);
            Assert.Equal(facts.Note, f4.Evidence);
        }
    }

    [Theory]
    [InlineData("Quorvexa", false, false, false)]       // maestro.co.uk: a single ordinary word keeps the word's readings
    [InlineData("Quorvexa", true, false, true)]         // unless the holder knew the mark
    [InlineData("Quorvexa Carriers", false, false, true)] // qualitycarriers.com: a descriptive phrase held as a mark is not one word
    [InlineData("Quorvexa", false, true, true)]         // nestle.ai: a famous mark's word is collected as a mark
    public void F4_OthersMarksElsewhere_DoNotShowThatASingleOrdinaryWordWasTakenForTheMark(string name, bool knew, bool famous, bool fires)
    {
        var label = name.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var mark = Coined() with { Name = name, Labels = [label], GenericWord = true, WellKnown = famous };
        var domain = $"{label}.co.uk";
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { RegistersOthersMarks = true, RegistrantKnewMark = knew ? true : null } };

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.TldSwap, 1) with { LabelForm = label }], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F4));
        if (!fires)
        {
            Assert.Contains("single ordinary word", Assert.Single(All(verdict), c => c.Criterion == Criteria.F4).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F4_EarlierDecisions_DoNotTouchANameUnlikeTheMark()
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { PriorAdverseDecisions = 5 } };

        Assert.DoesNotContain(Criteria.F4, Fired(Score(Input("unrelated-mailer.example", evidence: evidence))));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void F4_OtherOwnersMarksHeldWithoutTheList_AreAPattern(bool? holds, bool fires)
    {
        var facts = new ReviewerFacts { RegistersOthersMarks = holds, Note = "the panel found other names made of third parties' marks" };
        var verdict = Score(Typo(new CaseEvidence { Reviewer = facts }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F4));
        if (fires)
        {
            var f4 = Assert.Single(All(verdict), c => c.Criterion == Criteria.F4);
            Assert.Contains("other owners' marks", f4.Reason, StringComparison.Ordinal);
            Assert.Equal(facts.Note, f4.Evidence);
        }
    }

    [Fact]
    public void F4_OtherOwnersMarks_DoNotTouchANameUnlikeTheMark()
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { RegistersOthersMarks = true } };

        Assert.DoesNotContain(Criteria.F4, Fired(Score(Input("unrelated-mailer.example", evidence: evidence))));
    }

    // ---- F3: the owner's own name taken after it lapsed (3.2.2, 3.2.3). ----

    [Theory]
    [InlineData(false, "2025-09-01", true)]   // a coined mark's name, taken after the lapse
    [InlineData(true, "2025-09-01", false)]   // an ordinary word that dropped is anyone's
    [InlineData(false, "2025-07-01", false)]  // held before the lapse date: not taken after it
    public void F3_TheOwnersLapsedName_ShowsKnowledgeOnlyForADistinctiveMark(bool ordinaryWord, string taken, bool fires)
    {
        var mark = Coined() with { GenericWord = ordinaryWord };
        var when = DateTimeOffset.Parse(taken + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var evidence = new CaseEvidence
        {
            Registration = Registered(when),
            Reviewer = new ReviewerFacts { NameLapsedFromComplainantOn = new DateOnly(2025, 8, 15), Note = "bought at an expired-name auction" },
        };

        var verdict = Score(Input("quorvexa.org", mark, [Match("quorvexa.org", MatchKind.TldSwap, 1)], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F3));
        if (fires)
        {
            var f3 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F3);
            Assert.Contains("lapsed on 2025-08-15", f3.Reason, StringComparison.Ordinal);
            Assert.Equal("bought at an expired-name auction", f3.Evidence);
        }
    }

    // ---- X10: the 2019 CNDRP accepts a complaint for three years after registration (Article 2). ----

    [Theory]
    [InlineData("2024-02-01", false)] // 2 years 9 months before ScoringFixtures.Now: the 2012 two-year limit would have barred it
    [InlineData("2023-12-01", false)] // 2 years 11 months
    [InlineData("2023-10-01", true)]  // 3 years 1 month
    [InlineData("2019-06-01", true)]
    public void X10_CnDomain_IsBarredOnlyAfterThreeYears(string registered, bool barred)
    {
        var when = DateTimeOffset.Parse(registered + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var evidence = new CaseEvidence { Dns = Dns(true), Registration = Registered(when), Pages = [Page(Finding(Criteria.U3))] };

        var verdict = Score(Input("quorvexxa.cn", Coined(wellKnown: true, registeredOn: new DateOnly(2015, 1, 1)), [Match("quorvexxa.cn", MatchKind.Repetition)], evidence));

        var x10 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X10);
        Assert.Equal(barred, x10.Applies);
        Assert.Contains("3 years", x10.Reason, StringComparison.Ordinal);
        Assert.Equal(barred, verdict.Fits.Udrp == 0);
    }

    [Fact]
    public void X10_ANameTransferredToItsHolder_CountsTheBarFromTheTransfer()
    {
        // leister.net.cn (HKIAC DCN-1500641): a transfer to the present holder is a new registration that re-sets the bar.
        var registration = Registered(new DateTimeOffset(2015, 6, 1, 0, 0, 0, TimeSpan.Zero)) with { Transferred = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        var evidence = new CaseEvidence { Dns = Dns(true), Registration = registration, Pages = [Page(Finding(Criteria.U3))] };

        var verdict = Score(Input("quorvexxa.cn", Coined(wellKnown: true, registeredOn: new DateOnly(2015, 1, 1)), [Match("quorvexxa.cn", MatchKind.Repetition)], evidence));

        var x10 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X10);
        Assert.False(x10.Applies);
        Assert.Equal("acquired by its holder 2025-03-01", x10.Evidence);
        Assert.Contains("counted from its acquisition by its holder", x10.Reason, StringComparison.Ordinal);
        Assert.True(verdict.Fits.Udrp > 0);
    }

    // ---- U1: phishing e-mail sent from the name is bad faith use without a website (3.4, 2.13.1). ----

    [Fact]
    public void U1_PhishingEmailsFromAnOrdinaryWordName_DefeatTheOrdinaryWordDefence()
    {
        var mark = Coined() with { GenericWord = true };
        var identical = Match("quorvexa.net", MatchKind.TldSwap, 1);
        var quiet = Score(Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page()] }));
        var phishing = Score(Input("quorvexa.net", mark, [identical],
            new CaseEvidence { Pages = [Page()], Reviewer = new ReviewerFacts { PhishingEmails = true, Note = "spoofed invoices to the owner's staff" } }));

        Assert.Contains(Criteria.X6, Fired(quiet));
        Assert.DoesNotContain(Criteria.X6, Fired(phishing));
        var u1 = Assert.Single(All(phishing), c => c.Criterion == Criteria.U1);
        Assert.Contains("3.4", u1.Reason, StringComparison.Ordinal);
        Assert.Equal("spoofed invoices to the owner's staff", u1.Evidence);
        Assert.Equal(RecommendedAction.AbuseTakedown, phishing.Action);
    }

    [Theory]
    [InlineData(true, RecommendedAction.AbuseTakedown)]   // e-mail sent from the name: the registrar suspends it, web host or not
    [InlineData(false, RecommendedAction.UdrpTransfer)]   // a phishing page on a host now gone: nothing left to take down
    public void Takedown_PhishingEmailsFromANameWithoutAWebHost_StillGoToTheRegistrar(bool emails, RecommendedAction expected)
    {
        var evidence = new CaseEvidence
        {
            Dns = Dns(false, "mx.quorvexxa.com"),
            Pages = emails ? [] : [Page(Finding(Criteria.U1)) with { Status = 404 }],
            Reviewer = new ReviewerFacts { PhishingEmails = emails ? true : null },
        };

        var verdict = Score(Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence));

        Assert.Contains(Criteria.U1, Fired(verdict));
        Assert.Equal(expected, verdict.Action);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void U1_PhishingEmails_CountOnlyUnderALookAlikeName(bool lookAlike, bool fires)
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { PhishingEmails = true } };
        var input = lookAlike
            ? Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence)
            : Input("unrelated-mailer.example", evidence: evidence);

        Assert.Equal(fires, Fired(Score(input)).Contains(Criteria.U1));
    }

    [Fact]
    public void U1_ImpersonationOutsideThePage_IsBadFaithForAComplaint_NotATakedown()
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Reviewer = new ReviewerFacts { ImpersonatedOwner = true, Note = "held himself out as the owner's agent to its customers" } };

        var verdict = Score(Typo(evidence));

        var u1 = Assert.Single(All(verdict), c => c.Criterion == Criteria.U1);
        Assert.Contains("2.13.1", u1.Reason, StringComparison.Ordinal);
        Assert.Equal("held himself out as the owner's agent to its customers", u1.Evidence);
        Assert.NotEqual(RecommendedAction.AbuseTakedown, verdict.Action);
        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
    }

    private static ScoringInput Typo(CaseEvidence evidence) =>
        Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence);
}
