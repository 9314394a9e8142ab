using System.Globalization;
using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>Fault: knew or should have known, inferred from facts (F1–F13; F10 in NameMakeUp, F12 in ProtectedNameRegime) and from the use signals U1, U3–U13 (U12 in BareNameImpersonation, U13 in RedirectedTraffic).</summary>
internal static class FaultCriteria
{
    public static Contribution? U1Phishing(ScoringContext c)
    {
        if (c.Finding(Criteria.U1) is { } finding)
        {
            // A page that only calls itself the owner's official site is impersonation but collects nothing; on a host the
            // owner authorised (its distributor's shop) the words are the owner's to allow.
            var claimOnly = finding.Facts.TryGetValue("signal", out var signal) && signal == "official claim";
            if (!claimOnly)
            {
                return ActCriteria.FromFinding(c, Criteria.U1, finding, "The page impersonates the owner to collect credentials or payments: manifest bad faith.");
            }

            if (!c.IsAuthorisedDomain && c.DomainSimilarity > 0)
            {
                return ActCriteria.FromFinding(c, Criteria.U1, finding,
                    "The page holds itself out as the owner under a name like the mark: impersonation, bad faith that never confers a right (2.13.1, 4(b)(iv)).");
            }
        }

        // 3.4: sending phishing e-mail is a bad-faith use of a name even without a website; 2.13.1: such illegal
        // activity never confers a right or legitimate interest, so it also defeats the ordinary-word defence (X6).
        if (c.Reviewer is not { } reviewer || c.DomainSimilarity <= 0)
        {
            return null;
        }

        if (reviewer.PhishingEmails == true)
        {
            return ActCriteria.Hit(c, Criteria.U1, 1, reviewer.Note ?? c.Host,
                "E-mails sent from the name impersonate the owner or phish its staff or customers: bad faith use (3.4, 2.13.1).");
        }

        // 2.13.1 lists impersonation and passing off among the illegal activities that never confer a right, whatever
        // the medium; a registrant who holds itself out as the owner under a name like the mark uses it to that end.
        return reviewer.ImpersonatedOwner == true
            ? ActCriteria.Hit(c, Criteria.U1, 1, reviewer.Note ?? c.Host,
                "The registrant holds itself out as the owner or as connected with it, under a name similar to the mark: impersonation, bad faith that never confers a right (2.13.1, 4(b)(iv)).")
            : null;
    }

    public static Contribution? U8MaliciousDownloads(ScoringContext c)
    {
        // LEGAL.md: malware is an abuse-takedown matter, like live phishing; as use it is manifest bad faith (3.4).
        if (c.Finding(Criteria.U8) is { } finding)
        {
            return ActCriteria.Hit(c, Criteria.U8, 1, finding.Evidence,
                $"The site serves malware or starts downloads the visitor did not ask for (3.4). {finding.Reason}".Trim());
        }

        return c.Reviewer?.MaliciousDownloads == true
            ? ActCriteria.Hit(c, Criteria.U8, 1, c.Reviewer.Note ?? c.Host, "The site is recorded as distributing malware or drive-by downloads (3.4).")
            : null;
    }

    public static Contribution? U3Parking(ScoringContext c)
    {
        if (c.Finding(Criteria.U3) is { } finding)
        {
            // 2.9: links genuinely related to another meaning of the name, not to the mark's trade, are permissible.
            return ParkedLinks.FollowAnotherMeaning(c, CoinedLabel(c)) is { } why
                ? new Contribution(Criteria.U3, 0, finding.Evidence,
                    $"The pay-per-click links follow another meaning of the name ({why}), not the mark's trade (2.9).") { Applies = false }
                : ActCriteria.Hit(c, Criteria.U3, 1, finding.Evidence, "Pay-per-click parking earns from the traffic the mark attracts (2.9).");
        }

        var dns = c.Evidence.Dns;
        if (dns is null || c.DomainSimilarity <= 0)
        {
            return null;
        }

        var parkingNs = dns.NameServers.FirstOrDefault(ns => c.Rules.Words.ParkingNameServers.Any(p => ns.EndsWith(p, StringComparison.OrdinalIgnoreCase)));
        return dns.Parked == true || parkingNs is not null
            ? ActCriteria.Hit(c, Criteria.U3, 0.8, parkingNs ?? "parked", "The domain is parked with a pay-per-click service that trades on the mark (2.9).")
            : null;
    }

