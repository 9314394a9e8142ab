using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>Fault: knew or should have known, inferred from facts (F1–F13; F10 in NameMakeUp, F12 in ProtectedNameRegime) and from the use signals U1, U3–U13 (U12 in BareNameImpersonation, U13 in RedirectedTraffic). Here the name pointing at the mark (F1, F2); the use signals in FaultCriteria.Use.cs, the registrant's conduct in FaultCriteria.Conduct.cs.</summary>
internal static partial class FaultCriteria
{
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
}
