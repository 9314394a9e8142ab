using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Scoring;

/// <summary>
/// How a parked page's pay-per-click links read against the mark: whether they follow another meaning of the name
/// (Overview 2.9: links "genuinely related to the dictionary meaning") or name the mark's own goods (3.5), from the
/// analyser's U3 fact `links`.
/// </summary>
internal static class ParkedLinks
{
    /// <summary>
    /// Why a page's pay-per-click links read as following another meaning of the label, or null: the mark is not
    /// well known, the label has an ordinary reading, the mark lists the goods it is registered for, a seen
    /// pay-per-click page has links none of which names those goods or the mark and one at least that shares a word with
    /// the label's reading, and nothing else points at the mark.
    /// An unknown trade or an unseen page leaves the links unjudged (null).
    /// </summary>
    internal static string? FollowAnotherMeaning(ScoringContext c, string label)
    {
        if (c.Mark.WellKnown || c.Mark.Keywords.Count == 0 || label.Length == 0)
        {
            return null;
        }

        // An ordinary-word mark's label reads as the word itself (orbit): links on satellites follow it, not the mark.
        var reading = Reading(c, label) ?? (FaultCriteria.IsCommonWordMark(c) ? ($"the ordinary word '{label}'", [label]) : null);
        if (reading is not var (description, readingWords))
        {
            return null;
        }

        // Links that name the mark (unless the mark is an ordinary word, which such links name as often: Satellite
        // Orbit) or its goods are a targeting sign, checked once below. 2.9 permits the rest only when "genuinely
        // related to the dictionary meaning" of the name: links that follow no meaning of it either (flights, dating
        // under blue + peak + capital) earn from the name's traffic all the same.
        var seen = false;
        foreach (var finding in c.Findings)
        {
            if (finding.Criterion != Criteria.U3)
            {
                continue;
            }

            if (!finding.Facts.TryGetValue("links", out var links) || links.Length == 0
                || !Words(links).Any(w => readingWords.Any(r => NameMakeUp.SameOrPlural(w, r))))
            {
                return null;
            }

            seen = true;
        }

        return seen && FaultCriteria.TargetingSign(c) is null ? $"{description}, and its links avoid the mark's trade ({string.Join(", ", c.Mark.Keywords)})" : null;
    }

    /// <summary>
    /// The ordinary reading a coined-looking label also has, described, with the words of three letters or more it is
    /// made of: ordinary words side by side (water + timer), or an ordinary word of four letters or more with one or two
    /// further letters before or after it (sugar of sugarex). Null when the label reads only as the mark.
    /// </summary>
    private static (string Description, string[] Words)? Reading(ScoringContext c, string label)
    {
        if (c.Words.Segment(label) is { Count: > 1 } words)
        {
            return ($"the ordinary words '{string.Join("' + '", words)}'", [.. words.Where(w => w.Length >= 3)]);
        }

        for (var extra = 1; extra <= 2 && label.Length - extra >= 4; extra++)
        {
            if (c.Words.IsWord(label[..^extra]))
            {
                return ($"the word '{label[..^extra]}' with '{label[^extra..]}' added", [label[..^extra]]);
            }

            if (c.Words.IsWord(label[extra..]))
            {
                return ($"the word '{label[extra..]}' with '{label[..extra]}' before it", [label[extra..]]);
            }
        }

        return null;
    }

    /// <summary>The lower-case words of a text, then each pair of neighbours, so that a keyword of two words ("animal feed") is met whole.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var part in text.Split([' ', ';', ',', '.', '-', '/', '&', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(part.ToLowerInvariant());
        }

        // Two-word keywords ("animal feed") are matched as adjacent pairs as well.
        var count = words.Count;
        for (var i = 0; i + 1 < count; i++)
        {
            words.Add(words[i] + " " + words[i + 1]);
        }

        return words;
    }

    /// <summary>
    /// The parked page's links on the mark's trade, when at least two of them, and at least half of those that name a
    /// topic, name the goods the mark is registered for or the mark itself; otherwise null.
    /// </summary>
    internal static (int OnTrade, int Topical, string Evidence)? OnTheMarksTrade(ScoringContext c)
    {
        var mark = FaultCriteria.CoinedLabel(c);
        foreach (var finding in c.Findings)
        {
            if (finding.Criterion != Criteria.U3 || !finding.Facts.TryGetValue("links", out var links) || links.Length == 0)
            {
                continue;
            }

            var topical = 0;
            var onTrade = new List<string>();
            foreach (var link in links.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                topical++;
                var words = Words(link);
                if (ActCriteria.FirstIn(words, c.Mark.Keywords) is not null || (mark.Length >= 3 && words.Contains(mark)))
                {
                    onTrade.Add(link);
                }
            }

            if (onTrade.Count >= 2 && onTrade.Count * 2 >= topical)
            {
                return (onTrade.Count, topical, string.Join("; ", onTrade));
            }
        }

        return null;
    }
}
