using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

/// <summary>The conditions panels attach to the defences and bad-faith signals (issue classes 1–6).</summary>
public sealed class PanelConditionTests
{
    private static readonly DateTimeOffset Registered2025 = new(2025, 1, 10, 0, 0, 0, TimeSpan.Zero);

    // ---- X1: the registrant's own mark, weighed with its date and place (2.12.2). ----

    [Theory]
    [InlineData(null, null, null, null, true)]
    [InlineData("2020-01-01", null, "DE", "DE", true)]
    [InlineData("2025-06-01", "2025-05-01", null, null, false)]
    [InlineData("2025-06-01", null, null, null, false)]
    [InlineData("2020-01-01", null, "TO", "DE", false)]
    [InlineData("2020-01-01", null, "EU", "DE", true)]
    public void X1_OwnMark_AppliesOnlyWithoutSignsOfCircumvention(string? markDate, string? notice, string? place, string? country, bool applies)
    {
        var evidence = new CaseEvidence
        {
            Registration = Registered(Registered2025) with { RegistrantCountry = country },
            Reviewer = new ReviewerFacts
            {
                RegistrantHoldsTrademark = true,
                RegistrantTrademarkDate = markDate is null ? null : DateOnly.Parse(markDate, System.Globalization.CultureInfo.InvariantCulture),
                DisputeNoticeOn = notice is null ? null : DateOnly.Parse(notice, System.Globalization.CultureInfo.InvariantCulture),
                RegistrantTrademarkJurisdiction = place,
            },
        };

        var verdict = Score(Typo(evidence));

        var x1 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X1);
        Assert.Equal(applies, x1.Applies);
        Assert.Equal(applies ? RecommendedAction.NegotiateOrCourt : verdict.Action, verdict.Action);
        if (!applies)
        {
            Assert.Contains("2.12.2", x1.Reason, StringComparison.Ordinal);
            Assert.NotEqual(RecommendedAction.NegotiateOrCourt, verdict.Action);
        }
    }

    [Fact]
    public void X1_AMarkHeldWhenTheNameWasRegisteredAndLapsedSince_StillRoutesAwayFromTheUdrp()
    {
        // diamondbrite.com: 3M registered the name while it held DIAMOND BRITE for display panels, since lapsed.
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantHoldsTrademark = true, RegistrantTrademarkLapsed = true } };

        var verdict = Score(Typo(evidence));

        var x1 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X1);
        Assert.True(x1.Applies);
        Assert.Contains("since lapsed", x1.Reason, StringComparison.Ordinal);
        Assert.Contains("4(a)(iii)", x1.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Contains("since lapsed", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true, false)]           // undated, held by a registrant of others' marks: a shield (frankfurt.eu)
    [InlineData("2024-06-01", true, false)]   // younger than the complainant's 2024-03-01 mark: a shield
    [InlineData("2023-06-01", true, true)]    // older than the complainant's mark: a right of its own
    [InlineData(null, false, true)]           // no pattern on record: both hold rights
    public void X1_AMarkHeldByARegistrantOfOthersMarks_IsAShieldNotARight(string? markDate, bool registersOthers, bool applies)
    {
        var evidence = new CaseEvidence
        {
            Reviewer = new ReviewerFacts
            {
                RegistrantHoldsTrademark = true,
                RegistersOthersMarks = registersOthers,
                RegistrantTrademarkDate = markDate is null ? null : DateOnly.Parse(markDate, System.Globalization.CultureInfo.InvariantCulture),
            },
        };

        var x1 = Assert.Single(Score(Typo(evidence)).GatesAndDefences, c => c.Criterion == Criteria.X1);

        Assert.Equal(applies, x1.Applies);
        if (!applies)
        {
            Assert.Contains("holds names made of others' marks", x1.Reason, StringComparison.Ordinal);
            Assert.Contains("2.12.2", x1.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2024-06-01", true, false)]   // younger than the complainant's 2024-03-01 mark, sought knowing it: no right
    [InlineData("2024-06-01", false, true)]   // younger, but no knowledge on record: both hold rights
    [InlineData("2023-06-01", true, true)]    // older than the complainant's mark: a right of its own
    public void X1_AMarkSoughtByOneWhoKnewTheComplainantsEarlierMark_ConfersNoRight(string markDate, bool knew, bool applies)
    {
        // The acquisition date is unknown, as in opentime.com: only the order of the two marks and the knowledge speak.
        var evidence = new CaseEvidence
        {
            Reviewer = new ReviewerFacts
            {
                RegistrantHoldsTrademark = true,
                RegistrantKnewMark = knew,
                RegistrantTrademarkDate = DateOnly.Parse(markDate, System.Globalization.CultureInfo.InvariantCulture),
            },
        };

        var x1 = Assert.Single(Score(Typo(evidence)).GatesAndDefences, c => c.Criterion == Criteria.X1);

        Assert.Equal(applies, x1.Applies);
        if (!applies)
        {
            Assert.Contains("by a registrant that knew the complainant's mark", x1.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2025-06-01", "2025-05-01", true)]   // sought once on notice: a shield, and knowledge
    [InlineData("2025-04-01", "2025-05-01", false)]  // held before the notice
    public void F3_AnOwnMarkSoughtAfterNotice_ShowsKnowledge(string markDate, string notice, bool fires)
    {
        var reviewer = new ReviewerFacts
        {
            RegistrantHoldsTrademark = true,
            RegistrantTrademarkDate = DateOnly.Parse(markDate, System.Globalization.CultureInfo.InvariantCulture),
            DisputeNoticeOn = DateOnly.Parse(notice, System.Globalization.CultureInfo.InvariantCulture),
        };

        var verdict = Score(Typo(new CaseEvidence { Registration = Registered(Registered2025), Reviewer = reviewer }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F3));
        if (fires)
        {
            Assert.Contains("2.12.2", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F3).Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true, false, true)]    // a coined mark's name offered to anyone, the registrant silent
    [InlineData(false, false, false)]  // a registrant who answered may show the name's own value
    [InlineData(true, true, false)]    // an ordinary word's name has a value of its own
    public void F5_AGeneralOfferByASilentRegistrant_CountsForANamePointingAtTheMark(bool silent, bool ordinaryWord, bool fires)
    {
        var mark = ordinaryWord ? Coined() with { Id = "apple", Name = "APPLE", Labels = ["apple"], GenericWord = true } : Coined();
        var domain = ordinaryWord ? "apple.net" : "quorvexa.net";
        var match = Match(domain, MatchKind.TldSwap, 1) with { Mark = mark.Id, LabelForm = mark.Labels[0] };
        var evidence = new CaseEvidence
        {
            Dns = Dns(true),
            Pages = [Page(Finding(Criteria.U6))],
            Reviewer = new ReviewerFacts { NoGoodFaithUseShown = silent ? true : null },
        };

        var verdict = Score(Input(domain, mark, [match], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F5));
        if (fires)
        {
            Assert.Contains("4.3", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F5).Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    // ---- X2: a bearer of the same name, and the civil-law exception for a name of overwhelming renown. ----

    [Theory]
    [InlineData("quorvexa.de", true, "DE", null, false, "I ZR 138/99")]   // shell.de: the well-known name prevails over the other bearer
    [InlineData("quorvexa.de", false, "DE", null, true, "")]             // boos.de: between ordinary bearers, priority decides
    [InlineData("quorvexa.com", true, "DE", null, true, "")]             // the UDRP keeps 4(c)(ii) whatever the mark's renown
    [InlineData("quorvexa.de", true, "US", null, true, "")]              // a renown not shown in Germany
    [InlineData("quorvexa.fr", true, "FR", null, false, "milka.fr")]     // French law (TGI Nanterre 2005)
    [InlineData("quorvexa.it", true, "", null, false, "armani.it")]      // Italian law; places not on record: the renown is the court's
    [InlineData("quorvexa.com", true, "CH", "CH", false, "maggi.com")]   // a .com name of a Swiss bearer before the Swiss courts
    [InlineData("quorvexa.com", true, "CH", "US", true, "")]             // a bearer elsewhere keeps the UDRP's reading
    public void X2_ABearerOfTheSameName_GivesWayOnlyToAWellKnownNameWhereTheLawSaysSo(string domain, bool wellKnown, string place, string? country, bool applies, string authority)
    {
        var mark = Coined(wellKnown) with { Jurisdictions = place.Length == 0 ? [] : [place] };
        var evidence = new CaseEvidence
        {
            Registration = country is null ? null : new RegistrationEvidence { Domain = domain, Source = "rdap", RegistrantCountry = country },
            Reviewer = new ReviewerFacts { RegistrantCommonlyKnownByName = true },
        };

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.TldSwap, 1)], evidence));

        var x2 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X2);
        Assert.Equal(applies, x2.Applies);
        if (!applies)
        {
            Assert.Contains(authority, x2.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void X3_ABusinessUnderTheBearersOwnName_GivesWayAsTheBearerDoes()
    {
        // armani.it: Luca Armani's rubber-stamp business under his own name against the well-known ARMANI.
        var reviewer = new ReviewerFacts { RegistrantCommonlyKnownByName = true, PriorBonaFideBusiness = true };

        var verdict = Score(Input("quorvexa.it", Coined(wellKnown: true), [Match("quorvexa.it", MatchKind.TldSwap, 1)], new CaseEvidence { Reviewer = reviewer }));

        var x3 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X3);
        Assert.False(x3.Applies);
        Assert.Contains("armani.it", x3.Reason, StringComparison.Ordinal);
    }

    // ---- X6: the ordinary-word defence needs the word itself, used as a word, without bad conduct (2.10.1). ----

    [Fact]
    public void X6_IdenticalOrdinaryWordUsedAsAWord_Applies()
    {
        var verdict = Score(Input("quorvexa.net", Coined() with { GenericWord = true }, [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Pages = [Page()] }));

        Assert.Contains(Criteria.X6, Fired(verdict));
        Assert.Equal(RecommendedAction.NoAction, verdict.Action);
    }

    [Theory]
    [InlineData("typo")]
    [InlineData("malware")]
    [InlineData("tarnish")]
    [InlineData("redirect-away")]
    [InlineData("ppc-unknown-links")]
    [InlineData("reviewer-says-no")]
    [InlineData("coming-soon")]
    [InlineData("own-name")]
    [InlineData("knowing-bulk-registrant")]
    public void X6_ConditionMissing_IsConsideredButDoesNotApply(string missing)
    {
        var mark = Coined() with { GenericWord = true };
        var identical = Match("quorvexa.net", MatchKind.TldSwap, 1);
        var input = missing switch
        {
            "typo" => Input("quorvexxa.net", mark, [Match("quorvexxa.net", MatchKind.Repetition)], new CaseEvidence { Pages = [Page()] }),
            "malware" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page(Finding(Criteria.U8))] }),
            "tarnish" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page(Finding(Criteria.D3))] }),
            "redirect-away" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page() with { FinalUrl = "https://casino.example/" }] }),
            "ppc-unknown-links" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page(Finding(Criteria.U3) with { Mark = null })] }),
            "coming-soon" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page(Finding(Criteria.U7) with { Mark = null })] }),
            "own-name" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page()], Reviewer = new ReviewerFacts { RegistrantCommonlyKnownByName = true } }),
            // twitter.co.kr: a travel page put up by a registrant who knew the mark and registers others' marks in bulk (F4).
            "knowing-bulk-registrant" => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page()], Reviewer = new ReviewerFacts { RegistrantKnewMark = true, RegistersOthersMarks = true } }),
            _ => Input("quorvexa.net", mark, [identical], new CaseEvidence { Pages = [Page()], Reviewer = new ReviewerFacts { OrdinaryMeaningUse = false } }),
        };

        var verdict = Score(input);

        Assert.DoesNotContain(Criteria.X6, Fired(verdict));
        var x6 = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X6);
        Assert.Contains("2.10.1", x6.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void X6_ABulkRegistrantWhoKnewTheMark_KeepsTheDefenceWhenAReviewerFindsTheUseOrdinary()
    {
        var reviewer = new ReviewerFacts { RegistrantKnewMark = true, RegistersOthersMarks = true, OrdinaryMeaningUse = true };

        var verdict = Score(Input("quorvexa.net", Coined() with { GenericWord = true }, [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Pages = [Page()], Reviewer = reviewer }));

        Assert.Contains(Criteria.F4, Fired(verdict));
        Assert.Contains(Criteria.X6, Fired(verdict));
    }

    [Theory]
    [InlineData(true, null, true)]    // puma.ae: a famous word's name offered for sale, no use of the word
    [InlineData(false, null, false)]  // a word not shown to be famous keeps its readings on a sale page
    [InlineData(true, true, false)]   // a reviewer's finding that the word is used as a word decides
    public void F1_AFamousWordsNameOfferedForSaleWithoutUse_RaisesThePresumption(bool wellKnown, bool? ordinaryUse, bool presumed)
    {
        var mark = Coined(wellKnown) with { GenericWord = true };
        var forSale = Page(Finding(Criteria.U6) with { Mark = null });

        var verdict = Score(Input("quorvexa.net", mark, [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Pages = [forSale], Reviewer = new ReviewerFacts { OrdinaryMeaningUse = ordinaryUse } }));

        Assert.Equal(presumed, Fired(verdict).Contains(Criteria.F1));
        Assert.Equal(presumed, !Fired(verdict).Contains(Criteria.X6));
        if (presumed)
        {
            Assert.Contains("offers the name for sale", Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X6).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void X6_TypoOfAFamousBrandListedInTheWordList_IsNeverAnOrdinaryWord()
    {
        // "google" is a lower-case entry of the English word list, but the lexicon knows it as a brand name.
        var google = new Mark { Id = "google", Name = "Google", Labels = ["google"], WellKnown = true, RegisteredOn = new DateOnly(1998, 9, 15) };
        var typo = new DomainMatch { Domain = "gooogle.com", Unicode = "gooogle.com", Mark = "google", Kind = MatchKind.Repetition, LabelForm = "google", Similarity = 0.9, Explanation = "repeated o" };

        var verdict = Score(new ScoringInput
        {
            Mark = google,
            Subject = "gooogle.com",
            Matches = [typo],
            Evidence = new CaseEvidence { Pages = [Page(Finding(Criteria.U8) with { Mark = null })] },
        });

        Assert.DoesNotContain(Criteria.X6, Fired(verdict));
        Assert.Contains(Criteria.F2, Fired(verdict));
        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
    }

    // ---- 4.16: a complaint after the owner's own failed bid to buy, with nothing aimed at the mark, is a Plan B. ----

    [Theory]
    [InlineData(true, SaleInitiator.Complainant, RecommendedAction.DoNotFile)]
    [InlineData(true, SaleInitiator.Registrant, RecommendedAction.Monitor)]   // the registrant raised the sale: no Plan B
    [InlineData(true, null, RecommendedAction.Monitor)]                       // who raised it unknown
    [InlineData(false, SaleInitiator.Complainant, RecommendedAction.Monitor)] // a coined mark's identical name is aimed at it (F2): no Plan B
    public void Action_AComplaintAfterTheOwnersOwnBid_IsAPlanB_UnlessTheNameTargetsTheMark(bool ordinaryWordMark, SaleInitiator? initiator, RecommendedAction action)
    {
        var mark = Coined() with { GenericWord = ordinaryWordMark };
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { SaleInitiatedBy = initiator, Note = "the owner asked to buy; the holder declined" } };

        var verdict = Score(Input("quorvexa.net", mark, [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        Assert.Equal(action, verdict.Action);
        if (action == RecommendedAction.DoNotFile)
        {
            Assert.Contains("4.16", verdict.ActionReason, StringComparison.Ordinal);
            Assert.Equal(DisputePath.None, verdict.DisputePath); // the name does not predate the mark: no dispute to pursue
        }
    }

    // ---- F5 and U6: an asking price is bad faith when the registrant targeted the mark or raised the sale (3.1.1). ----

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, SaleInitiator.Registrant, true)]
    [InlineData(false, SaleInitiator.Complainant, true)]
    [InlineData(true, null, false)]
    [InlineData(true, SaleInitiator.Complainant, false)]
    [InlineData(false, SaleInitiator.UndisclosedBuyer, false)]
    public void F5_AskingPrice_CountsOnlyWhenTheNameTargetsTheMarkOrTheRegistrantOffered(bool ordinaryWordMark, SaleInitiator? initiator, bool fires)
    {
        var mark = Coined() with { GenericWord = ordinaryWordMark };
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { AskingPrice = 25000, SaleInitiatedBy = initiator } };

        var verdict = Score(Input("quorvexa.net", mark, [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F5));
        Assert.Contains(Criteria.U6, Fired(verdict));
    }

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, true, false)]
    [InlineData(true, null, false)]
    public void F5_RegistrantOfferedTheNameWithoutARecordedPrice_IsAnOfferToSell(bool ordinaryWordMark, bool? atCost, bool fires)
    {
        var mark = Coined() with { GenericWord = ordinaryWordMark };
        var facts = new ReviewerFacts { SaleInitiatedBy = SaleInitiator.Registrant, OfferToSellAtCost = atCost, Note = "asked the owner for payment" };

        var verdict = Score(Input("quorvexa.net", mark, [Match("quorvexa.net", MatchKind.TldSwap, 1)], new CaseEvidence { Reviewer = facts }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F5));
        Assert.Equal(atCost != true, Fired(verdict).Contains(Criteria.U6));
        if (fires)
        {
            var f5 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F5);
            Assert.Contains("not on record", f5.Reason, StringComparison.Ordinal);
            Assert.Equal("asked the owner for payment", f5.Evidence);
        }
    }

    [Fact]
    public void U6_PriceNamedInReplyToTheOwner_WeighsLessThanAnUnpromptedOffer()
    {
        Verdict WithInitiator(SaleInitiator who) =>
            Score(Typo(new CaseEvidence { Reviewer = new ReviewerFacts { AskingPrice = 400, SaleInitiatedBy = who } }));

        var asked = All(WithInitiator(SaleInitiator.Complainant)).Single(c => c.Criterion == Criteria.U6);
        var offered = All(WithInitiator(SaleInitiator.Registrant)).Single(c => c.Criterion == Criteria.U6);

        Assert.True(asked.Points < offered.Points, $"{asked.Points} should be below {offered.Points}");
    }

    [Fact]
    public void U6_AuctionListing_IsAnOfferToSell()
    {
        var verdict = Score(Typo(new CaseEvidence { Reviewer = new ReviewerFacts { AuctionListing = true } }));

        Assert.Contains(Criteria.U6, Fired(verdict));
    }

    [Theory]
    [InlineData(null, null, false)]                          // a listing's price, no one recorded as raising a sale: a general offer
    [InlineData(true, null, true)]                           // ... by a registrant who, given the chance, showed no good-faith use
    [InlineData(null, SaleInitiator.Registrant, true)]       // the registrant itself offered the name to the owner
    public void F5_AMarketplaceListingsPrice_IsAGeneralOffer(bool? noGoodFaithUse, SaleInitiator? initiator, bool fires)
    {
        var facts = new ReviewerFacts { AuctionListing = true, AskingPrice = 25000, SaleInitiatedBy = initiator, NoGoodFaithUseShown = noGoodFaithUse };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], new CaseEvidence { Reviewer = facts }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F5));
        Assert.Contains(Criteria.U6, Fired(verdict));
    }

    [Fact]
    public void U6_AListingsPrice_WeighsAsTheListing_NotAsAnOfferToTheOwner()
    {
        ReviewerFacts Listed(SaleInitiator? initiator) => new() { AuctionListing = true, AskingPrice = 25000, SaleInitiatedBy = initiator };
        Contribution U6(ReviewerFacts facts) => All(Score(Typo(new CaseEvidence { Reviewer = facts }))).Single(c => c.Criterion == Criteria.U6);

        var listing = U6(new ReviewerFacts { AuctionListing = true });
        var listedWithPrice = U6(Listed(null));
        var offered = U6(Listed(SaleInitiator.Registrant));

        Assert.Equal(listing.Points, listedWithPrice.Points);
        Assert.Equal("listed at 25000", listedWithPrice.Evidence);
        Assert.Contains("3.1.1", listedWithPrice.Reason, StringComparison.Ordinal);
        Assert.True(listedWithPrice.Points < offered.Points, $"{listedWithPrice.Points} should be below {offered.Points}");
    }

    // ---- F2: the owner's own second mark is not another party's mark. ----

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void F2_TwoMarksInOneName_CountsOnlyAnotherPartysMark(bool sameOwner, bool fires)
    {
        var mark = Coined() with { GenericWord = true };
        var input = Input("quorvexa-lumio.com", mark, [Match("quorvexa-lumio.com", MatchKind.Combosquat, 0.85, "lumio")]) with
        {
            Portfolio = new PortfolioContext { OtherMarksMatched = ["lumio"], OwnerMarks = sameOwner ? ["quorvexa", "lumio"] : ["quorvexa"] },
        };

        var verdict = Score(input);

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F2));
    }

    // ---- The court route follows the court fit: out of reach of the owner's courts, the UDRP works. ----

    [Theory]
    [InlineData("DE", RecommendedAction.Court)]
    [InlineData("AT", RecommendedAction.Court)]
    [InlineData(null, RecommendedAction.Court)]
    [InlineData("PA", RecommendedAction.UdrpTransfer)]
    public void RepeatOffender_GoesToCourtOnlyWithinReachOfTheOwnersCourts(string? registrantCountry, RecommendedAction expected)
    {
        var evidence = new CaseEvidence
        {
            Dns = Dns(true),
            Registration = Registered(Registered2025) with { RegistrantCountry = registrantCountry },
            Pages = [Page(Finding(Criteria.U3))],
            RegistrantOtherFlaggedDomains = ["paypa1.com", "netfllx.com", "micros0ft.com", "heinekne.com", "zalandoo.com", "tescco.com"],
        };

        var verdict = Score(Input("quorvexxa.com", Coined(wellKnown: true), [Match("quorvexxa.com", MatchKind.Repetition)], evidence));

        Assert.Equal(expected, verdict.Action);
        Assert.Contains(Criteria.F4, Fired(verdict));
    }

    // ---- U8: malware under a look-alike name is an abuse takedown. ----

    [Theory]
    [InlineData(true, RecommendedAction.AbuseTakedown)]
    [InlineData(false, RecommendedAction.NoAction)]
    public void U8_MaliciousDownloads_TakeDownOnlyALookAlike(bool lookAlike, RecommendedAction expected)
    {
        var evidence = new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.U8))] };
        var input = lookAlike
            ? Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence)
            : Input("unrelated-downloads.example", evidence: evidence);

        var verdict = Score(input);

        Assert.Equal(expected, verdict.Action);
        Assert.Equal(lookAlike ? 1 : 0, verdict.Fits.Takedown);
    }

    // ---- A4: the mark recognisable whole in the name is confusingly similar, however long the added words (1.7, 1.8). ----

    [Theory]
    [InlineData("quorvexa-authenticator.com", false, false, true)]
    [InlineData("quorvexaauthenticatorapp.com", false, false, true)]
    [InlineData("quorvexxa-authenticator.com", false, false, false)]
    [InlineData("quorvexa-authenticator.com", true, false, false)]
    [InlineData("quorvexa-authenticator.com", false, true, false)]
    public void A4_MarkWholeBesideLongWords_IsConfusinglySimilarBelowTheSimilarityFloor(string domain, bool insideWord, bool genericWord, bool fires)
    {
        var match = Match(domain, MatchKind.Combosquat, 0.7, "authenticator") with { InsideDictionaryWord = insideWord };
        var mark = Coined() with { GenericWord = genericWord };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.A4));
    }

    // ---- U9: the owner's branding on a page under a look-alike name is passing off (4(b)(iv), 2.13.1). ----

    [Theory]
    [InlineData("look-alike", true)]
    [InlineData("unrelated-name", false)]
    [InlineData("phishing-form", false)]
    [InlineData("reseller", false)]
    [InlineData("no-branding", false)]
    public void U9_OwnersBrandingUnderALookAlikeName_IsPassingOff(string situation, bool fires)
    {
        var look = Match("quorvexa-authenticator.com", MatchKind.Combosquat, 0.8, "authenticator");
        var input = situation switch
        {
            "look-alike" => Input("quorvexa-authenticator.com", matches: [look], evidence: Live(Finding(Criteria.A12))),
            "unrelated-name" => Input("northwind-apps.example", evidence: Live(Finding(Criteria.A12))),
            "phishing-form" => Input("quorvexa-authenticator.com", matches: [look], evidence: Live(Finding(Criteria.A12), Finding(Criteria.U1))),
            "reseller" => Input("quorvexa-authenticator.com", matches: [look], evidence: Live(Finding(Criteria.A12), Finding(Criteria.X4))),
            _ => Input("quorvexa-authenticator.com", matches: [look], evidence: Live(Finding(Criteria.A10))),
        };

        var verdict = Score(input);

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U9));
        if (fires)
        {
            var u9 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U9);
            Assert.Contains("4(b)(iv)", u9.Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    private static CaseEvidence Live(params PageFinding[] findings) => new() { Dns = Dns(true), Pages = [Page(findings)] };

    // ---- Outcome: without bad faith a complaint is at best possible. ----

    [Fact]
    public void Outcome_IdenticalNameWithoutBadFaith_IsAtMostPossible()
    {
        var verdict = Score(Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence: new CaseEvidence { Dns = Dns(true) }));

        Assert.True(verdict.Fault.Score < 0.5);
        Assert.NotEqual(Outcome.Likely, verdict.Outcome);
    }

    // ---- F2 and U3: the string and the links show targeting only when nothing gives the name another meaning (3.2.2, 2.9, 3.8.1). ----

    [Theory]
    [InlineData("Cedar Fence Panels; Garden Sheds", false, "cedarex", false)]
    [InlineData("Veterinary Supplies; Cattle Medicine", false, "cedarex", true)]
    [InlineData("Cedar Fence Panels; Garden Sheds", true, "cedarex", true)]
    [InlineData("Cedar Fence Panels; Garden Sheds", false, "quorvexa", true)]
    public void F2_WordWithSuffix_NeedsLinksOnTheTradeOrFame(string links, bool wellKnown, string label, bool targeted)
    {
        var mark = Coined(wellKnown, new DateOnly(1995, 1, 1)) with { Id = label, Name = label.ToUpperInvariant(), Labels = [label], Keywords = ["veterinary", "livestock"] };
        var ppc = Finding(Criteria.U3, ("links", links)) with { Mark = null };
        var match = Match(label + ".com", MatchKind.Identical, 1) with { Mark = label, LabelForm = label };

        var verdict = Score(Input(label + ".com", mark, [match], new CaseEvidence { Pages = [Page(ppc)] }));

        Assert.Equal(targeted, Fired(verdict).Contains(Criteria.F2));
        Assert.Equal(targeted, Fired(verdict).Contains(Criteria.U3));
        if (!targeted)
        {
            var f2 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2);
            Assert.Contains("3.2.2", f2.Reason, StringComparison.Ordinal);
            Assert.Contains("cedar", f2.Reason, StringComparison.Ordinal);
            Assert.NotEqual(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    [Theory]
    [InlineData("Satellite Orbit; Space Travel", false)]        // the word's own meaning: permitted (2.9)
    [InlineData("Cheap Flights; Online Dating", true)]          // no meaning of the name: the traffic is the mark's
    public void U3_LinksUnderAnOrdinaryWord_ArePermittedOnlyWhenTheyFollowTheWord(string links, bool counts)
    {
        var mark = Coined(registeredOn: new DateOnly(1995, 1, 1)) with { Id = "orbit", Name = "ORBIT", Labels = ["orbit"], GenericWord = true, Keywords = ["chewing gum"] };
        var ppc = Finding(Criteria.U3, ("links", links)) with { Mark = "orbit" };
        var match = Match("orbit.net", MatchKind.TldSwap, 1) with { Mark = "orbit", LabelForm = "orbit" };

        var verdict = Score(Input("orbit.net", mark, [match], new CaseEvidence { Dns = Dns(true), Pages = [Page(ppc)] }));

        Assert.Equal(counts, Fired(verdict).Contains(Criteria.U3));
        if (!counts)
        {
            Assert.Contains("the ordinary word 'orbit'", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U3).Reason, StringComparison.Ordinal);
        }
    }

    // ---- F3: a parked page whose links name the mark's goods trades on the mark, whatever the word means (3.5, 2.9). ----

    [Theory]
    [InlineData("Ovalo Hair Treatment; Hair Care Products; Shampoo and Conditioner; Salon Chairs", null, true)]  // two of four
    [InlineData("Hair Care Products; Garden Sheds; Cedar Fence Panels; Used Cars", null, false)]                   // one of four
    [InlineData("Garden Sheds; Cedar Fence Panels", null, false)]                                                   // another meaning
    [InlineData("Ovalo Hair Treatment; Hair Care Products", "2001-05-01", false)]                                  // taken before the mark
    public void F3_LinksOnTheMarksGoods_ShowTheParkedPageTradesOnTheMark(string links, string? registered, bool fires)
    {
        var mark = Coined(registeredOn: new DateOnly(2007, 1, 1)) with
        {
            Id = "ovalo", Name = "OVALO", Labels = ["ovalo"], GenericWord = true, Keywords = ["hair care products", "hair care"],
        };
        var ppc = Finding(Criteria.U3, ("links", links)) with { Mark = null };
        var match = Match("ovalo.com", MatchKind.Identical, 1) with { Mark = "ovalo", LabelForm = "ovalo" };
        var evidence = new CaseEvidence
        {
            Pages = [Page(ppc)],
            Registration = registered is null ? null : Registered(DateTimeOffset.Parse(registered + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)),
        };

        var verdict = Score(Input("ovalo.com", mark, [match], evidence));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F3));
        if (fires)
        {
            var f3 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F3);
            Assert.Contains("2 of the parked page's 4 links", f3.Reason, StringComparison.Ordinal);
            Assert.Contains("3.5", f3.Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    // ---- F3: a site turned away from the mark once on notice admits its earlier aim (3.2.1). ----

    [Theory]
    [InlineData(false, true, true)]   // a coined mark's name: the change admits the aim
    [InlineData(false, false, false)] // no change recorded
    [InlineData(true, true, false)]   // an ordinary word's page may change to comply
    public void F3_ContentChangedAfterNotice_CountsForANamePointingAtTheMark(bool ordinaryWord, bool changed, bool fires)
    {
        var mark = ordinaryWord ? Coined() with { Id = "apple", Name = "APPLE", Labels = ["apple"], GenericWord = true } : Coined();
        var domain = ordinaryWord ? "apple.net" : "quorvexa.net";
        var match = Match(domain, MatchKind.TldSwap, 1) with { Mark = mark.Id, LabelForm = mark.Labels[0] };
        var reviewer = new ReviewerFacts { ContentChangedAfterNotice = changed ? true : null };

        var verdict = Score(Input(domain, mark, [match], new CaseEvidence { Dns = Dns(true), Reviewer = reviewer }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F3));
        if (fires)
        {
            Assert.Contains("3.2.1", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F3).Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    // ---- F1 and the suffix: a top-level domain that names the mark's goods points at the owner (1.11.2). ----

    [Theory]
    [InlineData("canyon.bike", true)]
    [InlineData("canyon.bikes", true)]
    [InlineData("canyon.xyz", false)]
    [InlineData("canyon.travel", false)]
    public void F1_WellKnownWordMark_UnderASuffixNamingItsGoods_LeavesNoInnocentReading(string domain, bool fires)
    {
        var mark = Coined(wellKnown: true, new DateOnly(1998, 1, 2)) with
        {
            Id = "canyon", Name = "CANYON", Labels = ["canyon"], GenericWord = true, Keywords = ["bicycles", "bikes"], OfficialDomains = ["canyon.com"],
        };
        var match = Match(domain, MatchKind.TldSwap, 1) with { Mark = "canyon", LabelForm = "canyon" };

        var verdict = Score(Input(domain, mark, [match], new CaseEvidence()));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F1));
        if (fires)
        {
            var f1 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F1);
            Assert.Contains("1.11.2", f1.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F2_LinksOnAnotherMeaning_DoNotExcuseASuffixNamingTheGoods()
    {
        var mark = Coined(registeredOn: new DateOnly(1995, 1, 1)) with { Id = "cedarex", Name = "CEDAREX", Labels = ["cedarex"], Keywords = ["veterinary", "livestock"] };
        var ppc = Finding(Criteria.U3, ("links", "Cedar Fence Panels; Garden Sheds")) with { Mark = null };
        Verdict Under(string domain) => Score(Input(domain, mark, [Match(domain, MatchKind.TldSwap, 1) with { Mark = "cedarex", LabelForm = "cedarex" }],
            new CaseEvidence { Pages = [Page(ppc)] }));

        Assert.DoesNotContain(Criteria.F2, Fired(Under("cedarex.com")));
        Assert.Contains(Criteria.F2, Fired(Under("cedarex.livestock")));
    }

    [Theory]
    [InlineData("lego", "legorumors.com", "rumors", true)]       // a brand name, though its letters spell le + go
    [InlineData("pizzahut", "pizzahut-menu.com", "menu", false)] // a phrase of words another trader may combine
    [InlineData("verizonwireless", "myverizonwireless.com", "my", true)] // a name (verizon) beside a word is no phrase
    [InlineData("chicagotribune", "chicagotribune-news.com", "news", false)] // a place beside a word is a phrase
    public void F2_ABrandNameCombinedWithWords_IsNoPhrase(string label, string domain, string added, bool fires)
    {
        var mark = Coined(registeredOn: new DateOnly(1995, 1, 1)) with { Id = label, Name = label.ToUpperInvariant(), Labels = [label] };
        var match = Match(domain, MatchKind.Combosquat, 0.8, added) with { Mark = label, LabelForm = label };

        var verdict = Score(Input(domain, mark, [match], new CaseEvidence()));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F2));
    }

    // ---- U11: a page about the mark that earns from advertising, under a name that imitates it (4(b)(iv), 2.7.2). ----

    [Theory]
    [InlineData("quorvexa-rumours.com", false, true)]
    [InlineData("quorvexa-rumours.com", true, false)] // an ordinary word's page may be about the word
    [InlineData("fan-news.example", false, false)]    // a page about the mark under its own, unrelated name
    public void U11_AdvertisingOnAPageAboutTheMark_CountsOnlyUnderAnImitatingName(string domain, bool ordinaryWord, bool fires)
    {
        var mark = Coined() with { GenericWord = ordinaryWord };
        var ads = Finding(Criteria.U11, ("ads", "3")) with { Reason = "The page is about Quorvexa and carries 3 advertisement(s)." };
        var matches = domain.StartsWith("quorvexa", StringComparison.Ordinal) ? [Match(domain, MatchKind.Combosquat, 0.8, "rumours")] : Array.Empty<DomainMatch>();

        var verdict = Score(Input(domain, mark, matches, new CaseEvidence { Dns = Dns(true), Pages = [Page(ads)] }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U11));
        if (fires)
        {
            Assert.Contains("2.7.2", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U11).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void F2_WordWithSuffix_WithoutKnownTrade_KeepsTheInference()
    {
        // Unknown goods leave the links unjudged: unknown evidence is not innocence.
        var mark = Coined(registeredOn: new DateOnly(1995, 1, 1)) with { Id = "cedarex", Labels = ["cedarex"] };
        var ppc = Finding(Criteria.U3, ("links", "Cedar Fence Panels")) with { Mark = null };
        var match = Match("cedarex.com", MatchKind.Identical, 1) with { Mark = "cedarex", LabelForm = "cedarex" };

        var verdict = Score(Input("cedarex.com", mark, [match], new CaseEvidence { Pages = [Page(ppc)] }));

        Assert.Contains(Criteria.F2, Fired(verdict));
    }

    [Theory]
    [InlineData(2023, false)]
    [InlineData(2025, true)]
    public void F2_NameTakenBeforeTheMark_CannotShowTargeting(int registeredYear, bool targeted)
    {
        var evidence = new CaseEvidence { Registration = Registered(new DateTimeOffset(registeredYear, 1, 10, 0, 0, 0, TimeSpan.Zero)) };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        Assert.Equal(targeted, Fired(verdict).Contains(Criteria.F2));
        if (!targeted)
        {
            Assert.Contains("3.8.1", Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F2).Reason, StringComparison.Ordinal);
        }
    }

    // ---- F1: the presumption of 3.1.4 covers a name identical to a widely-known mark that is no ordinary word. ----

    [Theory]
    [InlineData("quorvexa.net", true, false, true)]
    [InlineData("quorvexa.net", false, false, false)]
    [InlineData("quorvexa.net", true, true, false)]
    [InlineData("quorvexa.com", true, false, false)]
    public void F1_IdenticalNameOfAWellKnownMark_FiresOnlyForAnUnaffiliatedNameOfAMarkThatIsNoWord(string domain, bool wellKnown, bool genericWord, bool fires)
    {
        var mark = Coined(wellKnown) with { GenericWord = genericWord };

        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.TldSwap, 1)], new CaseEvidence { Registration = Registered(Registered2025) }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.F1));
        if (fires)
        {
            Assert.Contains("3.1.4", verdict.Fault.Criteria.Single(c => c.Criterion == Criteria.F1).Reason, StringComparison.Ordinal);
            Assert.Equal(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    // ---- U7: passive holding weighs the Telstra factors, including no response or evidence of good-faith use (3.3). ----

    [Theory]
    [InlineData(true, false, true, "no response or evidence of good-faith use")]
    [InlineData(false, true, true, "no response or evidence of good-faith use")]
    [InlineData(false, false, false, null)]
    public void U7_NoResponseBesideAnIdenticalName_IsASecondTelstraFactor(bool noGoodFaithUseShown, bool ceaseAndDesistIgnored, bool scores, string? factor)
    {
        var reviewer = new ReviewerFacts
        {
            NoGoodFaithUseShown = noGoodFaithUseShown ? true : null,
            CeaseAndDesistIgnored = ceaseAndDesistIgnored ? true : null,
        };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(false), Registration = Registered(Registered2025), Reviewer = reviewer }));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.Equal(scores, u7.Points > 0);
        if (factor is not null)
        {
            Assert.Contains(factor, u7.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(false, true)]   // a coined mark's own name: nobody else would use it
    [InlineData(true, false)]   // an ordinary word keeps the word's own uses (2.10)
    public void U7_TheMarksOwnName_HasNoPlausibleGoodFaithUse_UnlessItIsAnOrdinaryWord(bool ordinaryWord, bool factor)
    {
        var mark = ordinaryWord ? Coined() with { Id = "orbit", Name = "ORBIT", Labels = ["orbit"], GenericWord = true } : Coined();
        var domain = ordinaryWord ? "orbit.net" : "quorvexa.net";
        var verdict = Score(Input(domain, mark, [Match(domain, MatchKind.TldSwap, 1) with { Mark = mark.Id, LabelForm = mark.Labels[0] }],
            new CaseEvidence { Dns = Dns(false), Registration = Registered(Registered2025), Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true } }));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.Equal(factor, u7.Reason.Contains("no plausible good-faith use", StringComparison.Ordinal));
        Assert.Equal(factor, u7.Points > 0);
    }

    [Theory]
    [InlineData(true, true)]    // a "coming soon" page shows nothing of its own: non-use, weighed like no page at all
    [InlineData(false, false)]  // a live page with content of its own is use, good or bad, for other criteria to weigh
    public void U7_APlaceholderPage_IsPassiveHolding(bool placeholder, bool fires)
    {
        var finding = new PageFinding
        {
            Criterion = Criteria.U7, Evidence = "<h1>Coming soon</h1>", Reason = "The page is a placeholder ('coming soon', 2 words)",
            Facts = new Dictionary<string, string> { ["placeholder"] = "coming soon" },
        };
        var evidence = (placeholder ? Live(finding) : Live()) with { Registration = Registered(Registered2025), Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true } };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        var u7 = verdict.Fault.Criteria.SingleOrDefault(c => c.Criterion == Criteria.U7);
        Assert.Equal(fires, u7 is { Points: > 0 });
        if (fires)
        {
            Assert.Equal("<h1>Coming soon</h1>", u7!.Evidence);
            Assert.Contains("no plausible good-faith use", u7.Reason, StringComparison.Ordinal);
        }
    }

    // ---- F2: a phrase of ordinary words the owner itself tried to buy shows no aim by its string (3.1.1, 2.10). ----

    [Theory]
    [InlineData("cedarlantern.com", MatchKind.TldSwap, SaleInitiator.Complainant, false, false)] // the owner approached the holder of two ordinary words
    [InlineData("cedarlantern.com", MatchKind.TldSwap, SaleInitiator.Registrant, false, true)]   // the holder raised the sale: the string counts
    [InlineData("cedarlantern.com", MatchKind.TldSwap, SaleInitiator.Complainant, true, true)]   // a well-known mark keeps the inference
    [InlineData("cedarlanturn.com", MatchKind.VowelSwap, SaleInitiator.Complainant, false, true)]     // a typo of the words points at the mark
    public void F2_APhraseOfOrdinaryWordsTheOwnerSoughtToBuy_ShowsNoAimByItsString(string domain, MatchKind kind, SaleInitiator initiator, bool wellKnown, bool fires)
    {
        var mark = Coined(wellKnown) with { Id = "cedarlantern", Name = "CEDARLANTERN", Labels = ["cedarlantern"], OfficialDomains = ["cedarlantern.de"] };
        var match = Match(domain, kind, kind == MatchKind.TldSwap ? 1 : 0.9) with { Mark = mark.Id, LabelForm = "cedarlantern" };
        var evidence = new CaseEvidence
        {
            Registration = Registered(Registered2025),
            Reviewer = new ReviewerFacts { SaleInitiatedBy = initiator, AskingPrice = 50000, SaleOfferedOn = new DateOnly(2025, 6, 1) },
        };

        var verdict = Score(Input(domain, mark, [match], evidence));

        var f2 = verdict.Fault.Criteria.SingleOrDefault(c => c.Criterion == Criteria.F2);
        Assert.Equal(fires, f2 is { Applies: true, Points: > 0 });
        if (!fires && !wellKnown)
        {
            Assert.NotNull(f2);
            Assert.Contains("'cedar' + 'lantern'", f2.Reason, StringComparison.Ordinal);
            Assert.Contains("3.1.1", f2.Reason, StringComparison.Ordinal);
            Assert.NotEqual(RecommendedAction.UdrpTransfer, verdict.Action);
        }
    }

    [Fact]
    public void U7_NoResponseAlone_IsNotBadFaith()
    {
        // A combination with an ordinary word: no implausibility, no reputation, no concealment; default alone counts for nothing (4.3).
        var verdict = Score(Input("quorvexa-blog.com", Coined(), [Match("quorvexa-blog.com", MatchKind.Combosquat, 0.8, "blog")],
            new CaseEvidence { Dns = Dns(false), Registration = Registered(Registered2025), Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true } }));

        Assert.Equal(0, verdict.Fault.Criteria.Single(c => c.Criterion == Criteria.U7).Points);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void U7_AWellKnownMarkJoinedToAWord_HasNoPlausibleGoodFaithUse(bool wellKnown, bool factor)
    {
        var verdict = Score(Input("quorvexa-bitcoin.com", Coined(wellKnown), [Match("quorvexa-bitcoin.com", MatchKind.Combosquat, 0.8, "bitcoin")],
            new CaseEvidence { Dns = Dns(false), Registration = Registered(Registered2025) }));

        var u7 = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.U7);
        Assert.Equal(factor, u7.Reason.Contains("no plausible good-faith use", StringComparison.Ordinal));
        Assert.Equal(factor, u7.Points > 0); // with the reputation, two factors
    }

    [Fact]
    public void Action_RegistrantsConsentToTransfer_IsATransferWhateverTheMerits()
    {
        var evidence = new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantConsentsToTransfer = true } };

        var consented = Score(Input("quorvexa-blog.com", Coined(), [Match("quorvexa-blog.com", MatchKind.Combosquat, 0.8, "blog")], evidence));
        var unrelated = Score(Input("unrelated-mailer.example", evidence: evidence));

        Assert.Equal(RecommendedAction.UdrpTransfer, consented.Action);
        Assert.Contains("4.10", consented.ActionReason, StringComparison.Ordinal);
        Assert.NotEqual(RecommendedAction.UdrpTransfer, unrelated.Action);
    }

    [Theory]
    [InlineData(true, RecommendedAction.UdrpTransfer)]
    [InlineData(false, RecommendedAction.DoNotFile)]
    public void Action_ConsentToTransferANameOlderThanTheMark_GoesBeforeTheNamesAge(bool consents, RecommendedAction expected)
    {
        // checkjet.com (Forum FA1316357): the name was a month older than the mark, and the panel transferred on consent (4.10).
        var evidence = new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2023, 1, 10, 0, 0, 0, TimeSpan.Zero)),
            Reviewer = new ReviewerFacts { RegistrantConsentsToTransfer = consents ? true : null },
        };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)], evidence));

        Assert.Contains(Criteria.G1, Fired(verdict));
        Assert.Equal(expected, verdict.Action);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void U7_NoUseOnRecord_IsPassiveHoldingOnlyWhenTheRegistrantShowedNone(bool noGoodFaithUseShown, bool fires)
    {
        // No page and no DNS either way: the record's silence counts as non-use only beside the registrant's own (4.3).
        var reviewer = new ReviewerFacts { NoGoodFaithUseShown = noGoodFaithUseShown ? true : null };
        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Registration = Registered(Registered2025), Reviewer = reviewer }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.U7));
        if (fires)
        {
            var u7 = verdict.Fault.Criteria.Single(c => c.Criterion == Criteria.U7);
            Assert.Equal("no use on record, none shown by the registrant", u7.Evidence);
            Assert.Contains("no plausible good-faith use", u7.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void U7_ALivePage_IsNoPassiveHoldingWhateverTheDefault()
    {
        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(true), Registration = Registered(Registered2025), Reviewer = new ReviewerFacts { NoGoodFaithUseShown = true } }));

        Assert.DoesNotContain(Criteria.U7, Fired(verdict));
    }

    // ---- A10: metadata that names the mark only as the page's own domain name is not use of the mark (3.2.1). ----

    [Theory]
    [InlineData("quorvexa.net", false)]
    [InlineData("quorvexa.net is for sale", false)]
    [InlineData("Buy quorvexa.net - make an offer", false)]
    [InlineData("quorvexa.net - Quorvexa official login", true)]
    [InlineData("Quorvexa sale", true)]
    public void A10_MetadataNamingOnlyItsOwnDomain_IsNotMetadataUse(string title, bool fires)
    {
        var finding = Finding(Criteria.A10) with { Evidence = $"<title>{title}</title>" };
        var page = Page(finding) with { Url = "http://quorvexa.net/" };

        var verdict = Score(Input("quorvexa.net", Coined(), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Pages = [page], Registration = Registered(Registered2025) }));

        Assert.Equal(fires, Fired(verdict).Contains(Criteria.A10));
    }

    private static ScoringInput Typo(CaseEvidence evidence) =>
        Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence);
}
