namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// Meets the pieces of a <see cref="PieceForms"/> table in the registrable label: as the label of its own, as a
    /// hyphen-separated token beside others, or at the start or end of a token whose rest reads as words of any
    /// language while the token does not read as well as words alone.
    /// </summary>
    private static void MeetPieces(in ScreenFacts facts, ref Findings found, PieceForms pieces, int minLength, int maxLength)
    {
        if (facts.RegistrableIsIdn || pieces.Count == 0)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        if (raw.Length < minLength)
        {
            return;
        }

        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length < minLength || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            var starts = pieces.MayStart(token);
            var ends = pieces.MayEnd(token);
            if (!starts && !ends)
            {
                continue;
            }

            for (var length = minLength; length <= token.Length && length <= maxLength; length++)
            {
                if (!pieces.HasLength(length))
                {
                    continue;
                }

                if (starts)
                {
                    PieceAt(facts, ref found, pieces, token, head: true, length);
                }

                if (ends && length < token.Length)
                {
                    PieceAt(facts, ref found, pieces, token, head: false, length);
                }
            }
        }
    }

    private static void PieceAt(in ScreenFacts facts, ref Findings found, PieceForms pieces, ReadOnlySpan<char> token, bool head, int length)
    {
        var index = facts.Index;
        var piece = head ? token[..length] : token[^length..];
        if (!pieces.Table.TryGetValue(piece, out var forms))
        {
            return;
        }

        var rest = head ? token[length..] : token[..^length];
        var plural = head && rest is "s";
        var segmenter = index._segmenter;
        var restPieces = 0;
        if (rest.Length > 0 && !plural)
        {
            if (rest.Length < HeadWordMinRest)
            {
                return; // two letters beside a word are any letters (a code read out of a longer word)
            }

            restPieces = segmenter.Pieces(rest);
            if (restPieces <= 0)
            {
                return; // the rest is not words
            }

            var asWords = segmenter.Pieces(token);
            if (asWords > 0 && asWords <= 1 + restPieces)
            {
                return; // the token reads at least as well as words alone (a word that ends in a head word is that word)
            }
        }

        var raw = facts.RegistrableRaw;
        IReadOnlyList<(string Text, string Description)> words = rest.Length == 0 || plural ? [] : segmenter.Describe(rest.ToString());
        var alone = rest.Length == 0 && token.Length < raw.Length;
        List<string> added = alone ? OtherTokens(raw, token) : [.. words.Select(w => w.Text)];
        foreach (var f in forms)
        {
            var form = index._forms[f];
            var described = index.DescribePiece(form);
            if (rest.Length == 0 && !alone)
            {
                if (index._exact.ContainsKey(form.Text))
                {
                    continue; // the portfolio names the word as a mark of its own: the label is that mark's exact match
                }

                found.Add(form, MatchKind.Identical, 0.85, $"'{raw}' is {described}, the element a reader recognises the mark by");
                continue;
            }

            var risky = index.HasRisky(added);
            var note = index.RiskyNote(added);
            if (alone)
            {
                found.Add(form, MatchKind.Combosquat, risky ? 0.9 : 0.8, $"'{raw}' holds {described} as a hyphen-separated word of its own, plus {Quote(added)}{note}", added);
                continue;
            }

            var reading = plural ? $"{described} in the plural"
                : head ? $"{described} + {string.Join(" + ", words.Select(w => w.Description))}"
                : $"{string.Join(" + ", words.Select(w => w.Description))} + {described}";
            var where = token.Length == raw.Length ? $"'{raw}'" : $"'{token}' of '{raw}'";
            found.Add(form, MatchKind.Combosquat, risky ? 0.9 : 0.75, $"{where} reads as {reading}{note}", added);
        }
    }

    /// <summary>A piece as an explanation names it: 'zorvanta' (the coined first word of 'ZORVANTA IMPACT').</summary>
    private string DescribePiece(LabelForm form) => form.Origin == FormOrigin.FamilyElement
        ? $"'{form.Text}' (the name shared by the owner's marks {_familyNames[form.Id]})"
        : $"'{form.Text}' (the coined first word of '{MarkName(form)}')";

    private static List<string> OtherTokens(ReadOnlySpan<char> raw, ReadOnlySpan<char> token)
    {
        var others = new List<string>();
        foreach (var range in raw.Split('-'))
        {
            var other = raw[range];
            if (other.Length > 0 && !other.Overlaps(token))
            {
                others.Add(other.ToString());
            }
        }

        return others;
    }
}
