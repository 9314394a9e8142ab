using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Every criterion of the legal model as data, in evaluation order: act first, then fault (which reads act), then
/// damage and causation (which read both), then gates and defences. F8 comes last in fault because privacy only
/// counts beside other factors.
/// </summary>
public static class CriterionCatalog
{
    public static IReadOnlyList<CriterionDefinition> All { get; } =
    [
        Def(Criteria.A1, ScoreElement.Act, "Identical label (1.11.1)", ActCriteria.A1IdenticalLabel),
        Def(Criteria.A2, ScoreElement.Act, "Typo (1.9)", ActCriteria.A2Typo),
        Def(Criteria.A3, ScoreElement.Act, "IDN homograph", ActCriteria.A3Homograph),
        Def(Criteria.A4, ScoreElement.Act, "Combosquat (1.8)", ActCriteria.A4Combosquat),
        Def(Criteria.A5, ScoreElement.Act, "Translation or transliteration (1.14)", ActCriteria.A5Translation),
        Def(Criteria.A6, ScoreElement.Act, "Across the dot", ActCriteria.A6AcrossTheDot),
        Def(Criteria.A7, ScoreElement.Act, "Mark in a subdomain", ActCriteria.A7Subdomain),
        Def(Criteria.A13, ScoreElement.Act, "The complainant's own former name (1.7)", FormerOwnName.A13),
        Def(Criteria.A8, ScoreElement.Act, "Mark-anchored deep link", ActCriteria.A8DeepLink),
        Def(Criteria.A9, ScoreElement.Act, "Framing", ActCriteria.A9Framing),
        Def(Criteria.A10, ScoreElement.Act, "Mark in metadata", ActCriteria.A10Metadata),
        Def(Criteria.A11, ScoreElement.Act, "Hidden text, keyword stuffing", ActCriteria.A11HiddenText),
        Def(Criteria.A12, ScoreElement.Act, "Owner's logo or trade dress as own branding", ActCriteria.A12OwnersBranding),
        Def(Criteria.U2, ScoreElement.Act, "Mail capability on a look-alike", ActCriteria.U2MailCapability),

        Def(Criteria.U1, ScoreElement.Fault, "Phishing or impersonation", FaultCriteria.U1Phishing),
        Def(Criteria.U8, ScoreElement.Fault, "Malware or drive-by downloads (3.4)", FaultCriteria.U8MaliciousDownloads),
        Def(Criteria.U3, ScoreElement.Fault, "Pay-per-click parking (2.9)", FaultCriteria.U3Parking),
        Def(Criteria.U4, ScoreElement.Fault, "Counterfeit or unauthorised shop", FaultCriteria.U4UnauthorisedShop),
        Def(Criteria.U5, ScoreElement.Fault, "Redirect to the owner's site", FaultCriteria.U5RedirectToOwner),
        Def(Criteria.U6, ScoreElement.Fault, "For sale", FaultCriteria.U6ForSale),
        Def(Criteria.U9, ScoreElement.Fault, "Passing off under a confusingly similar name (4(b)(iv))", FaultCriteria.U9PassingOff),
        Def(Criteria.U10, ScoreElement.Fault, "Tarnishment under a confusingly similar name (4(c)(iii))", FaultCriteria.U10Tarnishment),
        Def(Criteria.U11, ScoreElement.Fault, "Advertising on a page about the mark under a confusingly similar name (4(b)(iv), 2.7.2)", FaultCriteria.U11AdvertisingOnAFanPage),
        Def(Criteria.U12, ScoreElement.Fault, "The mark's own name leading to a page about the mark (2.5.1, 2.7.2)", BareNameImpersonation.U12),
        Def(Criteria.F1, ScoreElement.Fault, "Famous mark and a variant (3.1.4)", FaultCriteria.F1FamousMarkVariant),
        Def(Criteria.F2, ScoreElement.Fault, "The string targets a coined mark", FaultCriteria.F2CoinedMarkTargeted),
        Def(Criteria.F10, ScoreElement.Fault, "The name's make-up points at the owner (3.2.1)", NameMakeUp.F10),
        Def(Criteria.U13, ScoreElement.Fault, "A name pointing at the mark redirected to another's site (4(b)(iv))", RedirectedTraffic.U13),
        Def(Criteria.F4, ScoreElement.Fault, "Pattern of registrations (4(b)(ii))", FaultCriteria.F4Pattern),
        Def(Criteria.F5, ScoreElement.Fault, "Offer to sell (4(b)(i))", FaultCriteria.F5OfferToSell),
        Def(Criteria.F6, ScoreElement.Fault, "Registrant is a competitor (4(b)(iii))", FaultCriteria.F6Competitor),
        Def(Criteria.F7, ScoreElement.Fault, "False contact data", FaultCriteria.F7FalseContactData),
        Def(Criteria.F9, ScoreElement.Fault, "Ignored cease-and-desist", FaultCriteria.F9IgnoredCeaseAndDesist),
        Def(Criteria.F11, ScoreElement.Fault, "The name taken from the complainant without its consent", FaultCriteria.F11NameTakenFromComplainant),
        Def(Criteria.F13, ScoreElement.Fault, "The name moved once on notice of the dispute (cyberflight)", FaultCriteria.F13MovedAfterNotice),
        Def(Criteria.F12, ScoreElement.Fault, "Another's protected name under a ccTLD that asks no bad faith", ProtectedNameRegime.F12),
        Def(Criteria.U7, ScoreElement.Fault, "Passive holding (3.3)", FaultCriteria.U7PassiveHolding),
        Def(Criteria.F3, ScoreElement.Fault, "The page shows knowledge of the mark", FaultCriteria.F3PageShowsKnowledge),
        Def(Criteria.F8, ScoreElement.Fault, "Privacy or proxy service (3.6)", FaultCriteria.F8PrivacyService),

        Def(Criteria.D1, ScoreElement.Damage, "Diversion", DamageCriteria.D1Diversion),
        Def(Criteria.D2, ScoreElement.Damage, "Consumer fraud", DamageCriteria.D2ConsumerFraud),
        Def(Criteria.D3, ScoreElement.Damage, "Tarnishment", DamageCriteria.D3Tarnishment),
        Def(Criteria.D4, ScoreElement.Damage, "Dilution of a famous mark", DamageCriteria.D4Dilution),
        Def(Criteria.D5, ScoreElement.Damage, "Bypassed home page", DamageCriteria.D5BypassedHomePage),
        Def(Criteria.D6, ScoreElement.Damage, "Blocking the owner", DamageCriteria.D6Blocking),
        Def(Criteria.D7, ScoreElement.Damage, "Quantified loss (court only)", DamageCriteria.D7QuantifiedLoss),

        Def(Criteria.C1, ScoreElement.Causation, "Likelihood of confusion", CausationCriteria.C1LikelihoodOfConfusion),
        Def(Criteria.C2, ScoreElement.Causation, "Initial interest confusion", CausationCriteria.C2InitialInterest),
        Def(Criteria.C3, ScoreElement.Causation, "Actual confusion", CausationCriteria.C3ActualConfusion),
        Def(Criteria.C4, ScoreElement.Causation, "Timing", CausationCriteria.C4Timing),

        Def(Criteria.G0, ScoreElement.GateOrDefence, "The complainant's rights are valid", DefenceCriteria.G0RightsValid),
        Def(Criteria.G1, ScoreElement.GateOrDefence, "The domain predates the mark (3.8.1)", DefenceCriteria.G1PredatesMark),
        Def(Criteria.X1, ScoreElement.GateOrDefence, "Registrant's own trademark", DefenceCriteria.X1OwnTrademark),
        Def(Criteria.X2, ScoreElement.GateOrDefence, "Commonly known by the name", DefenceCriteria.X2CommonlyKnown),
        Def(Criteria.X3, ScoreElement.GateOrDefence, "Prior bona fide business", DefenceCriteria.X3PriorBusiness),
        Def(Criteria.X4, ScoreElement.GateOrDefence, "Reseller passing Oki Data (2.8)", DefenceCriteria.X4Reseller),
        Def(Criteria.X5, ScoreElement.GateOrDefence, "Genuine noncommercial criticism (2.6)", DefenceCriteria.X5Criticism),
        Def(Criteria.X6, ScoreElement.GateOrDefence, "Dictionary or geographic meaning (2.10)", DefenceCriteria.X6DictionaryMeaning),
        Def(Criteria.X7, ScoreElement.GateOrDefence, "Genuine noncommercial fan or commentary site (2.7)", FanSite.X7),
        Def(Criteria.X8, ScoreElement.GateOrDefence, "Nominative page use", DefenceCriteria.X8NominativeUse),
        Def(Criteria.X9, ScoreElement.GateOrDefence, "Lawful linking", DefenceCriteria.X9LawfulLinking),
        Def(Criteria.X10, ScoreElement.GateOrDefence, "CNDRP time bar", DefenceCriteria.X10CndrpBar),
    ];

    /// <summary>Every criterion id, in catalog order.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(c => c.Id).ToArray();

    public static bool Contains(string id) => Ids.Contains(id);

    private static CriterionDefinition Def(string id, ScoreElement element, string title, Func<ScoringContext, Contribution?> evaluate) =>
        new() { Id = id, Element = element, Title = title, Evaluate = evaluate };
}
