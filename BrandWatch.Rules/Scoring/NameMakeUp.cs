using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// F10: what the name is made of, read as the panels read it under 3.2.1(i), "the nature of the domain name": a typo
/// of a mark, or the mark joined to a term of the owner's area of activity, points at the owner by itself. It adds to
/// F2 (the string targets a distinctive mark), never replaces it: an identical name carries no such sign, and a
/// dictionary-word mark keeps its innocent readings (2.10).
/// </summary>
internal static class NameMakeUp
{
    public static Contribution? F10(ScoringContext c)
    {
        // F2 carries the conditions that make the string itself telling: a distinctive mark, not taken before the
        // mark's rights, its letters not following another meaning of the label (3.8.1, 3.2.2).
        if (!c.Has(Criteria.F2) || c.IsOwnDomain || c.IsAuthorisedDomain || c.IsUrlSubject || FaultCriteria.IsCommonWordMark(c))
        {
            return null;
        }

        // The mark's own name on a suffix that names the trade it is registered for (aeropostale.clothing): the name reads
        // as the owner's shop for its goods, as the mark beside a word of its trade does (1.11.2, 3.2.1(i)).
        if (c.Has(Criteria.A1) && FaultCriteria.TldNamingTheTrade(c) is { } suffix)
        {
            return ActCriteria.Hit(c, Criteria.F10, 1, c.Host,
                $"The distinctive mark on .{suffix}, the trade it is registered for, reads as the owner's own site for its goods: a name that suggests sponsorship by the owner, which no good-faith registrant needs (1.11.2, 3.2.1(i), 2.5.1).");
        }

        foreach (var match in c.Matches)
        {
            if (match.Similarity < c.Rules.Thresholds.MinSimilarity && match.Kind != MatchKind.Combosquat)
            {
                continue;
            }

            if (IsMisspelling(c, match))
            {
                return ActCriteria.Hit(c, Criteria.F10, 1, $"{match.Domain}: {match.Explanation}",
                    "A misspelling of a distinctive mark has no value of its own: it waits for the owner's mistyped traffic, and panels read typosquatting as bad faith in itself (3.2.1(i), 1.9).");
            }

            if (match.Kind == MatchKind.Combosquat && !match.InsideDictionaryWord && OwnersTerm(c, match) is { } term)
            {
                return ActCriteria.Hit(c, Criteria.F10, 1, $"{match.Domain}: {match.Explanation}",
                    $"The distinctive mark joined to {term} reads as the owner's own site or branch: a name that suggests sponsorship by the owner, which no good-faith registrant needs (3.2.1(i), 2.5.1).");
            }
        }

        return null;
    }

    /// <summary>
    /// A deliberate slip of the mark's spelling (1.9): a typo kind (A2) or look-alike characters (A3), but not the mark's
    /// words set apart by hyphens or reordered.
    /// </summary>
    private static bool IsMisspelling(ScoringContext c, DomainMatch match) => match.Kind switch
    {
        MatchKind.Homoglyph => true,
        MatchKind.Hyphenation => BreaksAWord(c, match),
        MatchKind.ReorderedWords => false,
        MatchKind.Combosquat => RepeatsAWordOfTheMark(c, match),
        _ => ActCriteria.IsTypo(match.Kind),
    };

