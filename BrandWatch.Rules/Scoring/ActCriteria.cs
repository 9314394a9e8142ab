using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>Act: the mark is used (A1–A12, and U2 mail capability; A13 in FormerOwnName). One small function per criterion.</summary>
internal static class ActCriteria
{
    public static bool IsIdentical(MatchKind kind) => kind is MatchKind.Identical or MatchKind.TldSwap or MatchKind.TldGlued;

    public static bool IsTypo(MatchKind kind) => kind is MatchKind.Omission or MatchKind.Insertion or MatchKind.Repetition
        or MatchKind.Transposition or MatchKind.Replacement or MatchKind.VowelSwap or MatchKind.Addition or MatchKind.Bitsquatting
        or MatchKind.Hyphenation or MatchKind.Plural or MatchKind.EditDistance or MatchKind.ReorderedWords;

    public static Contribution? A1IdenticalLabel(ScoringContext c)
    {
        var match = c.BestMatch(IsIdentical);
        return match is null ? null : Domain(c, Criteria.A1, match,
            $"The domain's label is the mark '{match.LabelForm}' itself; the TLD is disregarded (1.11.1).");
    }

    public static Contribution? A2Typo(ScoringContext c)
    {
        var match = c.BestMatch(IsTypo);
        if (match is null)
        {
            // A combination that does not contain the mark itself embeds a typo of it (myequifaz = my + equifaz).
            match = c.BestMatch(k => k == MatchKind.Combosquat);
            if (match is null || c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal).Contains(match.LabelForm, StringComparison.Ordinal))
            {
                return null;
            }

            return Domain(c, Criteria.A2, match, $"The domain embeds a typo of '{match.LabelForm}' ({match.Explanation}) (1.9).");
        }