    public static Contribution? U4UnauthorisedShop(ScoringContext c)
    {
        if (c.Reviewer?.CounterfeitGoods == true)
        {
            return ActCriteria.Hit(c, Criteria.U4, 1, c.Reviewer.Note ?? c.Host, "Counterfeit goods are sold under the mark.");
        }

        if (c.IsAuthorisedDomain)
        {
            return null;
        }

        if (c.Finding(Criteria.U4) is not { } finding)
        {
            // A seller of the mark's goods under the bare mark as its name trades on the affiliation the name implies: a
            // disclaimer on the page does not undo what the name says (2.5.1, 4(b)(iv)).
            return c.Finding(Criteria.X4) is { } seller && ScoringContext.Fact(seller, "offersGoods") && DefenceCriteria.SellsUnderIdenticalName(c)
                ? ActCriteria.Hit(c, Criteria.U4, 1, seller.Evidence,
                    "The page sells the mark's goods under a name identical to the mark, without the owner's authorisation: the name itself presents the site as the owner or its authorised seller, and a disclaimer on the page does not undo that (2.5.1, 4(b)(iv)).")
                : null;
        }

        return ActCriteria.Hit(c, Criteria.U4, 1, finding.Evidence, $"The page sells goods under the mark without the owner's authorisation. {finding.Reason}".Trim());
    }

    public static Contribution? U5RedirectToOwner(ScoringContext c)
    {
        foreach (var page in c.Evidence.Pages)
        {
            foreach (var url in page.RedirectChain.Append(page.FinalUrl))
            {
                if (url is null)
                {
                    continue;
                }

                var host = ScoringContext.HostOf(url);
                if (host != c.Host && (ScoringContext.InList(host, c.Mark.OfficialDomains) || ScoringContext.InList(host, c.Input.Portfolio.OwnerDomains)))
                {
                    return ActCriteria.Hit(c, Criteria.U5, 1, $"{page.Url} → {url}",
                        "The domain redirects to the owner's own site: the registrant knows the mark and keeps the redirect under its control (3.1.4).");
                }
            }
        }

        return null;
    }

    public static Contribution? U6ForSale(ScoringContext c)
    {
        if (c.Reviewer?.AskingPrice is { } price)
        {
            // A price named in reply to the owner's approach says less than an unprompted offer (3.1.1).
            if (c.Reviewer.SaleInitiatedBy == SaleInitiator.UndisclosedBuyer)
            {
                return ActCriteria.Hit(c, Criteria.U6, 0.3, $"asking {price.ToString(CultureInfo.InvariantCulture)}, in reply to an undisclosed buyer",
                    "The registrant named a price to a buyer who did not say it acted for the complainant; that alone is weak evidence (3.1.1).");
            }

            if (c.Reviewer.SaleInitiatedBy == SaleInitiator.Complainant)
            {
                return ActCriteria.Hit(c, Criteria.U6, 0.3, $"asking {price.ToString(CultureInfo.InvariantCulture)}, in reply to the complainant",
                    "The registrant named a price when the complainant asked to buy; that alone is weak evidence (3.1.1).");
            }

            // A price on a marketplace listing, with no one recorded as raising a sale, is the listing's: an offer to
            // anyone, as weak as the listing without a price below (3.1.1), and as F5 reads it.
            return c.Reviewer is { SaleInitiatedBy: null, AuctionListing: true }
                ? ActCriteria.Hit(c, Criteria.U6, 0.4, $"listed at {price.ToString(CultureInfo.InvariantCulture)}",
                    "The domain is listed with a price in an auction or on a marketplace: an offer to sell to anyone, which alone is weak evidence (3.1.1).")
                : ActCriteria.Hit(c, Criteria.U6, 1, $"asking {price.ToString(CultureInfo.InvariantCulture)}", "The registrant has offered the domain for sale.");
        }

        if (RegistrantRaisedSaleWithoutPrice(c))
        {
            return ActCriteria.Hit(c, Criteria.U6, 1, c.Reviewer!.Note ?? "the registrant raised the sale",
                "The registrant itself offered the domain to the owner for money (the amount is not on record).");
        }

        if (c.Finding(Criteria.U6) is not { } finding)
        {
            return c.Reviewer?.AuctionListing == true
                ? ActCriteria.Hit(c, Criteria.U6, 0.4, c.Reviewer.Note ?? "auction listing",
                    "The domain is listed in an auction or on a marketplace: an offer to sell to anyone, which alone is weak evidence (3.1.1).")
                : null;
        }

        var targeted = ScoringContext.Fact(finding, "targeted");
        return ActCriteria.Hit(c, Criteria.U6, targeted ? 1 : 0.4, finding.Evidence, targeted
            ? "The page offers the domain to the owner or its competitors."
            : "The domain is listed for sale generally, which alone is weak evidence.");
    }

