using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class CriterionTests
{
    private static readonly DateTimeOffset After = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One scenario per criterion id: the smallest evidence that should make it fire.</summary>
    private static readonly Dictionary<string, Func<ScoringInput>> Scenarios = new()
    {
        [Criteria.A1] = () => Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)]),
        [Criteria.A2] = () => Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition, 0.9)]),
        [Criteria.A3] = () => Input("quorvеxa.com", matches: [Match("quorvеxa.com", MatchKind.Homoglyph, 0.95)]),
        [Criteria.A4] = () => Input("quorvexa-login.com", matches: [Match("quorvexa-login.com", MatchKind.Combosquat, 0.8, "login")]),
        [Criteria.A5] = () => Input("кворвекса.com", matches: [Match("кворвекса.com", MatchKind.Transliteration, 0.9)]),
        [Criteria.A6] = () => Input("quorvex.am", matches: [Match("quorvex.am", MatchKind.AcrossTheDot, 0.9)]),
        [Criteria.A7] = () => Input("quorvexa.account-check.net", matches: [Match("quorvexa.account-check.net", MatchKind.LevelSquat, 0.8)]),
        [Criteria.A8] = () => PageCase(Finding(Criteria.A8)),
        [Criteria.A9] = () => PageCase(Finding(Criteria.A9)),
        [Criteria.A10] = () => PageCase(Finding(Criteria.A10)),
        [Criteria.A11] = () => PageCase(Finding(Criteria.A11)),
        [Criteria.A12] = () => PageCase(Finding(Criteria.A12)),
        [Criteria.A13] = () => Input("quorvexa-shop.com", Coined() with { Name = "Quorvexa Lindholm", Labels = ["quorvexalindholm"] },
            evidence: new CaseEvidence { Reviewer = new ReviewerFacts { NameTakenFromComplainant = true } }),
        [Criteria.U1] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U1))] }),
        [Criteria.U2] = () => Typo(new CaseEvidence { Dns = Dns(false, "mx.quorvexxa.com") }),
        [Criteria.U3] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U3))] }),
        [Criteria.U4] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U4))] }),
        [Criteria.U5] = () => Typo(new CaseEvidence { Pages = [new PageEvidence { Url = "http://quorvexxa.com/", Status = 200, FinalUrl = "https://quorvexa.com/" }] }),
        [Criteria.U6] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U6))] }),
        [Criteria.U7] = () => Typo(new CaseEvidence { Dns = Dns(false) }),
        [Criteria.U8] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U8))] }),
        [Criteria.U9] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.A12))] }),
        [Criteria.U10] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.D3))] }),
        [Criteria.U11] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U11, ("ads", "2")))] }),
        [Criteria.F10] = () => Typo(new CaseEvidence()),
        [Criteria.U12] = () => Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            evidence: new CaseEvidence { Dns = Dns(true), Pages = [Page(Finding(Criteria.A10))] }),
        [Criteria.U13] = () => Typo(new CaseEvidence { Dns = Dns(true), Pages = [new PageEvidence { Url = "http://quorvexxa.com/", Status = 200, FinalUrl = "https://unrelated-shop.example/" }] }),
        [Criteria.D1] = () => Typo(new CaseEvidence { Dns = Dns(true) }),
        [Criteria.D2] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U1))] }),
        [Criteria.D3] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.D3))] }),
        [Criteria.D4] = () => Input("quorvexxa.com", Coined(wellKnown: true), [Match("quorvexxa.com", MatchKind.Repetition)]),
        [Criteria.D5] = () => PageCase(Finding(Criteria.A8)),
        [Criteria.D6] = () => Input("quorvexa.net", matches: [Match("quorvexa.net", MatchKind.TldSwap, 1)]),
        [Criteria.D7] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { QuantifiedLoss = 12000 } }),
        [Criteria.C1] = () => Typo(new CaseEvidence()),
        [Criteria.C2] = () => PageCase(Finding(Criteria.A10)),
        [Criteria.C3] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { ActualConfusion = true } }),
        [Criteria.C4] = () => Typo(new CaseEvidence { Registration = Registered(new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero)) }),
        [Criteria.F1] = () => Input("quorvexxa.com", Coined(wellKnown: true), [Match("quorvexxa.com", MatchKind.Repetition)]),
        [Criteria.F2] = () => Typo(new CaseEvidence()),
        [Criteria.F3] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.A12))] }),
        [Criteria.F4] = () => Typo(new CaseEvidence { RegistrantOtherFlaggedDomains = ["paypa1.com", "netfllx.com"] }),
        [Criteria.F5] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { AskingPrice = 2500 } }),
        [Criteria.F6] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantIsCompetitor = true } }),
        [Criteria.F7] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { FalseContactData = true } }),
        [Criteria.F8] = () => Typo(new CaseEvidence { Registration = Registered(After, "Domains By Proxy, LLC") }),
        [Criteria.F9] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { CeaseAndDesistIgnored = true } }),
        [Criteria.F11] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { NameTakenFromComplainant = true } }),
        [Criteria.F13] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { MovedAfterNotice = true } }),
        [Criteria.F12] = () => Input("quorvexa.fi", matches: [Match("quorvexa.fi", MatchKind.TldSwap, 1)]),
        [Criteria.G0] = () => Input("quorvexa.net", Coined(registeredOn: new DateOnly(2027, 1, 1)), [Match("quorvexa.net", MatchKind.TldSwap, 1)]),
        [Criteria.G1] = () => Typo(new CaseEvidence { Registration = Registered(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)) }),
        [Criteria.X1] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantHoldsTrademark = true } }),
        [Criteria.X2] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { RegistrantCommonlyKnownByName = true } }),
        [Criteria.X3] = () => Typo(new CaseEvidence { Reviewer = new ReviewerFacts { PriorBonaFideBusiness = true } }),
        [Criteria.X4] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.X4, ("offersGoods", "true"), ("onlyMarkGoods", "true"), ("disclosure", "true")))] }),
        [Criteria.X5] = () => Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.X5))] }),
        [Criteria.X7] = () => Input("quorvexa-fans.com", matches: [Match("quorvexa-fans.com", MatchKind.Combosquat, 0.8, "fans")],
            evidence: new CaseEvidence { Dns = Dns(web: true), Pages = [Page(Finding(Criteria.X8, ("signal", "disclaimer")))] }),
        [Criteria.X6] = () => Input("quorvexa.net", Coined() with { GenericWord = true }, [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Pages = [Page()] }),
        [Criteria.X8] = () => PageCase(Finding(Criteria.A10), Finding(Criteria.X8)),
        [Criteria.X9] = () => PageCase(Finding(Criteria.X9)),
        [Criteria.X10] = () => Input("quorvexxa.cn", matches: [Match("quorvexxa.cn", MatchKind.Repetition)],
            evidence: new CaseEvidence { Registration = Registered(new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero)) }),
    };

    public static TheoryData<string> Ids() => new(CriterionCatalog.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Score_ScenarioForCriterion_FiresIt(string id)
    {
        Assert.True(Scenarios.ContainsKey(id), $"no scenario for {id}");

        var verdict = Score(Scenarios[id]());

        Assert.Contains(id, Fired(verdict));
        var contribution = All(verdict).First(c => c.Criterion == id);
        Assert.False(string.IsNullOrWhiteSpace(contribution.Reason));
        Assert.False(string.IsNullOrWhiteSpace(contribution.Evidence));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Score_NoEvidenceAtAll_FiresNoFactualCriterion(string id)
    {
        // A bare page URL with no matches and no evidence: nothing is known, so nothing fires (unknown is never "no").
        var verdict = Score(Input("https://unrelated.example/page"));

        Assert.DoesNotContain(id, Fired(verdict));
    }

    [Fact]
    public void Catalog_ListsEveryCriterionOfTheLegalModelOnce()
    {
        var expected = typeof(Criteria).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToArray();

        Assert.Equal(expected, CriterionCatalog.Ids.Order().ToArray());
        Assert.Equal(62, CriterionCatalog.Ids.Count);
    }

    [Theory]
    [InlineData(MatchKind.Omission, "canadarugs.com", "canadadrugs", false)]
    [InlineData(MatchKind.Plural, "wastequips.com", "wastequip", true)]
    [InlineData(MatchKind.Replacement, "arcelormittail.com", "arcelormittal", true)]
    [InlineData(MatchKind.EditDistance, "waitsila.com", "wartsila", true)]  // warts + ila: a coined name cut at a fragment
    [InlineData(MatchKind.Insertion, "nicholekidman.com", "nicolekidman", true)]  // kid + man are no words the name writes
    public void A2_OrdinaryWordVariant_IsNotATypo(MatchKind kind, string domain, string label, bool typo)
    {
        var mark = Coined() with { Id = label, Name = label, Labels = [label] };
        var match = Match(domain, kind) with { Mark = label, LabelForm = label };

        var verdict = Score(Input(domain, mark, [match]));

        Assert.Equal(typo, Fired(verdict).Contains(Criteria.A2));
        if (!typo)
        {
            Assert.Equal(RecommendedAction.NoAction, verdict.Action);
            Assert.Contains("ordinary words", verdict.ActionReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A2_ShortWordTheNameWritesOnItsOwn_StillReadsAsWords()
    {
        // MAX FACTOR writes 'max' as a word: mapfactor reads as map + factor, a meaning of its own (1.9).
        var mark = Coined() with { Id = "maxfactor", Name = "MAX FACTOR", Labels = ["maxfactor"] };
        var match = Match("mapfactor.com", MatchKind.Replacement) with { Mark = "maxfactor", LabelForm = "maxfactor" };

        var verdict = Score(Input("mapfactor.com", mark, [match]));

        Assert.DoesNotContain(Criteria.A2, Fired(verdict));
        Assert.Contains("'map' for 'max'", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void F8_PrivacyAlone_ScoresZero()
    {
        // A dictionary-word mark, so that nothing but the privacy service speaks to bad faith.
        var verdict = Score(Input("quorvexa-blog.com", Coined() with { GenericWord = true }, [Match("quorvexa-blog.com", MatchKind.Combosquat, 0.8, "blog")],
            evidence: new CaseEvidence { Registration = Registered(After, "WhoisGuard, Inc.") }));

        var privacy = Assert.Single(verdict.Fault.Criteria, c => c.Criterion == Criteria.F8);
        Assert.Equal(0, privacy.Points);
    }

    [Fact]
    public void U7_PassiveHoldingAlone_ScoresZero_WithTelstraFactors_Scores()
    {
        var alone = Score(Input("quorvexa-blog.com", matches: [Match("quorvexa-blog.com", MatchKind.Combosquat, 0.8, "blog")],
            evidence: new CaseEvidence { Dns = Dns(false) }));
        var telstra = Score(Input("quorvexa.net", Coined(wellKnown: true), [Match("quorvexa.net", MatchKind.TldSwap, 1)],
            new CaseEvidence { Dns = Dns(false), Reviewer = new ReviewerFacts { FalseContactData = true } }));

        Assert.Equal(0, alone.Fault.Criteria.Single(c => c.Criterion == Criteria.U7).Points);
        Assert.True(telstra.Fault.Criteria.Single(c => c.Criterion == Criteria.U7).Points > 0);
        Assert.Equal(RecommendedAction.UdrpTransfer, telstra.Action);
    }

    [Fact]
    public void G1_DomainPredatesMark_BlocksUdrpAndSaysDoNotFile()
    {
        var verdict = Score(Scenarios[Criteria.G1]());

        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(RecommendedAction.DoNotFile, verdict.Action);
        Assert.Equal(DisputePath.PredatesMark, verdict.DisputePath);
        Assert.Equal(Outcome.Unlikely, verdict.Outcome);
    }

    [Fact]
    public void G1_PhishingOnANameOlderThanTheMark_IsStillTakenDown_WithoutAComplaint()
    {
        var evidence = new CaseEvidence
        {
            Registration = Registered(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Dns = Dns(web: true),
            Pages = [Page(Finding(Criteria.U1))],
        };

        var verdict = Score(Input("quorvexa-login.com", matches: [Match("quorvexa-login.com", MatchKind.Combosquat, 0.8, "login")], evidence: evidence));

        Assert.Contains(Criteria.G1, Fired(verdict));
        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
        Assert.Contains("no UDRP complaint beside it", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void G0_PhishingUnderAMarkNotYetRegistered_IsTakenDown_WithoutAComplaint()
    {
        var evidence = new CaseEvidence { Dns = Dns(web: true), Pages = [Page(Finding(Criteria.U1))] };

        var verdict = Score(Input("quorvexa-login.com", Coined(registeredOn: new DateOnly(2027, 1, 1)),
            [Match("quorvexa-login.com", MatchKind.Combosquat, 0.8, "login")], evidence));

        Assert.Contains(Criteria.G0, Fired(verdict));
        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(0, verdict.Fits.Court);
        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
        Assert.EndsWith("The mark is not registered yet (G0), so no complaint beside it.", verdict.ActionReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Criteria.X8)]
    [InlineData(Criteria.X9)]
    public void FairUse_OnAPageThatPhishes_IsReportedButNotCounted(string defence)
    {
        var page = Page(Finding(Criteria.A12), Finding(Criteria.U1), Finding(defence));

        var verdict = Score(Input("https://gardenclub.example/wp-content/review/", evidence: new CaseEvidence { Pages = [page] }));

        var weighed = Assert.Single(verdict.GatesAndDefences, d => d.Criterion == defence);
        Assert.False(weighed.Applies);
        Assert.StartsWith("Not counted: the page phishes or impersonates the owner (U1)", weighed.Reason, StringComparison.Ordinal);
        Assert.Equal(RecommendedAction.AbuseTakedown, verdict.Action);
    }

    [Fact]
    public void X1_BothHoldRights_RoutesAwayFromUdrp()
    {
        var verdict = Score(Scenarios[Criteria.X1]());

        Assert.Equal(0, verdict.Fits.Udrp);
        Assert.Equal(RecommendedAction.NegotiateOrCourt, verdict.Action);
        Assert.Equal(DisputePath.BothHoldRights, verdict.DisputePath);
    }

    [Fact]
    public void X4_ResellerWithoutDisclosure_IsConsideredButFails()
    {
        var verdict = Score(Typo(new CaseEvidence { Pages = [Page(Finding(Criteria.U4), Finding(Criteria.X4, ("offersGoods", "true"), ("onlyMarkGoods", "true")))] }));

        var reseller = Assert.Single(verdict.GatesAndDefences, c => c.Criterion == Criteria.X4);
        Assert.False(reseller.Applies);
        Assert.Contains("does not disclose", reseller.Reason, StringComparison.Ordinal);
        Assert.Contains(Criteria.U4, Fired(verdict));
    }

    [Fact]
    public void X10_CnDomainOlderThanThreeYears_ClosesCndrp()
    {
        var verdict = Score(Scenarios[Criteria.X10]());

        Assert.Equal(0, verdict.Fits.Udrp);
    }

    private static ScoringInput Typo(CaseEvidence evidence) =>
        Input("quorvexxa.com", matches: [Match("quorvexxa.com", MatchKind.Repetition)], evidence: evidence);

    private static ScoringInput PageCase(params PageFinding[] findings) =>
        Input("https://events.example/listings", evidence: new CaseEvidence { Pages = [Page(findings)] });
}
