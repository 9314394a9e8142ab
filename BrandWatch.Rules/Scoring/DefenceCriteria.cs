using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Gates (G0, G1) and defences (X1–X10). A gate is always reported (applies = it blocks); a defence is reported when
/// there is evidence to weigh, with negative points taken from fault when it applies.
/// </summary>
internal static class DefenceCriteria
{
    public static Contribution? G0RightsValid(ScoringContext c)
    {
        if (c.Reviewer?.ComplainantRightsNotShown == true)
        {
            return new Contribution(Criteria.G0, -1, c.Reviewer.Note ?? "reviewer",
                "On the record the complainant shows no right in the mark (an unregistered term whose distinctiveness in trade is not proven, a registration of a logo only, a licensee without rights): without a right, no complaint can succeed (UDRP 4(a)(i), Overview 1.1, 1.3).");
        }

        var today = DateOnly.FromDateTime(c.Now.UtcDateTime);
        if (c.Mark.EarliestRight is { } on && on > today)
        {
            return new Contribution(Criteria.G0, -1, $"mark registered on {on:yyyy-MM-dd}",
                $"The mark's rights start on {on:yyyy-MM-dd}, after today: no valid rights yet, so no complaint can succeed.");
        }

        return new Contribution(Criteria.G0, 0, c.Mark.EarliestRight is { } date ? (c.Mark.EarliestRight == c.Mark.RegisteredOn ? $"mark registered on {date:yyyy-MM-dd}" : $"mark in use since {date:yyyy-MM-dd}") : "mark in portfolio",
            "The complainant's rights in the mark are taken as valid.") { Applies = false };
    }

    public static Contribution? G1PredatesMark(ScoringContext c)
    {
        if (c.TakenBeforeRightsOnRecord)
        {
            return new Contribution(Criteria.G1, -1, c.Reviewer!.Note ?? "reviewer",
                "The domain was registered or acquired before the complainant had any right in the mark, on the reviewer's record: registration cannot be in bad faith (3.8.1).");
        }

        if (c.Acquired is not { } acquired || c.Mark.EarliestRight is not { } markDate)
        {
            return new Contribution(Criteria.G1, 0, "registration date unknown", "Whether the domain predates the mark is unknown.") { Applies = false };
        }

        var day = DateOnly.FromDateTime(acquired.UtcDateTime);
        var what = c.IsHeldAgainstBuyer ? "sold to the complainant" : c.Acquired == c.Registered ? "registered" : "acquired";
        if (day < markDate && c.Anticipated)
        {
            return new Contribution(Criteria.G1, 0, $"{what} {day:yyyy-MM-dd}, mark {markDate:yyyy-MM-dd}",
                $"The domain was {what} on {day:yyyy-MM-dd}, before the mark's earliest right ({markDate:yyyy-MM-dd}), but in anticipation of the complainant's nascent rights, on the reviewer's record: a name taken to capitalise on rights about to arise is no older right (3.8.2).") { Applies = false };
        }

        if (day < markDate && !c.IsUrlSubject)
        {
            return new Contribution(Criteria.G1, -1, $"{what} {day:yyyy-MM-dd}, mark {markDate:yyyy-MM-dd}",
                $"The domain was {what} on {day:yyyy-MM-dd}, before the mark's earliest right ({markDate:yyyy-MM-dd}): registration cannot be in bad faith (3.8.1).");
        }

        return new Contribution(Criteria.G1, 0, $"{what} {day:yyyy-MM-dd}, mark {markDate:yyyy-MM-dd}", c.IsHeldAgainstBuyer
            ? $"The registrant sold its rights in the domain to the complainant on {day:yyyy-MM-dd} and kept it: against the buyer its holding dates from the sale, after the mark's earliest right, and the earlier registration passed to the buyer."
            : $"The domain was {what} after the mark's earliest right.") { Applies = false };
    }