    public static Contribution? U9PassingOff(ScoringContext c)
    {
        // 4(b)(iv), 3.1.4 and 2.13.1: a name in which the mark is recognisable (A1-A6) leading to a page that presents
        // itself as the owner, with the owner's logo or trade dress as its own branding (A12), is passing off, an
        // intentional attempt to attract users by confusion as to source; impersonation never confers a right. U1
        // already weighs a page that goes on to take credentials or payments; a reseller's use of the logo for the
        // owner's goods is judged by Oki Data (X4, 2.8) instead.
        if (c.Has(Criteria.U1) || c.IsAuthorisedDomain || c.Finding(Criteria.X4) is not null || c.Finding(Criteria.A12) is not { } branding
            || !c.Has(Criteria.A12) || !HasConfusingName(c))
        {
            return null;
        }

        return ActCriteria.Hit(c, Criteria.U9, 1, branding.Evidence,
            "The look-alike name leads to a page that presents itself as the owner, with the owner's branding as its own: passing off, which shows the intent to attract users by confusion (4(b)(iv), 3.1.4, 2.13.1).");
    }

    public static Contribution? U10Tarnishment(ScoringContext c)
    {
        // Policy 4(c)(iii) withholds fair use from a use made "to tarnish the trademark", and panels read adult content
        // under a name that imitates a mark as bad faith however unrelated the owner's trade (pornsche.com, WIPO
        // D2004-0311; citibank.porn; arpe.ca, CIRA, where accusations against the owner sat beside pornographic links).
        // A mark that is an ordinary word is tarnished only when it is well known: the word's other uses are the
        // registrant's to make (2.10). Content of the mark's own trade (a casino's look-alike showing casinos) is no
        // tarnishment (Tarnishment).
        if (c.IsOwnDomain || c.IsAuthorisedDomain || Tarnishment.Content(c) is not { } content || !HasConfusingName(c)
            || (IsCommonWordMark(c) && !c.Mark.WellKnown))
        {
            return null;
        }

        return ActCriteria.Hit(c, Criteria.U10, 1, content.Evidence,
            "A name confusingly similar to the mark leads to adult or gambling content: a use made to tarnish the mark is no fair use and shows bad faith (4(c)(iii), 3.1).");
    }

    public static Contribution? U11AdvertisingOnAFanPage(ScoringContext c)
    {
        // 2.7.2: a fan site's interest holds only while it is noncommercial. A page about the mark, under a name that
        // imitates it, that earns from advertising uses the mark's name to draw its public for gain (4(b)(iv)). An
        // ordinary word's page may be about the word (an orchard's apples), so the mark must be no ordinary word.
        if (c.IsOwnDomain || c.IsAuthorisedDomain || c.IsUrlSubject || IsCommonWordMark(c) || !HasConfusingName(c)
            || c.Finding(Criteria.U11) is not { } page)
        {
            return null;
        }

        return ActCriteria.Hit(c, Criteria.U11, 1, page.Evidence,
            $"{page.Reason} Under a name confusingly similar to the mark, it draws the mark's public for commercial gain, which no fan site's interest covers (4(b)(iv), 2.7.2).");
    }

    /// <summary>True when the name's string itself points at the mark: F1's presumption for a famous mark, or F2's for a coined one.</summary>
    internal static bool NamePointsAtMark(ScoringContext c) => c.Has(Criteria.F1) || c.Has(Criteria.F2);

    /// <summary>True when the name itself is confusingly similar to the mark (A1-A6 fired).</summary>
    internal static bool HasConfusingName(ScoringContext c) =>
        c.Has(Criteria.A1) || c.Has(Criteria.A2) || c.Has(Criteria.A3) || c.Has(Criteria.A4) || c.Has(Criteria.A5) || c.Has(Criteria.A6);

