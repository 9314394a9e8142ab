using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>Names a panel leaves to others: a court proceeding on the name (4.14), a business dispute between the parties (4.14.6), an authorised distributor (2.8), a name taken before the complainant's rights (3.8.1).</summary>
public sealed class OutsideThePolicyTests
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
    public void Action_ACourtThatAlreadyRuledForTheComplainant_LeavesNothingToAwait_AndShowsKnowledge()
    {
        // An identical name of a coined mark with nothing else on record: below bad faith until the judgment counts.
        Verdict Held(ReviewerFacts facts) => Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Reviewer = facts }));

        var pending = Held(new ReviewerFacts { CourtProceedingOnName = true });
        var decided = Held(new ReviewerFacts { CourtProceedingOnName = true, CourtRuledForComplainant = true, Note = "the court found the use infringing" });

        Assert.Equal(RecommendedAction.NegotiateOrCourt, pending.Action);
        Assert.DoesNotContain(Criteria.F3, Fired(pending));
        Assert.Equal(RecommendedAction.UdrpTransfer, decided.Action);
        var f3 = Assert.Single(decided.Fault.Criteria, c => c.Criterion == Criteria.F3);
        Assert.Equal("the court found the use infringing", f3.Evidence);
        Assert.Contains("4.14.2", f3.Reason, StringComparison.Ordinal);
        Assert.True(decided.Fits.Udrp > 0);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Action_PhishingUnderTheName_IsStillTakenDownWhateverTheCourtOrBusinessDispute(bool court, bool business)
    {
        var facts = new ReviewerFacts { CourtProceedingOnName = court ? true : null, BusinessDisputeBetweenParties = business ? true : null };
        var verdict = Score(Input("quorvexxa.com", Coined(), [Match("quorvexxa.com", MatchKind.Repetition)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U1))], Reviewer = facts }));

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

    private static readonly ReviewerFacts KnowingPartnerWhoOfferedTheName = new()
    {
        BusinessDisputeBetweenParties = true, RegistrantKnewMark = true, AskingPrice = 50_000, SaleInitiatedBy = SaleInitiator.Registrant,
        Note = "a former distributor kept the name and offered it back for USD 50,000",
    };

    [Fact]
    public void Action_ABusinessDisputeBesideAKnowingRegistrantsOwnBadFaith_IsDecided()
    {
        // 4.14.6: the offer to sell reaches bad faith by itself, and the registrant knew the mark.
        var verdict = Parked(KnowingPartnerWhoOfferedTheName);

        Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        Assert.EndsWith("its own conduct shows bad faith beside the dispute (4.14.6).", verdict.ActionReason, StringComparison.Ordinal);
        Assert.True(verdict.Fits.Udrp > 0);
        Assert.Equal(DisputePath.OnlyComplainantHoldsRights, verdict.DisputePath);
    }

    [Fact]
    public void Action_ABusinessDisputeWithTheSameConductButARightOfTheRegistrants_IsStillLeftToTheCourt()
    {
        var verdict = Parked(KnowingPartnerWhoOfferedTheName with { RegistrantCommonlyKnownByName = true });

        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Contains("4.14.6", verdict.ActionReason, StringComparison.Ordinal);
        Assert.Equal(0, verdict.Fits.Udrp);
    }

    [Fact]
    public void Action_ABusinessDisputeWithTheSameConductButNoKnowledgeOnRecord_IsStillLeftToTheCourt() =>
        Assert.Equal(RecommendedAction.NegotiateOrCourt, Parked(KnowingPartnerWhoOfferedTheName with { RegistrantKnewMark = null }).Action);

    [Fact]
    public void Action_ABusinessDisputeWhereOnlyTheStringAndKnowledgeShowBadFaith_IsStillLeftToTheCourt()
    {
        // A coined mark's look-alike (F2) known to the registrant (F3) reaches bad faith, but between business partners
        // both are given: the parked page alone is not conduct that reaches it.
        var verdict = Parked(new ReviewerFacts { BusinessDisputeBetweenParties = true, RegistrantKnewMark = true });

        Assert.Contains(Criteria.F3, Fired(verdict));
        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Equal(DisputePath.None, verdict.DisputePath);
    }

    [Fact]
    public void Action_ABusinessDisputeWhoseDeedsGiveTheNameToTheComplainant_IsDecided_AndShowsKnowledge()
    {
        // An identical name of a coined mark with nothing else on record: below bad faith until the assignment counts.
        Verdict Held(ReviewerFacts facts) => Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Reviewer = facts }));
        var dispute = new ReviewerFacts { BusinessDisputeBetweenParties = true, Note = "a withdrawn partner kept the firm's name" };

        var leftToCourt = Held(dispute);
        var assigned = Held(dispute with { NameAssignedToComplainant = true, Note = "he signed deeds transferring the names to the firm" });

        Assert.Equal(RecommendedAction.NegotiateOrCourt, leftToCourt.Action);
        Assert.DoesNotContain(Criteria.F3, Fired(leftToCourt));
        Assert.Equal(RecommendedAction.UdrpTransfer, assigned.Action);
        Assert.True(assigned.Fits.Udrp > 0);
        var f3 = Assert.Single(assigned.Fault.Criteria, c => c.Criterion == Criteria.F3);
        Assert.Contains("signed the name over", f3.Reason, StringComparison.Ordinal);
        Assert.Equal("he signed deeds transferring the names to the firm", f3.Evidence);
    }

    [Theory]
    [InlineData(true, RecommendedAction.UdrpTransfer)]
    [InlineData(null, RecommendedAction.Monitor)]
    public void F11_ANameTakenFromTheComplainantWithoutConsent_IsBadFaithByItself(bool? taken, RecommendedAction action)
    {
        // A three-letter name the complainant held for years, moved away when its registrar account was hijacked.
        var mark = Coined(registeredOn: new DateOnly(1996, 1, 1)) with { Id = "qvx", Name = "QVX", Labels = ["qvx"] };
        var facts = new ReviewerFacts { NameTakenFromComplainant = taken, Note = "moved out of the owner's registrar account without its consent" };
        var verdict = Score(Input("qvx.com", mark, [Match("qvx.com", MatchKind.TldSwap, 1) with { Mark = "qvx", LabelForm = "qvx" }],
            new CaseEvidence { Registration = Registered(new DateTimeOffset(2015, 2, 12, 0, 0, 0, TimeSpan.Zero)), Reviewer = facts }));

        Assert.Equal(action, verdict.Action);
        Assert.Equal(taken == true, Fired(verdict).Contains(Criteria.F11));
        if (taken == true)
        {
            Assert.Equal(facts.Note, Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F11).Evidence);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Action_ASellerUnderTheBareMark_IsLeftAloneOnlyWhenTheOwnerAuthorisedIt(bool authorised)
    {
        var facts = new ReviewerFacts { RegistrantAuthorisedByOwner = authorised ? true : null, Note = "official distributor of the mark's goods" };
        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U4), Finding(Criteria.A12))], Reviewer = facts }));

        Assert.Equal(authorised, verdict.Action == RecommendedAction.NoActionFairUse);
        Assert.Equal(authorised, Fired(verdict).Contains(Criteria.X4));
        if (authorised)
        {
            var x4 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X4);
            Assert.Contains("2.8", x4.Reason, StringComparison.Ordinal);
            Assert.Equal(facts.Note, x4.Evidence);
        }
    }

    [Theory]
    [InlineData(true, RecommendedAction.DoNotFile)]
    [InlineData(null, RecommendedAction.UdrpTransfer)]
    public void Action_ANameTakenBeforeTheComplainantsRights_WithoutBothDates_IsNotFiled(bool? before, RecommendedAction action)
    {
        var verdict = Parked(new ReviewerFacts { TakenBeforeComplainantsRights = before, Note = "bought in 2014; the marks did not exist then" });

        Assert.Equal(action, verdict.Action);
        Assert.Equal(before == true, Fired(verdict).Contains(Criteria.G1));
        if (before == true)
        {
            Assert.Contains("3.8.1", Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.G1).Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(Criteria.F2, Fired(verdict));
        }
    }
}