    public static Contribution? X1OwnTrademark(ScoringContext c)
    {
        if (c.Reviewer is not { RegistrantHoldsTrademark: true } r)
        {
            return null;
        }

        if (r.NameSoldToComplainantOn is { } sold)
        {
            return SoldRights(Criteria.X1, sold, "trademark");
        }

        // 2.12.2: a mark obtained primarily to circumvent the policy confers no right: one obtained after notice of
        // the dispute, after the domain (and after the complainant's mark), after the complainant's mark by a registrant
        // that knew it, by a registrant that holds others' marks as names, or in a jurisdiction with no tie to the
        // registrant. Unknown date or place is not held against the registrant.
        var failed = new List<string>(4);
        if (TrademarkSoughtAfterNotice(r) is var (late, notice))
        {
            failed.Add($"it was obtained on {late:yyyy-MM-dd}, after notice of the dispute on {notice:yyyy-MM-dd}");
        }
        else if (r.RegistrantTrademarkDate is { } mark && c.Acquired is { } acquired && mark > DateOnly.FromDateTime(acquired.UtcDateTime)
                 && (c.Mark.EarliestRight is not { } theirs || theirs < mark))
        {
            failed.Add($"it was obtained on {mark:yyyy-MM-dd}, after the domain ({acquired:yyyy-MM-dd}) and after the complainant's mark");
        }
        else if (r.RegistrantKnewMark == true && r.RegistrantTrademarkDate is { } known && c.Mark.EarliestRight is { } prior && prior < known)
        {
            // A mark sought by one who knew the complainant's earlier mark is obtained in the face of it: panels have
            // been wary of such marks as a shield for the name (2.12.2; opentime.com).
            failed.Add($"it was obtained on {known:yyyy-MM-dd}, after the complainant's right ({prior:yyyy-MM-dd}), by a registrant that knew the complainant's mark");
        }

        // A registrant that holds names made of others' marks (a pattern, 3.1.2) and a mark of its own in the name has
        // the mark as a shield for the name, not a right: the .eu sunrise marks filed in bulk with an ampersand inside
        // others' names (frankf & urt for frankfurt.eu; CJEU C-569/10, Reifen, weighs the number of such marks and
        // their use). A mark shown to be older than the complainant's right was no shield against it.
        if (r.RegistersOthersMarks == true && !(r.RegistrantTrademarkDate is { } own && c.Mark.EarliestRight is { } earliest && own < earliest))
        {
            failed.Add("the registrant holds names made of others' marks, so its mark is a shield for the name, not a right in it");
        }

        if (r.RegistrantTrademarkJurisdiction is { Length: > 0 } place && c.Evidence.Registration?.RegistrantCountry is { Length: > 0 } country
            && !SameJurisdiction(place, country))
        {
            failed.Add($"it is registered in {place}, where the registrant ({country}) has no tie");
        }

        var evidence = r.RegistrantTrademarkDate is { } date
            ? $"registrant's mark {date:yyyy-MM-dd}{(r.RegistrantTrademarkJurisdiction is { } j ? " in " + j : string.Empty)}"
            : c.Evidence.Registration?.RegistrantOrganisation ?? "reviewer";
        return failed.Count == 0
            ? Defence(c, Criteria.X1, 1, evidence, r.RegistrantTrademarkLapsed == true
                ? "The registrant held its own trademark in the name when it registered the name, since lapsed: a registration made under a right of its own was not made in bad faith (4(a)(iii), 2.12), so UDRP is not the route."
                : "The registrant holds its own trademark in the name: both hold rights, so UDRP is not the route (2.12).")
            : new Contribution(Criteria.X1, 0, evidence,
                $"The registrant's own trademark confers no right here (2.12.2): {string.Join("; ", failed)}.") { Applies = false };
    }

    /// <summary>The registrant's own trademark's date and the notice's, when it sought the mark only once on notice of the dispute (2.12.2).</summary>
    internal static (DateOnly Mark, DateOnly Notice)? TrademarkSoughtAfterNotice(ReviewerFacts? r) =>
        r is { RegistrantHoldsTrademark: true, RegistrantTrademarkDate: { } mark, DisputeNoticeOn: { } notice } && mark >= notice ? (mark, notice) : null;

    public static Contribution? X2CommonlyKnown(ScoringContext c)
    {
        if (c.Reviewer?.RegistrantCommonlyKnownByName != true)
        {
            return null;
        }

        var evidence = c.Evidence.Registration?.RegistrantOrganisation ?? "reviewer";
        return SameNameGivesWay(c) is { } law
            ? new Contribution(Criteria.X2, 0, evidence,
                $"The registrant bears the name too, but under {law.Name} a bearer of the same name gives way to a mark of overwhelming renown, whose public expects the brand at the address: '{c.Mark.Name}' is well known there ({law.Authority}).") { Applies = false }
            : Defence(c, Criteria.X2, 1, evidence, "The registrant is commonly known by the name (4(c)(ii)).");
    }