    public static Contribution? U7PassiveHolding(ScoringContext c)
    {
        // A record with no use on it either way (no page, no DNS) counts as non-use once the registrant, given the
        // chance, showed none: the complainant's unanswered showing of non-use stands (4.3 lets panels infer from it).
        var unusedOnRecord = c.Live is null && c.Evidence.Dns is null && c.Evidence.Pages.Count == 0 && c.Reviewer?.NoGoodFaithUseShown == true;
        // A live page with nothing of its own on it (blank, "coming soon", a server's default page) is non-use too (3.3).
        var placeholder = c.Live == true ? c.Finding(Criteria.U7) : null;
        if ((c.Live != false && !unusedOnRecord && placeholder is null) || c.DomainSimilarity <= 0)
        {
            return null;
        }

        // 3.3 (Telstra): (i) the mark's reputation, (ii) no response and no evidence of actual or contemplated good-faith
        // use, (iii) a concealed identity or false contact details, (iv) no plausible good-faith use of the name. Two
        // factors make passive holding bad faith; default alone never does (4.3), so (ii) only counts beside another.
        var factors = new List<string>(4);
        if (c.Mark.WellKnown)
        {
            factors.Add("reputation");
        }

        if (c.Reviewer?.NoGoodFaithUseShown == true || c.Reviewer?.CeaseAndDesistIgnored == true)
        {
            factors.Add("no response or evidence of good-faith use");
        }

        if (c.Reviewer?.FalseContactData == true || PrivacyService(c) is not null)
        {
            factors.Add("concealment");
        }

        // A well-known mark that is no ordinary word, joined to other words (morganstanleybitcoin), has no good-faith use
        // anyone could make of it either, nor has a coined mark whose string F2 reads as targeted beside any word but
        // one that names a page about it (quorvexa-workshop); an ordinary word (apple-garden), or a little-known mark
        // beside a word a fan or reviewer might use (quorvexa-blog, quorvexa-sucks), keeps its plausible readings.
        var distinctiveCombination = c.Has(Criteria.A4) && !IsCommonWordMark(c)
            && (c.Mark.WellKnown || (c.Has(Criteria.F2) && !c.Matches.Any(m =>
                ActCriteria.FirstIn(m.AddedWords, c.Rules.Words.CommentaryTerms) is not null || ActCriteria.FirstIn(m.AddedWords, c.Rules.Words.PejorativeTerms) is not null)));
        // An ordinary word, or a slip of one, keeps the word's own uses (2.10) unless the mark is known beyond them.
        // So does a term other businesses use too (TermUsedByOthers), unless the mark is known beyond them.
        var plainName = (c.Has(Criteria.A1) || c.Has(Criteria.A2) || c.Has(Criteria.A3) || c.Has(Criteria.A6))
            && (c.Mark.WellKnown || (!IsCommonWordMark(c) && c.Reviewer?.TermUsedByOthers != true && !ShortNameOfOwnValue(c)));
        if (plainName || c.Has(Criteria.U2) || distinctiveCombination)
        {
            factors.Add("no plausible good-faith use");
        }

        var evidence = placeholder is not null ? placeholder.Evidence
            : c.Evidence.Dns is { } dns ? $"DNS {dns.Outcome.ToString().ToLowerInvariant()}, no web host"
            : unusedOnRecord ? "no use on record, none shown by the registrant" : "no page";
        return factors.Count >= 2
            ? ActCriteria.Hit(c, Criteria.U7, Math.Min(1, factors.Count / 3.0), evidence,
                $"Passive holding with Telstra factors ({string.Join(", ", factors)}) supports bad faith (3.3).")
            : new Contribution(Criteria.U7, 0, evidence, "Passive holding alone does not show bad faith (3.3).");
    }

    /// <summary>
    /// The name is offered for sale and nothing shows the word used in its meaning: its innocent readings rest on a use of
    /// the word, and a bare offer shows none, while the famous mark's owner is the buyer in view (puma.ae: the panel found no
    /// use tied to the dictionary meaning "reconciled with the offer to sell"; 3.1.4, 2.10.1).
    /// </summary>
    private static bool OfferedWithoutUse(ScoringContext c) =>
        c.Finding(Criteria.U6) is not null && c.Reviewer?.OrdinaryMeaningUse != true && !c.Has(Criteria.U3);

    /// <summary>The registrant knew the mark and nothing shows it used the word for its ordinary meaning.</summary>
    private static bool KnewTheFamousWord(ScoringContext c) => c.Reviewer is { RegistrantKnewMark: true } r && r.OrdinaryMeaningUse != true;

