using System.Globalization;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

internal static partial class FaultCriteria
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
}