    /// <summary>
    /// The laws whose courts settle a clash between bearers of one name by priority of registration unless one name has
    /// overwhelming renown: then the other bearer must give way, even for its own business or a private page, and add a
    /// distinguishing element. German law (BGH 2001-11-22, shell.de, I ZR 138/99; krupp.de, joop.de), Swiss law (Federal
    /// Court 4C.376/2004, maggi.com), French law (TGI Nanterre 2005, milka.fr) and Italian law (Tribunale di Bergamo 2003,
    /// armani.it). The UDRP has no such rule (2.3): a bearer of the name keeps it there.
    /// </summary>
    private static readonly Dictionary<string, (string Name, string Authority)> RenownPrevailsOverHomonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DE"] = ("German name law", "BGH, shell.de, I ZR 138/99"),
        ["CH"] = ("Swiss name and trademark law", "Federal Court, maggi.com, 4C.376/2004"),
        ["FR"] = ("French trademark law", "TGI Nanterre, milka.fr, 2005"),
        ["IT"] = ("Italian trademark law", "Tribunale di Bergamo, armani.it, 2003"),
    };

    /// <summary>
    /// The law under which a bearer of the same name gives way, or null: the country of the name's country code, or for
    /// another suffix the registrant's country, is one of <see cref="RenownPrevailsOverHomonyms"/>, and the mark is flagged
    /// well known and protected there (or its places are not on record: the renown the record states is that country's).
    /// </summary>
    private static (string Name, string Authority)? SameNameGivesWay(ScoringContext c)
    {
        var country = c.TldAscii.Length == 2 ? c.TldAscii : c.Evidence.Registration?.RegistrantCountry;
        return c.Mark.WellKnown && country is not null && RenownPrevailsOverHomonyms.TryGetValue(country, out var law)
            && (c.Mark.Jurisdictions.Count == 0 || c.Mark.Jurisdictions.Any(place => SameJurisdiction(place, country)))
            ? law
            : null;
    }

    public static Contribution? X3PriorBusiness(ScoringContext c) =>
        c.Reviewer is not { PriorBonaFideBusiness: true } r ? null
        : r.NameSoldToComplainantOn is { } sold ? SoldRights(Criteria.X3, sold, "business under the name")
        // A business under the bearer's own name gives way as the bearer does (Luca Armani's stamps, Milka Couture).
        : r.RegistrantCommonlyKnownByName == true && SameNameGivesWay(c) is { } law
            ? new Contribution(Criteria.X3, 0, c.Evidence.Registration?.RegistrantOrganisation ?? "reviewer",
                $"The registrant trades under its own name, but under {law.Name} that business gives way to a mark of overwhelming renown as its bearer does: '{c.Mark.Name}' is well known there ({law.Authority}).") { Applies = false }
        : Defence(c, Criteria.X3, 1, c.Evidence.Registration?.RegistrantOrganisation ?? "reviewer",
            "The registrant ran a distinguishable bona fide business under the name before notice (4(c)(i)).");

    /// <summary>A right or interest the registrant had in the name before it sold the name's rights to the complainant.</summary>
    private static Contribution SoldRights(string criterion, DateOnly sold, string what) =>
        new(criterion, 0, $"sold to the complainant {sold:yyyy-MM-dd}",
            $"The registrant's {what} gives it no right against the complainant: it sold its rights in the name to the complainant on {sold:yyyy-MM-dd}.") { Applies = false };

    public static Contribution? X4Reseller(ScoringContext c)
    {
        if (c.IsAuthorisedDomain)
        {
            return c.Reviewer?.RegistrantAuthorisedByOwner == true
                ? Defence(c, Criteria.X4, 1, c.Reviewer.Note ?? "reviewer",
                    "The registrant is an authorised distributor, reseller or licensee of the mark's goods, on the reviewer's record: the name serves the owner's own distribution (2.8).")
                : Defence(c, Criteria.X4, 1, c.Host, "The domain belongs to an authorised reseller or licensee of the mark.");
        }

        if (c.Finding(Criteria.X4) is not { } finding)
        {
            return null;
        }

        // The analyser reports a disclosure and whether it is prominent; offering only the mark's goods is
        // checked when the finding says so (a fact it does not carry is unknown, not a failure).
        var failed = new List<string>(4);
        if (IsFalse(finding, "offersGoods"))
        {
            failed.Add("does not offer the goods");
        }

        if (IsFalse(finding, "onlyMarkGoods"))
        {
            failed.Add("sells other brands too");
        }

        if (!ScoringContext.Fact(finding, "disclosure") && !ScoringContext.Fact(finding, "prominent"))
        {
            failed.Add("does not disclose its relationship prominently");
        }

        if (c.Has(Criteria.F4))
        {
            failed.Add("corners other names");
        }

        if (SellsUnderIdenticalName(c))
        {
            failed.Add("trades under a name identical to the mark, which itself says it is the owner or its authorised seller (2.5.1)");
        }

        return failed.Count == 0
            ? UnlessImpersonating(c, Defence(c, Criteria.X4, 1, finding.Evidence, "A reseller that offers the goods, sells only them, discloses the relationship and corners no names passes Oki Data (2.8)."))
            : new Contribution(Criteria.X4, 0, finding.Evidence, $"The reseller fails Oki Data (2.8): it {string.Join(", ", failed)}.") { Applies = false };
    }

    /// <summary>
    /// Overview 2.5.1: a name identical to the mark carries a high risk of implied affiliation, so a reseller cannot
    /// accurately disclose its relationship under it (Oki Data's third condition), whatever the page says; 2.8.1's
    /// reseller interest covers names such as the mark plus a descriptive word, not the bare mark.
    /// </summary>
    internal static bool SellsUnderIdenticalName(ScoringContext c) => c.Has(Criteria.A1) && !c.IsAuthorisedDomain;

    public static Contribution? X5Criticism(ScoringContext c)
    {
        var finding = c.Finding(Criteria.X5);
        var pejorative = c.Matches.Any(m => ActCriteria.FirstIn(m.AddedWords, c.Rules.Words.PejorativeTerms) is not null);
        if (finding is null && !pejorative)
        {
            return null;
        }

        // Advertising on a page about the mark (U11) is earning from it as much as pay-per-click links are (2.6.2).
        var commercial = c.Has(Criteria.U3) || c.Has(Criteria.U4) || c.Has(Criteria.U6) || c.Has(Criteria.U1) || c.Has(Criteria.U11)
            || c.Findings.Any(f => ScoringContext.Fact(f, "ads"));
        var tarnishing = c.Has(Criteria.U10);
        if (commercial || tarnishing || finding is null)
        {
            return new Contribution(Criteria.X5, 0, finding?.Evidence ?? c.Host,
                commercial ? "The site calls itself criticism but earns from the mark, so it is not genuine noncommercial criticism (2.6)."
                : tarnishing ? "The site calls itself criticism but tarnishes the mark with adult or gambling content, which no fair use covers (4(c)(iii), 2.6)."
                : "The name is pejorative but no page shows genuine criticism (2.6).") { Applies = false };
        }

        var identical = c.Has(Criteria.A1) || c.Matches.Any(m => m.Kind == Screening.MatchKind.Hyphenation);
        return Defence(c, Criteria.X5, identical ? c.Rules.Thresholds.IdenticalCriticismFactor : 1, finding.Evidence, identical
            ? "Genuine noncommercial criticism, though a name identical to the mark implies affiliation and weakens the defence (2.6, 2.5.1)."
            : "Genuine noncommercial criticism of the owner is a legitimate use (2.6).");
    }

    public static Contribution? X6DictionaryMeaning(ScoringContext c)
    {
        // 2.10.1: the dictionary-meaning defence needs (a) a name that is the word, (b) use of the word in its
        // ordinary meaning, and (c) no trading on the mark. A word-list entry is not a dictionary meaning: brand
        // names and proper nouns are not ordinary words (OrdinaryWords).
        if (!FaultCriteria.IsCommonWordMark(c))
        {
            return null;
        }

        var stated = c.Reviewer?.OrdinaryMeaningUse;
        var observed = c.Evidence.Pages.Count > 0 && c.Live == true;
        if (stated is null && !observed)
        {
            return null;
        }

        string? Fails()
        {
            // (a) A typo, look-alike or combination of the mark is not the word itself.
            foreach (var id in new[] { Criteria.A2, Criteria.A3, Criteria.A4, Criteria.A5, Criteria.A6 })
            {
                if (c.Has(id))
                {
                    return $"the name is not the word itself but a variant of the mark ({id})";
                }
            }

            if (!c.Has(Criteria.A1))
            {
                return "the name is not the word itself";
            }

            // (c) Bad conduct is never a legitimate use of a word (2.13.1, 3.4); tarnishment, redirection away and
            // trading signals show the name is used for the mark, not for the word (2.9, 3.1.4).
            foreach (var id in new[] { Criteria.U1, Criteria.U8, Criteria.D3, Criteria.U4, Criteria.U5, Criteria.A8, Criteria.A9, Criteria.A11, Criteria.A12, Criteria.F5, Criteria.F6 })
            {
                if (c.Has(id))
                {
                    return $"the site trades on the mark or misbehaves ({id})";
                }
            }

            if (RedirectsAway(c) is { } target)
            {
                return $"the site redirects away to {target}";
            }

            // 2.10.1 asks that the word was not taken to trade on the mark. A registrant shown to know the mark who
            // registers others' marks as a pattern (F4) took this one as one of them, whatever page it put up later,
            // unless a reviewer found the use to be the word's (twitter.co.kr, a sham travel page of a bulk registrant).
            if (stated != true && c.Has(Criteria.F4) && (c.Has(Criteria.F3) || c.Reviewer?.RegistrantKnewMark == true))
            {
                return "a registrant who knew the mark and registers others' marks as a pattern (F4) did not take the word for its meaning";
            }

            // (b) Ordinary meaning: a reviewer's finding decides; otherwise a live page with no finding tied to the
            // mark, and no pay-per-click links unless they follow the word's own meaning (2.9).
            if (stated == false)
            {
                return "the site does not use the word in its ordinary meaning";
            }

            if (stated is null)
            {
                // A blank or "coming soon" page uses no word in any meaning: it is non-use (3.3), not a use "in
                // connection with the relied-upon dictionary meaning" (2.10.1).
                if (c.Finding(Criteria.U7) is not null)
                {
                    return "the page holds nothing of its own, so it uses the word in no meaning";
                }

                // A page that offers the name for sale uses no word in any meaning either: it offers the name, and for a
                // famous mark its owner is the first buyer in view (puma.ae: "none reconciled with the offer to sell").
                if (c.Mark.WellKnown && c.Finding(Criteria.U6) is not null)
                {
                    return "the page offers the name for sale, which uses the word in no meaning, and the mark is well known";
                }

                // A registrant known by the name uses it as its own name (Mr Shell's translation office on shell.de):
                // that use is X2's to weigh, not a use of the word in its dictionary meaning.
                if (c.Reviewer?.RegistrantCommonlyKnownByName == true)
                {
                    return "the site uses the registrant's own name, which X2 weighs, not the word in its meaning";
                }

                if (c.Has(Criteria.U3))
                {
                    return "pay-per-click links are not shown to follow the word's ordinary meaning (2.9)";
                }

                foreach (var finding in c.Findings)
                {
                    if (finding.Mark is not null && finding.Criterion != Criteria.A10)
                    {
                        return $"the page refers to the mark ({finding.Criterion})";
                    }
                }
            }

            return null;
        }

        var evidence = c.Evidence.Pages.Count > 0 ? c.Evidence.Pages[0].Url : c.Reviewer?.Note ?? c.Host;
        return Fails() is { } why
            ? new Contribution(Criteria.X6, 0, evidence, $"The mark is an ordinary word, but {why} (2.10.1).") { Applies = false }
            : Defence(c, Criteria.X6, 1, evidence, "The name is the ordinary word itself and the site uses it in that sense, not for the mark (2.10.1).");
    }

    public static Contribution? X8NominativeUse(ScoringContext c)
    {
        if (c.Finding(Criteria.X8) is not { } finding)
        {
            return null;
        }

        return c.DomainSimilarity > 0
            ? new Contribution(Criteria.X8, 0, finding.Evidence, "A disclaimer on the page does not cure a confusingly similar domain name (3.7).") { Applies = false }
            : UnlessImpersonating(c, Defence(c, Criteria.X8, 1, finding.Evidence,
                $"The page names the mark only as needed to refer to the owner's goods, in plain text, with no implied sponsorship (nominative use). {finding.Reason}".Trim()));
    }

    public static Contribution? X9LawfulLinking(ScoringContext c)
    {
        if (c.Finding(Criteria.X9) is not { } finding || c.Has(Criteria.A8) || c.Has(Criteria.A9))
        {
            return null;
        }

        return c.DomainSimilarity > 0
            ? new Contribution(Criteria.X9, 0, finding.Evidence, "Linking to the owner does not cure a confusingly similar domain name.") { Applies = false }
            : UnlessImpersonating(c, Defence(c, Criteria.X9, 1, finding.Evidence, "A plain link with attribution that opens the owner's page in a full window is lawful linking."));
    }

    /// <summary>
    /// A fair use found on a page that phishes or impersonates the owner (U1) is the phishing kit's own wording ("your
    /// account is under review"), not a use of the mark: impersonation never confers a right or legitimate interest
    /// (2.13.1), so the defence is reported without applying.
    /// </summary>
    private static Contribution UnlessImpersonating(ScoringContext c, Contribution defence) =>
        c.Has(Criteria.U1)
            ? defence with { Points = 0, Applies = false, Reason = $"Not counted: the page phishes or impersonates the owner (U1), and impersonation never confers a right or legitimate interest (2.13.1). {defence.Reason}" }
            : defence;

    // CNDRP (2019), Article 2: a complaint is not accepted once the domain has been registered for more than three
    // years; `cndrpBarYears` carries that limit (3 in the shipped rules, as in dispute-policies.json).
    public static Contribution? X10CndrpBar(ScoringContext c)
    {
        if (!c.Rules.Words.CndrpTlds.Contains(c.TldAscii))
        {
            return null;
        }

        // The bar runs from the present holder's registration: a transfer to it is a new registration (leister.net.cn,
        // HKIAC DCN-1500641, as Overview 3.9 reads a transfer under the UDRP).
        if (c.Acquired is not { } registered)
        {
            return new Contribution(Criteria.X10, 0, "registration date unknown", "Whether the CNDRP time bar applies is unknown.") { Applies = false };
        }

        var (what, since) = registered == c.Registered ? ("registered", "its registration") : ("acquired by its holder", "its acquisition by its holder");
        var barred = registered.AddYears(c.Rules.Thresholds.CndrpBarYears) < c.Now;
        return barred
            ? Defence(c, Criteria.X10, 0, $"{what} {registered:yyyy-MM-dd}",
                $"The .{c.Tld} domain was {what} more than {c.Rules.Thresholds.CndrpBarYears} years ago: CNDRP bars the complaint; the court remains.")
            : new Contribution(Criteria.X10, 0, $"{what} {registered:yyyy-MM-dd}", $"The domain is within the CNDRP window of {c.Rules.Thresholds.CndrpBarYears} years, counted from {since}.") { Applies = false };
    }

    private static string? RedirectsAway(ScoringContext c)
    {
        foreach (var page in c.Evidence.Pages)
        {
            if (page.FinalUrl is { } final && ScoringContext.HostOf(final) is var host && host != c.Host && !host.EndsWith("." + c.Host, StringComparison.Ordinal))
            {
                return host;
            }
        }

        return null;
    }

    internal static bool SameJurisdiction(string place, string country) =>
        string.Equals(place, country, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(place, "EU", StringComparison.OrdinalIgnoreCase) && EuMembers.Contains(country.ToUpperInvariant()))
        || place.Equals("WIPO", StringComparison.OrdinalIgnoreCase) || place.Equals("international", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> EuMembers =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL",
        "PT", "RO", "SE", "SI", "SK",
    ];

    private static bool IsFalse(PageFinding finding, string key) =>
        finding.Facts.TryGetValue(key, out var value) && string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);

    private static Contribution Defence(ScoringContext c, string criterion, double factor, string evidence, string reason) =>
        new(criterion, -Math.Round(c.Rules.Weight(criterion) * factor, 4), evidence, reason);
}