    public static Contribution? F1FamousMarkVariant(ScoringContext c)
    {
        // 3.1.4: the mere registration of a name "identical or confusingly similar" to a famous or widely-known mark by
        // an unaffiliated party creates a presumption of bad faith. An identical name (A1) counts only for a mark that
        // is no ordinary word: apple.xyz has innocent readings that paypal.xyz has not (2.10), unless the suffix names
        // the mark's goods (canyon.bike for a bicycle maker), which leaves the word no other reading (1.11.2), or the
        // registrant knew the mark and nothing shows it uses the word as a word (3.2.2: once.org, taken "because it is
        // known" by one who knew the renowned ONCE marks).
        var tradeSuffix = TldNamingTheTrade(c);
        var identical = c.Has(Criteria.A1) && (!IsCommonWordMark(c) || tradeSuffix is not null || KnewTheFamousWord(c) || OfferedWithoutUse(c)) && !c.IsOwnDomain;
        if (!c.Mark.WellKnown || c.IsAuthorisedDomain
            || !(identical || c.Has(Criteria.A2) || c.Has(Criteria.A3) || c.Has(Criteria.A4) || c.Has(Criteria.A5) || c.Has(Criteria.A6)))
        {
            return null;
        }

        if (c.Mark.GenericWord && !c.Has(Criteria.A2) && !c.Has(Criteria.A3) && tradeSuffix is null && !(identical && OfferedWithoutUse(c)) && !c.Matches.Any(m =>
                ActCriteria.FirstIn(m.AddedWords, c.Rules.Words.RiskyTerms) is not null || ActCriteria.FirstIn(m.AddedWords, c.Mark.Keywords) is not null))
        {
            // A dictionary-word mark joined to an ordinary word (apple-garden) has an innocent reading.
            return null;
        }

        return ActCriteria.Hit(c, Criteria.F1, 1, c.Host, identical && !(c.Has(Criteria.A2) || c.Has(Criteria.A3) || c.Has(Criteria.A4) || c.Has(Criteria.A5) || c.Has(Criteria.A6))
            ? tradeSuffix is not null && IsCommonWordMark(c)
                ? $"The well-known mark '{c.Mark.Name}' registered under .{tradeSuffix}, a suffix that names the mark's own goods, by an unaffiliated party leaves no innocent explanation (3.1.4, 1.11.2)."
                : IsCommonWordMark(c)
                    ? $"The well-known mark '{c.Mark.Name}' taken as a name by a registrant that knew it, with nothing showing the word's own use: knowledge of a famous mark leaves no innocent reading of its name (3.1.4, 3.2.2)."
                    : $"The well-known mark '{c.Mark.Name}', no ordinary word, registered as a name by an unaffiliated party leaves no innocent explanation (3.1.4)."
            : $"A typo, homoglyph, IDN form or combination of the well-known mark '{c.Mark.Name}' by an unaffiliated party leaves no innocent explanation (3.1.4).");
    }