    /// <summary>
    /// True when every word the name adds to the mark is a word of the mark itself: a word typed twice (duckduckduckgo
    /// for DUCK DUCK GO) adds no meaning of its own, so it is a slip of the mark's spelling, not the mark beside a word.
    /// </summary>
    private static bool RepeatsAWordOfTheMark(ScoringContext c, DomainMatch match)
    {
        return c.MarkWords.Count > 1 && match.AddedWords.Count > 0
            && match.AddedWords.All(added => c.MarkWords.Any(word => word.Length >= 3 && word.Equals(added, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The added word that speaks for the owner, described, or null: a word of the mark's registered trade, a word of
    /// commerce (shop, buy, official), a place (a market or branch), or a term of the owner's own dealings with its
    /// customers (login, verification, refund).
    /// </summary>
    private static string? OwnersTerm(ScoringContext c, DomainMatch match)
    {
        if (TradeKeyword(c, match.AddedWords) is { } keyword)
        {
            return $"'{keyword}', the trade the mark is registered for";
        }

        foreach (var word in match.AddedWords)
        {
            if (Lexicon.Default.TryGet(word, out var entry) && entry.Kind switch
                {
                    LexiconKind.Trade or LexiconKind.Place => true,
                    LexiconKind.PlaceCode => word.Length >= 3, // two letters read out of a longer label are too often noise
                    _ => false,
                })
            {
                return entry.Kind == LexiconKind.Trade ? $"the word of commerce '{word}'" : $"the place '{word}' ({entry.Meaning})";
            }
        }

        return ActCriteria.FirstIn(match.AddedWords, c.Rules.Words.RiskyTerms) is { } risky ? $"the term '{risky}' of the owner's dealings with its customers" : null;
    }

    /// <summary>
    /// A keyword of the mark whose every word (singular or plural) is among the added words ('auto loans' in usaa + auto
    /// + loan), or the first word of a keyword of several, the field it names ('investment' of 'investment management'),
    /// when it has five letters or more.
    /// </summary>
    internal static string? TradeKeyword(ScoringContext c, IReadOnlyList<string> added)
    {
        foreach (var keyword in c.Mark.Keywords)
        {
            // A product named with the mark (iPod nano) is named by its other words beside the mark (ipod + nano).
            var words = Marks.MarkLabels.Fold(keyword).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !c.MarkWords.Contains(w, StringComparer.OrdinalIgnoreCase)).ToArray();
            // The added letters are compared whole as well as word by word: the segmenter may cut a product's word
            // into shorter ones of some language ('nano' as 'na' + 'no'), and the letters still spell it.
            if (words.Length > 0 && (words.All(w => w.Length >= 3 && added.Any(a => SameOrPlural(a, w)))
                || (string.Concat(words) is { Length: >= 3 } spelt && SameOrPlural(string.Concat(added), spelt))
                || (words.Length > 1 && words[0].Length >= 5 && added.Any(a => SameOrPlural(a, words[0])))))
            {
                return keyword;
            }
        }

        return null;
    }

    /// <summary>True when the two words are the same, or one is the other with a plural 's' (case ignored).</summary>
    internal static bool SameOrPlural(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || IsPluralOf(a, b) || IsPluralOf(b, a);

    /// <summary>True when <paramref name="plural"/> is <paramref name="word"/> with an 's' added (case ignored).</summary>
    internal static bool IsPluralOf(string plural, string word) =>
        plural.Length == word.Length + 1 && (plural[^1] is 's' or 'S') && plural.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when a hyphen of the name falls inside one of the mark's words (l-e-g-o), not between them (ice-watch for
    /// ICE WATCH, 1-800-dentist for 1-800-DENTIST): hyphens between the words spell the mark, inside a word they disguise it.
    /// </summary>
    private static bool BreaksAWord(ScoringContext c, DomainMatch match)
    {
        var label = c.SubjectLabel;
        var letters = label.Replace("-", string.Empty, StringComparison.Ordinal);
        if (letters != match.LabelForm)
        {
            return false;
        }

        // Where the mark's words end, as its name writes them and as the dictionary reads its letters.
        var boundaries = new HashSet<int>();
        AddEnds(boundaries, c.MarkWords);
        if (c.Words.Segment(letters) is { Count: > 1 } parts)
        {
            AddEnds(boundaries, parts);
        }

        var position = 0;
        foreach (var ch in label)
        {
            if (ch == '-')
            {
                if (!boundaries.Contains(position))
                {
                    return true;
                }
            }
            else
            {
                position++;
            }
        }

        return false;
    }

    private static void AddEnds(HashSet<int> ends, IEnumerable<string> words)
    {
        var at = 0;
        foreach (var word in words)
        {
            at += word.Length;
            ends.Add(at);
        }
    }
}
