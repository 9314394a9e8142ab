using System.Globalization;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

internal static partial class FaultCriteria
{
    /// <summary>
    /// The registrant's other abusive registrations: the look-alikes on record, or, when a decision read does not name
    /// them, the earlier decisions that found it registered names in bad faith (each is at least one such name).
    /// </summary>
    private static int OtherAbusiveRegistrations(ScoringContext c) =>
        Math.Max(c.Evidence.RegistrantOtherFlaggedDomains?.Count ?? 0, c.Reviewer?.PriorAdverseDecisions ?? 0);

    private static bool ShowsPattern(ScoringContext c) => OtherAbusiveRegistrations(c) >= c.Rules.Thresholds.PatternDomains;

    public static Contribution? F3PageShowsKnowledge(ScoringContext c)
    {
        // A page about the mark that earns from advertising (U11) knows the mark as surely as one that names it in its
        // metadata (A10), which a page discussing the mark is not charged with (ihateryanair.co.uk).
        foreach (var id in new[] { Criteria.U1, Criteria.A12, Criteria.A8, Criteria.A9, Criteria.A11, Criteria.A10, Criteria.U4, Criteria.U11 })
        {
            if (c.Has(id) && c.Finding(id) is { } finding)
            {
                return ActCriteria.Hit(c, Criteria.F3, 1, finding.Evidence, $"The page itself shows the registrant knows the mark ({id}).");
            }
        }

        if (c.Has(Criteria.U5))
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Host, "Redirecting to the owner's site shows knowledge of the mark.");
        }

        // 3.5, 2.9: a parked page whose links name the mark's goods (or the mark) earns from the mark's trade, not
        // from the word's own meanings, and the registrant answers for links a parking service chose. One such link
        // among others (tips.com's alcohol-training link) is too little to show what the name was held for.
        if (c.Has(Criteria.U3) && c.DomainSimilarity > 0 && PredatesMark(c) is null && ParkedLinks.OnTheMarksTrade(c) is { } trade)
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, trade.Evidence,
                $"{trade.OnTrade} of the parked page's {trade.Topical} links that name a topic name the mark or its goods: the page trades on the mark, and the registrant answers for the links it lets a parking service show (3.5, 2.9).");
        }

        // A name the owner held until it lapsed carries the owner's traffic and history; taken after the lapse, and
        // distinctive of the mark (F1 or F2 read it so, or A13 found the mark's distinctive part in it), it was taken
        // knowing whose it was. A lapse alone proves nothing for an ordinary word, which anyone may pick up when it
        // drops (3.2.2, 3.2.3).
        if (c.Reviewer?.NameLapsedFromComplainantOn is { } lapsed && c.DomainSimilarity > 0 && (NamePointsAtMark(c) || c.Has(Criteria.A13))
            && (c.Acquired is not { } taken || DateOnly.FromDateTime(taken.UtcDateTime) >= lapsed))
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer.Note ?? $"lapsed from the complainant {lapsed:yyyy-MM-dd}",
                $"The registrant took the owner's own name after it lapsed on {lapsed:yyyy-MM-dd}: a name that distinctive, held by the owner until then, was not chosen without knowing whose it was (3.2.2, 3.2.3).");
        }

        // An ordinary word's page may drop a link on the mark's trade to comply (tips.com); a name whose string points at
        // the mark has no other subject to turn to, and turning away from the mark once on notice admits the earlier aim.
        if (c.Reviewer?.ContentChangedAfterNotice == true && c.DomainSimilarity > 0 && NamePointsAtMark(c))
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer.Note ?? "content changed after notice",
                "Once on notice, the registrant turned the site away from the mark: the change admits that the name's earlier use traded on the mark it points at (3.2.1).");
        }

        // 2.12.2: a trademark the registrant sought only once on notice of the dispute is a shield for the name, and
        // seeking it shows the registrant knew whose name it held.
        if (DefenceCriteria.TrademarkSoughtAfterNotice(c.Reviewer) is var (own, notice) && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, $"own trademark {own:yyyy-MM-dd}, notice {notice:yyyy-MM-dd}",
                "The registrant sought its own trademark only after notice of the dispute: a mark obtained to shield the name confers no right, and seeking it shows the registrant knew whose name it held (2.12.2, 3.2.2).");
        }

        if (c.Anticipated && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer!.Note ?? "registered in anticipation of the mark",
                "The registrant took the name in anticipation of the complainant's nascent mark (after its announcement or launch, on insider knowledge, or once it was applied for): its timing shows the mark was in view (3.8.2).");
        }

        if (c.Reviewer?.CourtRuledForComplainant == true && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer.Note ?? "court judgment for the complainant",
                "A court has already found for the complainant on the name or its use, and the registrant keeps the name: it holds a name it knows a court has condemned (3.2.2, 4.14.2).");
        }

        if (c.Reviewer?.NameAssignedToComplainant == true && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer.Note ?? "reviewer",
                "The registrant signed the name over to the complainant and kept it: it holds a name it knows to be another's (3.2.2, 4.14.6).");
        }

        return c.Reviewer?.RegistrantKnewMark == true && c.DomainSimilarity > 0
            ? ActCriteria.Hit(c, Criteria.F3, 1, c.Reviewer.Note ?? "reviewer",
                "The registrant knew the mark when it took the name, and it shows no right of its own (3.2.2).")
            : null;
    }

    // Overview 3.1.2: a pattern of conduct needs more than one, but as few as two, trademark-abusive registrations,
    // also where both target the same owner, registered together or apart. `patternDomains` counts the others
    // besides this name, so the shipped 1 means two names in all.
    public static Contribution? F4Pattern(ScoringContext c)
    {
        // A name that is a single ordinary word itself keeps the word's own readings: others' marks taken elsewhere do
        // not show that this one was taken for the mark rather than the word, unless its string or its use points at
        // the mark (maestro.co.uk, Nominet DRS appeal 04884: "very persuasive" evidence is needed for "a single
        // ordinary English word"; 2.10, 3.1.2). A descriptive phrase held as a mark (qualitycarriers.com) is not one. Nor
        // is a famous mark's word: a holder collecting others' marks took it as one of them (nestle.ai beside philips.ai).
        var pattern = Pattern(c);
        return pattern is not null && c.Has(Criteria.A1) && IsCommonWordMark(c) && !c.Mark.WellKnown && c.MarkWords.Count == 1 && !WordTakenForTheMark(c)
            ? pattern with
            {
                Points = 0,
                Applies = false,
                Reason = "The registrant holds names of others' marks, but this name is a single ordinary word itself and nothing shows it was taken for the mark rather than the word (2.10, 3.1.2).",
            }
            : pattern;
    }

    private static Contribution? Pattern(ScoringContext c)
    {
        var others = c.Evidence.RegistrantOtherFlaggedDomains;
        if (others is not null && others.Count >= c.Rules.Thresholds.PatternDomains)
        {
            return ActCriteria.Hit(c, Criteria.F4, 1, string.Join(", ", others.Take(5)),
                others.Count == 1
                    ? "The registrant holds another look-alike besides this one: two abusive registrations are a pattern (4(b)(ii), 3.1.2)."
                    : $"The registrant holds {others.Count} other look-alikes besides this one: a pattern of abusive registrations (4(b)(ii), 3.1.2).");
        }

        // Earlier decisions against the same registrant are the record of its other abusive registrations: panels
        // find the pattern in them even where the names are not listed (3.1.2).
        if (c.Reviewer?.PriorAdverseDecisions is { } decisions && decisions >= c.Rules.Thresholds.PatternDomains && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F4, 1, c.Reviewer.Note ?? $"{decisions} earlier decisions",
                decisions == 1
                    ? "An earlier decision found that the registrant registered another name in bad faith: with this one, a pattern of abusive registrations (4(b)(ii), 3.1.2)."
                    : $"{decisions} earlier decisions found that the registrant registered names in bad faith: a pattern of abusive registrations (4(b)(ii), 3.1.2).");
        }

        return c.Reviewer?.RegistersOthersMarks == true && c.DomainSimilarity > 0
            ? ActCriteria.Hit(c, Criteria.F4, 1, c.Reviewer.Note ?? "reviewer: registersOthersMarks",
                "The registrant holds other names made of other owners' marks: with this one, a pattern of conduct (4(b)(ii), 3.1.2).")
            : null;
    }

    /// <summary>
    /// The name of an ordinary word is shown to be taken for the mark: the string's own aim (F1, F2), a use aimed at the
    /// mark (phishing, a shop, passing off, the bare name on a page about it, traffic sent to another's site), or a
    /// registrant that knew the mark or competes with its owner.
    /// </summary>
    private static bool WordTakenForTheMark(ScoringContext c) =>
        NamePointsAtMark(c) || c.Has(Criteria.U1) || c.Has(Criteria.U4) || c.Has(Criteria.U9) || c.Has(Criteria.U12) || c.Has(Criteria.U13)
        || c.Reviewer?.RegistrantKnewMark == true || c.Reviewer?.RegistrantIsCompetitor == true;

    public static Contribution? F5OfferToSell(ScoringContext c)
    {
        // A price that is only a marketplace listing's (auctionListing, no one recorded as raising a sale) is a general
        // offer to anyone, not an offer to the owner: it is weighed as the general offers below are (3.1.1; cmi.ca).
        var listedOnly = c.Reviewer is { SaleInitiatedBy: null, AuctionListing: true };
        if (c.Reviewer?.AskingPrice is { } price && (double)price > c.Rules.Thresholds.OutOfPocketCost && !listedOnly)
        {
            var asked = price.ToString(CultureInfo.InvariantCulture);
            var evidence = c.Reviewer.SaleOfferedOn is { } on ? $"asking {asked} on {on:yyyy-MM-dd}" : $"asking {asked}";

            // 3.1.1: a price above cost shows bad faith when the registrant targeted the mark or raised the sale
            // itself. Named in reply to the complainant's approach, it counts only when the name targets the mark
            // (a famous or coined mark, or a pattern); a common word held for its own value may be priced freely.
            // 4(b)(i) needs a purpose of selling to the complainant or a competitor: a registrant who named a price to a
            // buyer that hid its principal did not know it was dealing with the complainant (3.1.1).
            if (c.Reviewer.SaleInitiatedBy == SaleInitiator.UndisclosedBuyer)
            {
                return new Contribution(Criteria.F5, 0, evidence + ", in reply to an undisclosed buyer",
                    "The price was named to a buyer who did not disclose that it acted for the complainant, so it shows no purpose of selling to the complainant (4(b)(i), 3.1.1).") { Applies = false };
            }

            if (c.Reviewer.SaleInitiatedBy == SaleInitiator.Complainant)
            {
                var targeted = c.Has(Criteria.F1) || c.Has(Criteria.F2) || c.Has(Criteria.F4);
                return targeted && !IsCommonWordMark(c)
                    ? ActCriteria.Hit(c, Criteria.F5, 1, evidence + ", in reply to the complainant",
                        $"Asked by the complainant, the registrant named {asked}, above cost, for a name that targets the mark (3.1.1).")
                    : new Contribution(Criteria.F5, 0, evidence + ", in reply to the complainant",
                        "The complainant approached the registrant, who named a price for a name it had not shown to target the mark: no bad faith (3.1.1).") { Applies = false };
            }

            // An ordinary word has a value of its own; its price shows bad faith only when the name targets the mark.
            if (OrdinaryWordNotTargeted(c))
            {
                return new Contribution(Criteria.F5, 0, evidence,
                    "The registrant priced an ordinary word that it is not shown to hold for the mark: no bad faith (3.1.1, 2.10).") { Applies = false };
            }

            return ActCriteria.Hit(c, Criteria.F5, 1, evidence,
                $"The registrant asked {asked}, above out-of-pocket cost (4(b)(i)).");
        }

        // The registrant approached the owner to sell, and what it asked is not on record (a decision that says it "sought
        // payment"): an offer to sell to the complainant is the 4(b)(i) circumstance, unless it was an offer at cost,
        // which is recorded apart (offerToSellAtCost). An ordinary word still needs a sign that the name targets the mark.
        if (RegistrantRaisedSaleWithoutPrice(c))
        {
            var note = c.Reviewer!.Note ?? "the registrant raised the sale";
            return OrdinaryWordNotTargeted(c)
                ? new Contribution(Criteria.F5, 0, note,
                    "The registrant offered an ordinary word for sale that it is not shown to hold for the mark: no bad faith (3.1.1, 2.10).") { Applies = false }
                : ActCriteria.Hit(c, Criteria.F5, 1, note,
                    "The registrant itself offered the name to the mark's owner for money; the amount is not on record, and an offer at cost would have been recorded as one (4(b)(i), 3.1.1).");
        }

        if (c.Finding(Criteria.U6) is { } finding && ScoringContext.Fact(finding, "targeted"))
        {
            return ActCriteria.Hit(c, Criteria.F5, 1, finding.Evidence, "The domain is offered to the owner or a competitor (4(b)(i)).");
        }

        // 3.1.1, 4.3: a general offer alone is weak, and a registrant who answers may show the name's own value
        // (generaldynamics.net). A registrant who, given the chance, shows none, offering a name whose string points at
        // the mark, leaves the sale of the mark's name as the only purpose on record. Not for a name of four characters
        // or fewer: short names trade for their own value ("three-letter domain names are well known to have particular
        // value", RVK.com, D2014-2041), and a silent holder's general offer of one shows no aim (ahnu.com).
        var general = c.Finding(Criteria.U6)?.Evidence ?? (c.Reviewer?.AuctionListing == true ? c.Reviewer.Note ?? "auction listing" : null);
        return general is not null && c.Reviewer?.NoGoodFaithUseShown == true && NamePointsAtMark(c) && !ShortNameOfOwnValue(c)
            ? ActCriteria.Hit(c, Criteria.F5, 1, general,
                "A name whose string points at the mark is offered to anyone, and its registrant, given the chance, showed no good-faith use: selling the mark's name is the only purpose on record (4(b)(i), 3.1.1, 4.3).")
            : null;
    }

    /// <summary>A registrable label of four characters or fewer for a mark not flagged well known: a short name's own value.</summary>
    private static bool ShortNameOfOwnValue(ScoringContext c) => !c.Mark.WellKnown && c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal).Length <= 4;

    /// <summary>An ordinary-word mark that nothing (F1–F4) shows the name to target: a price for it is the word's own value.</summary>
    private static bool OrdinaryWordNotTargeted(ScoringContext c) =>
        IsCommonWordMark(c) && !(c.Has(Criteria.F1) || c.Has(Criteria.F2) || c.Has(Criteria.F4) || c.Has(Criteria.F3));

    /// <summary>The registrant raised a sale with the owner, no price is recorded, and it was no offer at cost.</summary>
    private static bool RegistrantRaisedSaleWithoutPrice(ScoringContext c) =>
        c.Reviewer is { SaleInitiatedBy: SaleInitiator.Registrant, AskingPrice: null } r && r.OfferToSellAtCost != true && c.DomainSimilarity > 0;

    /// <summary>True when the mark's label is an ordinary word (not a proper noun or brand name) or the portfolio says so.</summary>
    internal static bool IsCommonWordMark(ScoringContext c) =>
        c.Mark.GenericWord || (c.Mark.Labels.Count > 0 && c.Words.IsWord(c.Mark.Labels[0]));

    public static Contribution? F6Competitor(ScoringContext c) =>
        c.Reviewer?.RegistrantIsCompetitor == true
            ? ActCriteria.Hit(c, Criteria.F6, 1, c.Evidence.Registration?.RegistrantOrganisation ?? "reviewer", "The registrant is a competitor disrupting the owner's business (4(b)(iii)).")
            : null;

    public static Contribution? F7FalseContactData(ScoringContext c) =>
        c.Reviewer?.FalseContactData == true
            ? ActCriteria.Hit(c, Criteria.F7, 1, c.Evidence.Registration?.RegistrantEmail ?? "reviewer", "The registrant gave false or undeliverable contact data.")
            : null;

    public static Contribution? F8PrivacyService(ScoringContext c)
    {
        if (PrivacyService(c) is not { } service)
        {
            return null;
        }

        // Privacy alone is neutral (3.6); it only adds weight beside other bad-faith factors.
        return c.Sums[(int)ScoreElement.Fault] > 0
            ? ActCriteria.Hit(c, Criteria.F8, 1, service, "A privacy service conceals the registrant alongside other bad-faith factors (3.6).")
            : new Contribution(Criteria.F8, 0, service, "A privacy service alone is not evidence of bad faith (3.6).");
    }

    public static Contribution? F11NameTakenFromComplainant(ScoringContext c) =>
        c.Reviewer?.NameTakenFromComplainant == true && c.DomainSimilarity > 0
            ? ActCriteria.Hit(c, Criteria.F11, 1, c.Reviewer.Note ?? "reviewer",
                "The name was taken from the complainant, which held it, without its consent: a registration obtained by taking the owner's own name is in bad faith by itself (3.1, 4(b)).")
            : null;

    public static Contribution? F13MovedAfterNotice(ScoringContext c) =>
        c.Reviewer?.MovedAfterNotice == true && c.DomainSimilarity > 0
            ? ActCriteria.Hit(c, Criteria.F13, 1, c.Reviewer.Note ?? "reviewer",
                "Once on notice of the dispute the name was moved to another holder or registrar (cyberflight): an attempt to escape the owner's claim, which panels read as bad faith in itself and the Policy forbids during a proceeding (Policy 8).")
            : null;

    public static Contribution? F9IgnoredCeaseAndDesist(ScoringContext c) =>
        c.Reviewer?.CeaseAndDesistIgnored == true
            ? ActCriteria.Hit(c, Criteria.F9, 1, c.Reviewer.Note ?? "reviewer", "The registrant ignored a cease-and-desist letter.")
            : null;

    private static List<string> OtherPartiesMarks(ScoringContext c)
    {
        var strangers = new List<string>(c.Input.Portfolio.OtherMarksMatched.Count);
        foreach (var id in c.Input.Portfolio.OtherMarksMatched)
        {
            if (!c.Input.Portfolio.OwnerMarks.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                strangers.Add(id);
            }
        }

        return strangers;
    }

    internal static string? PrivacyService(ScoringContext c)
    {
        if (c.Evidence.Registration is not { } registration)
        {
            return null;
        }

        if (registration.PrivacyService is { Length: > 0 } service)
        {
            return service;
        }

        var organisation = registration.RegistrantOrganisation;
        if (organisation is null)
        {
            return null;
        }

        foreach (var name in c.Rules.Words.PrivacyServices)
        {
            if (organisation.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return organisation;
            }
        }

        return null;
    }
}