    public static Contribution? F2CoinedMarkTargeted(ScoringContext c)
    {
        // Two marks in one name show targeting only when the second belongs to another party; the owner's own
        // second mark (a product name beside the house mark) is its own combination (3.1.4, 1.12).
        var strangers = OtherPartiesMarks(c);
        if (strangers.Count > 0 && c.DomainSimilarity > 0)
        {
            return ActCriteria.Hit(c, Criteria.F2, 1, string.Join(", ", strangers),
                "The name combines the mark with another party's mark, which only targeting explains.");
        }

        if (OwnerNameSpelled(c) is { } ownerName && PredatesMark(c) is null)
        {
            return ActCriteria.Hit(c, Criteria.F2, 1, c.Host,
                $"The name spells the owner's own name, '{ownerName}', not only the mark: whatever the mark's word means, that string points at the owner (3.1.4, 3.2.1).");
        }

        var label = CoinedLabel(c);

        // 3.2.2: knowledge may be inferred where the parties compete: a competitor knows the marks of its trade. A name
        // that is a rival's mark, or a look-alike of it, points at that mark even when the string is too short to be
        // read as coined (drn.ca, CIRA), unless the mark is an ordinary word or reads as words or names (canada + visa),
        // which a competitor may use for what they say.
        if (c.Reviewer?.RegistrantIsCompetitor == true && (c.Has(Criteria.A1) || c.Has(Criteria.A2) || c.Has(Criteria.A3))
            && !IsCommonWordMark(c) && label.Length > 0 && !c.Words.IsWord(label) && c.Words.Segment(label) is not { Count: >= 2 } && PredatesMark(c) is null)
        {
            return ActCriteria.Hit(c, Criteria.F2, 1, c.Host,
                $"The registrant competes with the owner, and the name is the rival's mark '{label}' or a look-alike of it: a competitor knows the marks of its trade (3.2.2, 4(b)(iii)).");
        }

        // A misspelling of an ordinary word (transcrip) is not coined: it has a value of its own to a domain investor.
        // Nor is a compound of a trade's combining forms (pharma + nutra) taken as written, unless the mark is shown to be
        // well known: such a name has a value of its own to an investor (2.10, 3.2.2). A typo or look-alike of it has no
        // value of its own (microenter for MICRO CENTER): only the mark explains it.
        var compoundAsWritten = !c.Mark.WellKnown && !(c.Has(Criteria.A2) || c.Has(Criteria.A3)) && c.Words.IsDescriptiveCompound(label);
        var coined = !c.Mark.GenericWord && label.Length >= 4 && !c.Words.IsWord(label) && !c.Words.IsOneEditFromWord(label) && !compoundAsWritten;
        // A coined mark joined to other words is targeted as surely as the mark alone, unless its letters only
        // happen to sit inside an ordinary word, or the mark is itself a phrase of words (pizzahut) that another
        // trader may combine innocently (3.1.4, 1.8). A brand name is no phrase, whatever short words its letters
        // spell (google is not go + ogle), nor is a name the dictionary lists whole (Facebook, a proper noun, is not
        // face + book) when it stands apart from the words beside it (not evian in eviant + clip).
        var combined = c.Has(Criteria.A4) && CombinedAsACoinedMark(c, label);
        if (!coined && OrdinaryWordBesideItsTrade(c) is { } trade)
        {
            return PredatesMark(c) is { } taken
                ? new Contribution(Criteria.F2, 0, taken, $"The name was taken before the mark's earliest right, so '{trade}' beside it cannot show that it targeted the mark (3.8.1).") { Applies = false }
                : ActCriteria.Hit(c, Criteria.F2, 1, c.Host,
                    $"The mark's word stands beside '{trade}', the trade the mark is registered for: whatever the word means alone, together they name the owner's business (3.2.1, 1.8).");
        }

        if (!coined || !(c.Has(Criteria.A1) || c.Has(Criteria.A2) || c.Has(Criteria.A3) || c.Has(Criteria.A5) || c.Has(Criteria.A6) || combined))
        {
            return null;
        }

        // 3.8.1: a name taken before the mark's earliest right cannot have been chosen to target it, whatever its string.
        if (PredatesMark(c) is { } before)
        {
            return new Contribution(Criteria.F2, 0, before,
                $"'{label}' was taken before the mark's earliest right, so the string cannot show that it targeted the mark (3.8.1).") { Applies = false };
        }

        // 3.2.2: a term other businesses use too (companies or marks of that name, earlier holders of the name) has other
        // owners the registrant may have had in mind; for a mark not shown to be well known the string alone then points
        // at none of them ("many third-party uses of that combination of letters", INW.com, D2012-0454).
        if (c.Reviewer?.TermUsedByOthers == true && !c.Mark.WellKnown)
        {
            return new Contribution(Criteria.F2, 0, c.Reviewer.Note ?? "reviewer: termUsedByOthers",
                $"'{label}' is in use by other businesses too; for a mark not shown to be well known, the string alone does not show that the name was aimed at this owner (3.2.2).") { Applies = false };
        }

        // 3.2.2 and 2.9: knowledge is inferred from the string itself only where the mark is widely known or so specific
        // that nobody would choose the string without it. A label that also reads as ordinary words (water + timer) or
        // as an ordinary word with a short ending or prefix (sugar + ex) has a value of its own to a domain investor
        // (2.10, 3.1.1); when the page's pay-per-click links follow that other meaning and avoid the goods the mark is
        // registered for, and nothing else points at the mark, the inference fails for a mark not shown to be well
        // known. Links on the mark's own trade confirm the targeting instead (1.15, 2.9).
        if (ParkedLinks.FollowAnotherMeaning(c, label) is { } why)
        {
            return new Contribution(Criteria.F2, 0, c.Host,
                $"'{label}' also reads as {why}; for a mark not shown to be known beyond its trade, the string alone does not show that the registrant knew of it (3.2.2, 2.9).") { Applies = false };
        }

        // 3.2.2, 3.1.1, 4.16: the string shows knowledge only where the holder could have known the mark. When the owner
        // itself approached the holder to buy the name, a mark registered only in other countries and not shown to be
        // well known gives no ground to infer that a holder elsewhere knew of it (hanit.com: a German mark, a Korean
        // investor; zydos.com: an Indian mark, a US holder); what the holder asked in reply then shows no aim either.
        if (MarkFromElsewhere(c) is { } elsewhere)
        {
            return new Contribution(Criteria.F2, 0, c.Host,
                $"The mark is registered only in {elsewhere.Places} and the holder is in {elsewhere.Country}; the owner approached the holder to buy the name, and for a mark not shown to be well known the string alone does not show that the holder knew of it (3.2.2, 3.1.1).") { Applies = false };
        }

        // 3.1.1, 2.10: the owner itself approached the holder of a name made of ordinary words to buy it. The words' own
        // value to a holder explains the name as well as the mark does, so for a mark not shown to be well known the
        // string alone shows no aim at it (flying + dog, down + pat); a typo of the words still points at the mark.
        if (!c.Mark.WellKnown && c.Reviewer?.SaleInitiatedBy == SaleInitiator.Complainant && c.Has(Criteria.A1) && PhraseOfWords(c, label) is { } phrase)
        {
            return new Contribution(Criteria.F2, 0, c.Host,
                $"'{label}' reads as the ordinary words {phrase}, and the owner approached the holder to buy it: for a mark not shown to be well known, the string alone does not show that the name was aimed at the mark (3.1.1, 2.10).") { Applies = false };
        }

        return ActCriteria.Hit(c, Criteria.F2, 1, c.Host, $"'{label}' is a coined word; the string itself shows it was targeted.");
    }

