namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The fewest letters of the two marks together: two two-letter marks joined are any four letters.</summary>
    private const int JoinedMarksMinLength = 6;

    /// <summary>
    /// Two coined marks of the portfolio joined at the start of a token, alone or before words of any language:
    /// qxrvelmocinemas = 'qxr' (QXR) + 'velmo' (VELMO) + 'cinemas'. Each mark alone is short and would be chance amid
    /// letters, but the other mark beside it is no chance: a squatter names a business by the brands it trades under
    /// (a merger's two names, a maker and its product line). The first mark has three or four characters (a longer
    /// one is found by the embedded rule whatever follows it); marks that are ordinary words, a second mark of two
    /// letters, and a token that reads as ordinary words as well are refused.
    /// </summary>
    private static void MarksJoined(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || !index._hasShortForms)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length < JoinedMarksMinLength || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            for (var first = CodedMarkLength; first <= ShortTextMaxLength && first <= token.Length - CodedMarkLength; first++)
            {
                if (index.MayBeShortForm(token[..first]) && index._exact.TryGetValue(token[..first], out var heads) && index.HasCoinedShortForm(heads))
                {
                    JoinedAfter(facts, ref found, token, first, heads);
                }
            }
        }
    }

    private static void JoinedAfter(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, int first, int[] heads)
    {
        var index = facts.Index;
        var segmenter = index._segmenter;
        for (var second = first + CodedMarkLength; second <= token.Length; second++)
        {
            if (!index.MayBeShortForm(token[first..second]) || !index._exact.TryGetValue(token[first..second], out var tails))
            {
                continue;
            }

            var rest = token[second..];
            var restPieces = rest.Length == 0 ? 0 : segmenter.Pieces(rest);
            if (restPieces < 0)
            {
                continue; // letters after the marks that are no words
            }

            var asWords = segmenter.Pieces(token);
            if (asWords > 0 && asWords <= 2 + restPieces)
            {
                continue; // the token reads as well as ordinary words (a word that starts with a mark's letters)
            }

            foreach (var h in heads)
            {
                var head = index._forms[h];
                foreach (var t in tails)
                {
                    var tail = index._forms[t];
                    if (!index.IsCoinedShortForm(head) || tail.Mark == head.Mark || !tail.IsAscii || index.IsOrdinaryForm(tail))
                    {
                        continue;
                    }

                    AddJoined(facts, ref found, token, head, tail, rest);
                }
            }
        }
    }

    private static void AddJoined(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, LabelForm head, LabelForm tail, ReadOnlySpan<char> rest)
    {
        var index = facts.Index;
        IReadOnlyList<(string Text, string Description)> words = rest.Length == 0 ? [] : index._segmenter.Describe(rest.ToString());
        var reading = $"'{head.Text}' ({index.MarkName(head)}) + '{tail.Text}' ({index.MarkName(tail)})"
            + string.Concat(words.Select(w => $" + {w.Description}"));
        var raw = facts.RegistrableRaw;
        var where = token.Length == raw.Length ? $"'{raw}'" : $"'{token}' of '{raw}'";
        List<string> added = [.. words.Select(w => w.Text)];
        var risky = index.HasRisky(added);
        var note = index.RiskyNote(added);
        found.Add(head, MatchKind.Combosquat, risky ? 0.9 : 0.8, $"{where} reads as {reading}: two marks of the portfolio joined{note}", [tail.Text, .. added]);
        found.Add(tail, MatchKind.Combosquat, risky ? 0.9 : 0.8, $"{where} reads as {reading}: two marks of the portfolio joined{note}", [head.Text, .. added]);
    }

    private bool HasCoinedShortForm(int[] forms)
    {
        foreach (var f in forms)
        {
            if (IsCoinedShortForm(_forms[f]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ASCII form of three or four characters that is no ordinary word.</summary>
    private bool IsCoinedShortForm(LabelForm form) =>
        form.IsAscii && form.Text.Length is >= CodedMarkLength and <= ShortTextMaxLength && !IsOrdinaryForm(form);
}