        if (match.AddedWords.Count == 0 && c.Words.IsOrdinaryWordVariant(match.LabelForm, c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal), c.MarkWords, out var replaced))
        {
            c.NotATypo = $"'{c.SubjectLabel}' reads as ordinary words ({replaced}) with their own meaning, not a typo of '{match.LabelForm}' (1.9)";
            return null;
        }

        return Domain(c, Criteria.A2, match, $"The domain is a typo of '{match.LabelForm}' ({WireName.Kebab(match.Kind)}: {match.Explanation}) (1.9).");
    }

    public static Contribution? A3Homograph(ScoringContext c)
    {
        var match = c.BestMatch(k => k == MatchKind.Homoglyph);
        return match is null ? null : Domain(c, Criteria.A3, match,
            $"The domain looks like '{match.LabelForm}' through confusable characters ({match.Explanation}); an IDN equals its punycode.");
    }

    public static Contribution? A4Combosquat(ScoringContext c)
    {
        DomainMatch? match = null;
        foreach (var m in c.Matches)
        {
            if ((m.Kind == MatchKind.Combosquat || m.AddedWords.Count > 0) && (match is null || m.Similarity > match.Similarity))
            {
                match = m;
            }
        }

        // 1.7 and 1.8: confusing similarity is a side-by-side comparison, met when the mark is recognisable within the
        // name; added words, however long, do not prevent it. The similarity ratio falls as words are added, so it
        // gates only a combination that does not reproduce the mark whole as an element of its own.
        if (match is null || (match.Similarity < c.Rules.Thresholds.MinSimilarity && !MarkRecognisable(c, match)))
        {
            return null;
        }

        var risky = FirstIn(match.AddedWords, c.Rules.Words.RiskyTerms);
        var pejorative = FirstIn(match.AddedWords, c.Rules.Words.PejorativeTerms);
        var factor = risky is not null ? 1.0 : c.Rules.Thresholds.PlainComboFactor;
        if (match.InsideDictionaryWord)
        {
            // A mark inside an ordinary word (pineapple) is weak evidence of targeting.
            factor *= c.Rules.Thresholds.PlainComboFactor * 0.5;
        }
        var added = string.Join("', '", match.AddedWords);
        var reason = pejorative is not null
            ? $"The domain joins the mark to the pejorative term '{pejorative}', which opens the criticism branch (1.13, 2.6)."
            : risky is not null
                ? $"The domain joins the mark to the affiliation term '{risky}', which suggests the owner's own service (1.8)."
                : $"The domain joins the mark to '{added}'; the mark stays recognisable (1.8).";
        // The first element is a threshold (1.7): a name that holds the mark whole meets it outright, however many
        // words it adds, so the UDRP's fit is not discounted for their length.
        c.DomainSimilarity = Math.Max(c.DomainSimilarity, MarkRecognisable(c, match) ? 1 : match.Similarity);
        return Hit(c, Criteria.A4, factor, $"{match.Domain}: {match.Explanation}", reason);
    }

    /// <summary>
    /// True when the name reproduces the mark's label form whole as one of its elements (google-authenticator,
    /// pizzahutdelivery), not inside an ordinary word (pineapple) and not as a look-alike of it: the mark is then
    /// recognisable side by side with the name (1.7, 1.8).
    /// </summary>
    internal static bool MarkRecognisable(ScoringContext c, DomainMatch match)
    {
        // A dictionary-word mark joined to another word (apple-garden) reads as the word, not as the mark (2.10).
        if (match.InsideDictionaryWord || match.LabelForm.Length == 0 || c.Mark.GenericWord)
        {
            return false;
        }

        // The mark's letters as they stand, not a look-alike of them: a hyphen between the mark's own words is no change.
        return c.SubjectLabel.Replace("-", string.Empty, StringComparison.Ordinal).Contains(match.LabelForm, StringComparison.Ordinal);
    }

    public static Contribution? A5Translation(ScoringContext c)
    {
        var match = c.BestMatch(k => k == MatchKind.Transliteration);
        return match is null ? null : Domain(c, Criteria.A5, match,
            $"The domain is a translation or transliteration of the mark ('{match.LabelForm}') (1.14).");
    }

    public static Contribution? A6AcrossTheDot(ScoringContext c)
    {
        var match = c.BestMatch(k => k == MatchKind.AcrossTheDot);
        return match is null ? null : Domain(c, Criteria.A6, match,
            $"The mark '{match.LabelForm}' is spelt across the dot into the suffix ({match.Domain}).");
    }

    public static Contribution? A7Subdomain(ScoringContext c)
    {
        var match = c.BestMatch(k => k is MatchKind.LevelSquat or MatchKind.SpreadAcrossLabels);
        return match is null ? null : Hit(c, Criteria.A7, match.Similarity, $"{match.Domain}: {match.Explanation}",
            "The mark sits in a subdomain of an unrelated domain: not a UDRP matter, but an abuse route.");
    }

    public static Contribution? A8DeepLink(ScoringContext c) => FromFinding(c, Criteria.A8,
        "The page uses the mark as the anchor of a deep link into the owner's site, bypassing its home page.");

    public static Contribution? A9Framing(ScoringContext c) => FromFinding(c, Criteria.A9,
        "The page frames the owner's pages inside its own branding or ads.");

    public static Contribution? A10Metadata(ScoringContext c) => NamesOnlyItsOwnDomain(c, Criteria.A10) ? null : FromFinding(c, Criteria.A10,
        "The page puts the mark in its metadata (keywords, description, title, Open Graph or alt text).");

    public static Contribution? A11HiddenText(ScoringContext c) => NamesOnlyItsOwnDomain(c, Criteria.A11) ? null : FromFinding(c, Criteria.A11,
        "The page hides the mark in invisible text or stuffs it into its keywords to draw search traffic.");

    /// <summary>
    /// A page whose metadata names the mark only as its own domain name (a parking lander titled "ahnu.com", a sale
    /// lander titled "gnp.com is for sale") names the domain, not the mark: the name is already weighed by A1–A6, and
    /// it shows no knowledge of the mark beyond it (3.2.1). A mention of the mark outside the domain name still counts.
    /// </summary>
    internal static bool NamesOnlyItsOwnDomain(ScoringContext c, string criterion)
    {
        if (c.Finding(criterion) is not { } finding)
        {
            return false;
        }

        var text = WithoutTags(finding.Evidence).Trim();
        if (text.Equals(c.Host, StringComparison.OrdinalIgnoreCase)
            || text.Equals(c.SubjectLabel, StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && text[4..].Equals(c.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var rest = text.Replace(c.Host, " ", StringComparison.OrdinalIgnoreCase);
        if (rest.Length == text.Length)
        {
            return false;
        }

        var letters = new System.Text.StringBuilder(rest.Length);
        foreach (var ch in rest)
        {
            if (char.IsLetterOrDigit(ch))
            {
                letters.Append(char.ToLowerInvariant(ch));
            }
        }

        var remaining = letters.ToString();
        foreach (var label in c.Mark.Labels)
        {
            if (label.Length > 0 && remaining.Contains(label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The evidence fragment without its markup. A plain scan, not a regular expression with a match timeout: a timeout
    /// is a wall-clock limit, and on a loaded machine it threw out of the scorer.
    /// </summary>
    private static string WithoutTags(string fragment)
    {
        var text = new System.Text.StringBuilder(fragment.Length);
        var tagStart = -1;
        for (var i = 0; i < fragment.Length; i++)
        {
            var ch = fragment[i];
            if (tagStart < 0 && ch == '<')
            {
                tagStart = i;
            }
            else if (tagStart >= 0 && ch == '>')
            {
                tagStart = -1;
            }
            else if (tagStart < 0)
            {
                text.Append(ch);
            }
        }

        // A '<' that never closes is text, as it is for a browser.
        return tagStart >= 0 ? text.Append(fragment, tagStart, fragment.Length - tagStart).ToString() : text.ToString();
    }

    public static Contribution? A12OwnersBranding(ScoringContext c) => FromFinding(c, Criteria.A12,
        "The page uses the owner's logo, trade dress or products as its own branding.");

    public static Contribution? U2MailCapability(ScoringContext c)
    {
        if (c.Evidence.Dns is not { } dns || c.DomainSimilarity <= 0)
        {
            return null;
        }

        if (dns.ReceivesMail)
        {
            return Hit(c, Criteria.U2, 1, $"MX {string.Join(", ", dns.Mx)}",
                "The look-alike domain can receive mail (MX records), so it can send or catch mail in the owner's name.");
        }

        return dns.Spf is not null || dns.Dmarc is not null
            ? Hit(c, Criteria.U2, 0.5, dns.Spf ?? dns.Dmarc ?? string.Empty, "The look-alike domain publishes mail policy (SPF or DMARC) without MX: it is set up to send mail.")
            : null;
    }

    internal static Contribution Hit(ScoringContext c, string criterion, double factor, string evidence, string reason) =>
        new(criterion, Math.Round(c.Rules.Weight(criterion) * factor, 4), evidence, reason);

    internal static Contribution? FromFinding(ScoringContext c, string criterion, string reason) => FromFinding(c, criterion, c.Finding(criterion), reason);

    /// <summary>A full hit from <paramref name="finding"/> (when there is one), its own reason after <paramref name="reason"/>.</summary>
    internal static Contribution? FromFinding(ScoringContext c, string criterion, PageFinding? finding, string reason) =>
        finding is null ? null : Hit(c, criterion, 1, finding.Evidence, finding.Reason.Length == 0 ? reason : string.Concat(reason, " ", finding.Reason));

    internal static string? FirstIn(IReadOnlyList<string> words, IReadOnlyList<string> list)
    {
        foreach (var word in words)
        {
            foreach (var term in list)
            {
                if (word.Equals(term, StringComparison.OrdinalIgnoreCase) || (term.Length >= 4 && word.Contains(term, StringComparison.OrdinalIgnoreCase)))
                {
                    return term;
                }
            }
        }

        return null;
    }


    private static Contribution? Domain(ScoringContext c, string criterion, DomainMatch match, string reason)
    {
        if (match.Similarity < c.Rules.Thresholds.MinSimilarity)
        {
            return null;
        }

        c.DomainSimilarity = Math.Max(c.DomainSimilarity, match.Similarity);
        return Hit(c, criterion, match.Similarity, $"{match.Domain}: {match.Explanation}", reason);
    }
}