    /// <summary>
    /// The mark's registrations and the holder's country when the owner sought to buy the name from a holder in a
    /// country none of the mark's registrations covers, for a mark not flagged well known; otherwise null.
    /// </summary>
    private static (string Places, string Country)? MarkFromElsewhere(ScoringContext c)
    {
        if (c.Mark.WellKnown || c.Mark.Jurisdictions.Count == 0 || c.Reviewer?.SaleInitiatedBy != SaleInitiator.Complainant
            || c.Evidence.Registration?.RegistrantCountry is not { Length: 2 } country
            || c.Mark.Jurisdictions.Any(place => DefenceCriteria.SameJurisdiction(place, country)))
        {
            return null;
        }

        return (string.Join(", ", c.Mark.Jurisdictions), country.ToUpperInvariant());
    }

    /// <summary>The label as two or more ordinary (lower-case, common) words of three letters or more, quoted, or null.</summary>
    private static string? PhraseOfWords(ScoringContext c, string label) =>
        c.Words.Segment(label) is { Count: >= 2 } words && words.All(c.Words.IsWord) ? string.Join(" + ", words.Select(w => $"'{w}'")) : null;

    /// <summary>
    /// The keyword of the mark's trade that an ordinary-word mark stands beside as a word of its own (orbit + chewing
    /// gum), or null; the mark's letters inside a longer word, or a name the owner or its licensee holds, never count.
    /// </summary>
    private static string? OrdinaryWordBesideItsTrade(ScoringContext c)
    {
        // A well-known mark's word beside its trade is F1's presumption already (3.1.4); this is the same sign for the rest.
        if (!c.Has(Criteria.A4) || c.Has(Criteria.F1) || c.IsOwnDomain || c.IsAuthorisedDomain || c.IsUrlSubject)
        {
            return null;
        }

        foreach (var match in c.Matches)
        {
            if (match.Kind == MatchKind.Combosquat && !match.InsideDictionaryWord && NameMakeUp.TradeKeyword(c, match.AddedWords) is { } keyword)
            {
                return keyword;
            }
        }

        return null;
    }

    /// <summary>True when a match joins the mark, read as no phrase of words, to other words (F2's combination branch).</summary>
    private static bool CombinedAsACoinedMark(ScoringContext c, string label)
    {
        var brand = c.Words.IsBrandName(label);
        var reading = brand ? null : c.Words.Segment(label);
        var properNoun = reading is { Count: 1 } && !Lexicon.Default.IsPlace(label);
        // A reading with a name among its words (verizon + wireless: a proper noun or a brand, no ordinary word and no
        // place) is that name with a word beside it, not a phrase another trader might put together; a place beside a
        // word (chicago + tribune) is such a phrase.
        var nameBesideWords = reading is { Count: >= 2 } && reading.Any(w => !c.Words.IsWord(w) && !Lexicon.Default.IsPlace(w));
        if (!brand && reading is not null && !properNoun && !nameBesideWords)
        {
            return false;
        }

        return c.Matches.Any(m => (m.Kind == MatchKind.Combosquat || m.AddedWords.Count > 0) && !m.InsideDictionaryWord
            && (!properNoun || StandsApart(c, m)));
    }

    /// <summary>
    /// True when the mark in a combination stands apart from the rest of the name: as a hyphen token of its own, or
    /// beside whole words (verification, refund) or a plural 's', not beside stray letters that may belong to another
    /// name (eviant + clip read as evian + tc + lip).
    /// </summary>
    private static bool StandsApart(ScoringContext c, DomainMatch match) =>
        c.SubjectLabel.Split('-').Contains(match.LabelForm, StringComparer.Ordinal)
        || match.AddedWords.All(w => w == "s" || (w.Length >= 3 && (c.Words.IsWord(w) || Lexicon.Default.Contains(w))) || w.All(char.IsAsciiDigit));

