namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private const int LongestSegmentedToken = 40;

    /// <summary>
    /// Marks of two or three characters (GHD, AKU, G4S) as a whole segment of a label token: the token is the mark
    /// plus words of any language, place names, country codes, trade words or digits (ghdgoldsuomi = ghd + gold +
    /// suomi), or the mark is a hyphen-separated token of its own (ghd-ireland). A short mark that only sits inside
    /// another word (pebblego), or that an equally short reading of the token does without, is chance.
    /// </summary>
    private static void ShortMarkSegment(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || !index._hasShortForms)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        var tokens = raw.Count('-') + 1;
        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length == 0 || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            if (token.Length < index._options.EmbeddedMinLength)
            {
                if (tokens > 1)
                {
                    WholeToken(facts, ref found, token, raw);
                }

                continue;
            }

            // Three-character marks only: two letters inside a longer token are met by chance in almost any name.
            const int length = 3;
            for (var start = 0; start + length <= token.Length && length < index._options.EmbeddedMinLength; start++)
            {
                Segmented(facts, ref found, token, start, start + length, raw);
            }
        }
    }

    private static void WholeToken(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, ReadOnlySpan<char> raw)
    {
        var index = facts.Index;
        if (!index.MayBeShortForm(token) || !index._exact.TryGetValue(token, out var forms))
        {
            return;
        }

        // Loops, not lambdas: a lambda's captured locals would be allocated on every call, match or not.
        var rest = new List<string>();
        var restIsWords = true;
        foreach (var piece in raw.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!piece.AsSpan().SequenceEqual(token))
            {
                rest.Add(piece);
                restIsWords &= piece.Length >= 2 && index._segmenter.IsSegmentable(piece);
            }
        }

        foreach (var f in forms)
        {
            var form = index._forms[f];
            var ordinary = index.IsOrdinaryForm(form);
            if (form.IsAscii && form.Text.Length < index._options.EmbeddedMinLength && !ordinary && restIsWords)
            {
                var risky = index.HasRisky(rest);
                found.Add(form, MatchKind.Combosquat, risky ? 0.85 : 0.75,
                    $"'{raw}' holds {form.Describe(index.MarkName(form))} as a hyphen-separated word of its own, plus {Quote(rest)}{index.RiskyNote(rest)}", rest);
            }
        }
    }

    private static void Segmented(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, int start, int end, ReadOnlySpan<char> raw)
    {
        var index = facts.Index;
        if (!index.MayBeShortForm(token[start..end]) || !index._exact.TryGetValue(token[start..end], out var forms))
        {
            return;
        }

        if (!index.HasEligibleShortForm(forms))
        {
            return; // cheapest test first: only a short, coined form can be read out of a token
        }

        var segmenter = index._segmenter;
        var left = token[..start];
        var right = token[end..];
        var riskyTerms = index._risky;
        if (left.Length > 0 && !segmenter.IsTradeOrPlaces(left, riskyTerms))
        {
            return; // a short mark starts the token, or follows only trade words and places (chaussuresakusoldes, myadmco)
        }

        if (!index.HasMarketPiece(left) && !index.HasMarketPiece(right))
        {
            return; // three letters plus other words is any short name (irobot); squatters add a market, a trade or digits
        }

        var leftPieces = left.Length == 0 ? 0 : segmenter.Pieces(left);
        var rightPieces = right.Length == 0 ? 0 : segmenter.Pieces(right);
        if (leftPieces < 0 || rightPieces < 0)
        {
            return;
        }

        var alternative = segmenter.Pieces(token, start, end);
        if (alternative > 0 && alternative <= 1 + leftPieces + rightPieces)
        {
            return; // the token reads at least as well without the mark as a word of its own (online, underarmour)
        }

        foreach (var f in forms)
        {
            var form = index._forms[f];
            var mark = index._marks[form.Mark];
            if (!form.IsAscii || form.Text.Length >= index._options.EmbeddedMinLength || index.IsOrdinaryForm(form))
            {
                continue; // an ordinary word as a mark (on, six) is a word of the label, not the mark, unless hyphenated apart
            }

            var pieces = new List<(string Text, string Description)>();
            pieces.AddRange(segmenter.Describe(left.ToString()));
            pieces.Add((form.Text, $"'{form.Text}' ({mark.Name})"));
            pieces.AddRange(segmenter.Describe(right.ToString()));
            var added = pieces.Where(p => p.Text != form.Text).Select(p => p.Text).ToList();
            var risky = index.HasRisky(added);
            var letters = token.Length;
            var similarity = risky ? 0.9 : 0.7 + (0.15 * form.Text.Length / Math.Max(letters, 1));
            found.Add(form, MatchKind.Combosquat, similarity,
                $"'{raw}' reads as {string.Join(" + ", pieces.Select(p => p.Description))}: {form.Describe(mark.Name)} is a word of its own there{index.RiskyNote(added)}",
                added);
        }
    }

    private bool HasEligibleShortForm(int[] forms)
    {
        foreach (var f in forms)
        {
            var form = _forms[f];
            if (form.IsAscii && form.Text.Length < _options.EmbeddedMinLength && !IsOrdinaryForm(form))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds a trade word, a place, a risky term or digits: what squatters join to a mark.</summary>
    private bool HasMarketPiece(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('0', '9') || _segmenter.HasTradeOrPlace(text, _risky);
}