    /// <summary>The registration or acquisition date and the mark's date when the name was taken before the mark's earliest right (3.8.1).</summary>
    internal static string? PredatesMark(ScoringContext c) =>
        c.TakenBeforeRightsOnRecord ? "taken before the complainant's rights (reviewer)"
        : c.Acquired is { } acquired && c.Mark.EarliestRight is { } markDate && !c.IsUrlSubject && !c.Anticipated && DateOnly.FromDateTime(acquired.UtcDateTime) < markDate
            ? $"taken {acquired:yyyy-MM-dd}, mark {markDate:yyyy-MM-dd}"
            : null;

    /// <summary>
    /// The owner's name when the registrable label spells it in full, with or without its company form (meta-platforms-inc
    /// and metaplatforms for Meta Platforms, Inc.), and it says more than the mark alone; otherwise null.
    /// </summary>
    internal static string? OwnerNameSpelled(ScoringContext c)
    {
        if (c.Mark.Owner is not { Length: > 0 } owner)
        {
            return null;
        }

        var words = Marks.MarkLabels.Fold(owner).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var label = c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal);
        var mark = CoinedLabel(c);
        var full = string.Concat(words);
        var withoutForm = words.Count > 1 && CompanyForms.Contains(words[^1]) ? string.Concat(words.Take(words.Count - 1)) : full;
        return (label == full || label == withoutForm) && label.Length > mark.Length && label.StartsWith(mark, StringComparison.Ordinal) ? owner : null;
    }

    /// <summary>The company forms an owner's name may end with (Inc., Ltd, GmbH, S.p.A. …), folded.</summary>
    private static readonly HashSet<string> CompanyForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc", "gmbh", "ag", "sa", "sas", "sarl",
        "spa", "srl", "bv", "nv", "ab", "as", "oy", "kg", "pty", "kk",
    };

    /// <summary>The mark's longest ASCII label form, the one F2 judges.</summary>
    internal static string CoinedLabel(ScoringContext c)
    {
        var label = string.Empty;
        foreach (var form in c.Mark.Labels)
        {
            if (form.Length > label.Length && Ascii.IsValid(form))
            {
                label = form;
            }
        }

        return label;
    }

    /// <summary>What, beyond the string, shows the registrant had the mark in mind (1.15, 2.9, 3.1, 3.2.2); null when nothing does.</summary>
    internal static string? TargetingSign(ScoringContext c)
    {
        foreach (var id in new[] { Criteria.U1, Criteria.U4, Criteria.U5, Criteria.A8, Criteria.A9, Criteria.A10, Criteria.A11, Criteria.A12 })
        {
            if (c.Has(id))
            {
                return id;
            }
        }

        foreach (var finding in c.Findings)
        {
            // Links that name the mark, or the goods the mark is registered for, trade on the mark rather than on
            // another meaning of the name (2.9).
            if (finding.Criterion == Criteria.U3 && finding.Mark is not null && !IsCommonWordMark(c))
            {
                return "pay-per-click links naming the mark";
            }

            if (finding.Criterion == Criteria.U3 && finding.Facts.TryGetValue("links", out var links) && ActCriteria.FirstIn(ParkedLinks.Words(links), c.Mark.Keywords) is { } topic)
            {
                return $"pay-per-click links on the mark's trade ('{topic}')";
            }

            // Read here as well, since U3 is weighed before U4 and U5 run.
            if (finding.Criterion == Criteria.U4 || (finding.Criterion == Criteria.U6 && ScoringContext.Fact(finding, "targeted")))
            {
                return finding.Criterion == Criteria.U4 ? "a shop under the mark" : "an offer aimed at the owner";
            }
        }

        var r = c.Reviewer;
        if (r?.RegistrantKnewMark == true || r?.RegistrantIsCompetitor == true || (r?.AskingPrice is not null && r.SaleInitiatedBy == SaleInitiator.Registrant))
        {
            return "the reviewer's record";
        }

        if (TldNamingTheTrade(c) is { } tld)
        {
            return $"the suffix .{tld}, which names the mark's goods";
        }

        return ShowsPattern(c) ? "a pattern" : null;
    }

    /// <summary>
    /// The top-level domain when it is one of the goods the mark is registered for (canyon.bike for bicycles,
    /// oasis.clothing for clothing), singular or plural; otherwise null. Panels disregard the suffix when comparing
    /// the name with the mark, but a suffix that names the owner's trade points at the owner on the other elements
    /// (Overview 1.11.2).
    /// </summary>
    internal static string? TldNamingTheTrade(ScoringContext c)
    {
        var tld = c.Tld;
        if (tld.Length < 3 || tld.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var keyword in c.Mark.Keywords)
        {
            if (keyword.Equals(tld, StringComparison.OrdinalIgnoreCase) || NameMakeUp.IsPluralOf(keyword, tld))
            {
                return tld;
            }
        }

        return null;
    }

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
