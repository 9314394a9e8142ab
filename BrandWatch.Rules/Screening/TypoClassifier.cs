using System.Text;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// Aligns a candidate label with a mark's label form (optimal string alignment: insert, delete, replace, swap
/// neighbours) and names the edit the way dnstwist's fuzzers do: omission, insertion, repetition, transposition,
/// replacement (adjacent keys), vowel swap, addition, bitsquatting, hyphenation, plural, look-alike.
/// </summary>
internal static class TypoClassifier
{
    private const string Vowels = "aeiou";

    // ASCII letters and digits that read as one another (dnstwist's ASCII glyphs: b/d, c/e, g/q, m/n, n/r, 1/l/i, 0/o …).
    private static readonly string[] GlyphPairs = ["bd", "ce", "gq", "mn", "nr", "1l", "1i", "il", "0o", "38", "69", "5s", "uv", "vy"];

    /// <summary>Edit distance (optimal string alignment) if at most <paramref name="max"/>, otherwise max + 1.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var n = a.Length;
        var m = b.Length;
        Span<int> previous2 = stackalloc int[m + 1];
        Span<int> previous = stackalloc int[m + 1];
        Span<int> current = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[m];
    }

    /// <summary>Names the edit(s) turning <paramref name="form"/> into <paramref name="candidate"/>.</summary>
    public static (MatchKind Kind, string Explanation, int Distance) Classify(string candidate, string form)
    {
        var (kind, distance) = Kind(candidate, form);
        if (distance == 0)
        {
            return (kind, $"'{candidate}' is '{form}'", 0);
        }

        if (kind == MatchKind.Plural && IsPluralEs(candidate, form, distance))
        {
            return (kind, $"added the plural ending 'es' to '{form}'", 2);
        }

        Span<Step> steps = stackalloc Step[candidate.Length + form.Length];
        var count = Align(candidate, form, steps);
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = Describe(steps[count - 1 - i], candidate, form);
        }

        return (kind, string.Join(" and ", texts), distance);
    }

    /// <summary>The kind and the number of edits of <see cref="Classify"/>, without building the explanation.</summary>
    public static (MatchKind Kind, int Distance) Kind(ReadOnlySpan<char> candidate, ReadOnlySpan<char> form)
    {
        Span<Step> steps = stackalloc Step[candidate.Length + form.Length];
        var count = Align(candidate, form, steps);
        if (count == 0)
        {
            return (MatchKind.Identical, 0);
        }

        if (IsPluralEs(candidate, form, count))
        {
            return (MatchKind.Plural, 2);
        }

        var kind = KindOf(steps[0], candidate, form);
        for (var i = 1; i < count; i++)
        {
            if (KindOf(steps[i], candidate, form) != kind)
            {
                kind = MatchKind.EditDistance;
                break;
            }
        }

        if (count > 1 && kind is not MatchKind.Homoglyph)
        {
            kind = MatchKind.EditDistance;
        }

        return (kind, count);
    }

    /// <summary>
    /// True when the candidate is the form typed with exactly two slips of the hand, each of them one a typist makes
    /// without losing a letter of the word: two neighbours swapped, a neighbouring key struck instead of the right one
    /// or beside it, a letter doubled or a double undone (sktecnup for SKETCHUP: a swap and a neighbouring key).
    /// </summary>
    public static bool IsTwoSlips(ReadOnlySpan<char> candidate, ReadOnlySpan<char> form)
    {
        if (Math.Abs(candidate.Length - form.Length) > 2)
        {
            return false;
        }

        Span<Step> steps = stackalloc Step[candidate.Length + form.Length];
        var count = Align(candidate, form, steps);
        if (count != 2)
        {
            return false;
        }

        foreach (var step in steps[..count])
        {
            var slip = step.Op switch
            {
                Op.Transposition => true,
                Op.Replacement => Keyboards.AreAdjacent(form[step.Fi - 1], candidate[step.Cj - 1]),
                Op.Insertion => InsertedKind(candidate, step.Cj - 1, form) == MatchKind.Repetition || IsNeighbourKey(candidate, step.Cj - 1),
                _ => (step.Fi > 1 && form[step.Fi - 2] == form[step.Fi - 1]) || (step.Fi < form.Length && form[step.Fi] == form[step.Fi - 1]),
            };
            if (!slip)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPluralEs(ReadOnlySpan<char> candidate, ReadOnlySpan<char> form, int edits) =>
        edits == 2 && candidate.Length == form.Length + 2 && candidate.EndsWith("es", StringComparison.Ordinal)
        && candidate.StartsWith(form, StringComparison.Ordinal);

    private enum Op : byte
    {
        Transposition,
        Replacement,
        Insertion,
        Omission,
    }

    /// <summary>One edit of the alignment: what it does and where (the form and candidate positions before it).</summary>
    private readonly record struct Step(Op Op, int Fi, int Cj);

    /// <summary>The edits of an optimal alignment, last first; returns how many.</summary>
    private static int Align(ReadOnlySpan<char> candidate, ReadOnlySpan<char> form, Span<Step> steps)
    {
        var n = form.Length;
        var m = candidate.Length;
        var width = m + 1;
        var cells = (n + 1) * width;
        Span<int> d = cells <= 1024 ? stackalloc int[cells] : new int[cells];
        for (var i = 0; i <= n; i++)
        {
            d[i * width] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cost = form[i - 1] == candidate[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[((i - 1) * width) + j] + 1, d[(i * width) + j - 1] + 1), d[((i - 1) * width) + j - 1] + cost);
                if (i > 1 && j > 1 && form[i - 1] == candidate[j - 2] && form[i - 2] == candidate[j - 1])
                {
                    value = Math.Min(value, d[((i - 2) * width) + j - 2] + 1);
                }

                d[(i * width) + j] = value;
            }
        }

        var count = 0;
        int fi = n, cj = m;
        while (fi > 0 || cj > 0)
        {
            var here = d[(fi * width) + cj];
            if (fi > 0 && cj > 0 && form[fi - 1] == candidate[cj - 1] && here == d[((fi - 1) * width) + cj - 1])
            {
                fi--;
                cj--;
            }
            else if (fi > 1 && cj > 1 && form[fi - 1] == candidate[cj - 2] && form[fi - 2] == candidate[cj - 1] && here == d[((fi - 2) * width) + cj - 2] + 1)
            {
                steps[count++] = new Step(Op.Transposition, fi, cj);
                fi -= 2;
                cj -= 2;
            }
            else if (fi > 0 && cj > 0 && here == d[((fi - 1) * width) + cj - 1] + 1)
            {
                steps[count++] = new Step(Op.Replacement, fi, cj);
                fi--;
                cj--;
            }
            else if (cj > 0 && here == d[(fi * width) + cj - 1] + 1)
            {
                steps[count++] = new Step(Op.Insertion, fi, cj);
                cj--;
            }
            else
            {
                steps[count++] = new Step(Op.Omission, fi, cj);
                fi--;
            }
        }

        return count;
    }

    private static MatchKind KindOf(Step step, ReadOnlySpan<char> candidate, ReadOnlySpan<char> form) => step.Op switch
    {
        Op.Transposition => MatchKind.Transposition,
        Op.Replacement => ReplacementKind(form[step.Fi - 1], candidate[step.Cj - 1]),
        Op.Insertion => InsertedKind(candidate, step.Cj - 1, form),
        _ => MatchKind.Omission,
    };

    private static string Describe(Step step, string candidate, string form)
    {
        var (fi, cj) = (step.Fi, step.Cj);
        switch (step.Op)
        {
            case Op.Transposition:
                return $"swapped '{form[fi - 2]}' and '{form[fi - 1]}' at position {cj - 1}";
            case Op.Replacement:
                var (original, written) = (form[fi - 1], candidate[cj - 1]);
                var what = $"replaced '{original}' with '{written}' at position {cj}";
                return ReplacementKind(original, written) switch
                {
                    MatchKind.Homoglyph => what + " (they look alike)",
                    MatchKind.VowelSwap => what + " (a vowel swap)",
                    MatchKind.Replacement => what + (Keyboards.AreAdjacent(original, written) ? " (adjacent keys)" : " (the same key on another keyboard layout)"),
                    MatchKind.Bitsquatting => what + " (one bit flipped)",
                    _ => what,
                };
            case Op.Insertion:
                var index = cj - 1;
                var c = candidate[index];
                var position = index + 1;
                return InsertedKind(candidate, index, form) switch
                {
                    MatchKind.Hyphenation => $"inserted a hyphen at position {position}",
                    MatchKind.Plural => $"added the plural 's' to '{form}'",
                    MatchKind.Addition => $"appended '{c}' to '{form}'",
                    MatchKind.Repetition => $"repeated '{c}' at position {position}",
                    _ => $"inserted '{c}' at position {position}" + (IsNeighbourKey(candidate, index) ? " (an adjacent key)" : string.Empty),
                };
            default:
                return $"omitted '{form[fi - 1]}' at position {fi}";
        }
    }

    private static MatchKind ReplacementKind(char original, char written)
    {
        if (IsGlyphPair(original, written))
        {
            return MatchKind.Homoglyph;
        }

        if (Vowels.Contains(original, StringComparison.Ordinal) && Vowels.Contains(written, StringComparison.Ordinal))
        {
            return MatchKind.VowelSwap;
        }

        if (Keyboards.AreAdjacent(original, written) || Keyboards.AreLayoutTwins(original, written))
        {
            return MatchKind.Replacement;
        }

        return int.PopCount(original ^ written) == 1 ? MatchKind.Bitsquatting : MatchKind.EditDistance;
    }

    private static MatchKind InsertedKind(ReadOnlySpan<char> candidate, int index, ReadOnlySpan<char> form)
    {
        var c = candidate[index];
        if (c == '-')
        {
            return MatchKind.Hyphenation;
        }

        if (index == candidate.Length - 1 && candidate.Length == form.Length + 1)
        {
            return c == 's' ? MatchKind.Plural : MatchKind.Addition;
        }

        if ((index > 0 && candidate[index - 1] == c) || (index + 1 < candidate.Length && candidate[index + 1] == c))
        {
            return MatchKind.Repetition;
        }

        return MatchKind.Insertion;
    }

    /// <summary>True when the letter at <paramref name="index"/> sits on a key next to a letter beside it: struck with its neighbour.</summary>
    internal static bool IsNeighbourKey(ReadOnlySpan<char> candidate, int index)
    {
        var c = candidate[index];
        return (index > 0 && Keyboards.AreAdjacent(candidate[index - 1], c)) || (index + 1 < candidate.Length && Keyboards.AreAdjacent(candidate[index + 1], c));
    }

    private static bool IsGlyphPair(char a, char b)
    {
        foreach (var pair in GlyphPairs)
        {
            if ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Describes, character by character, how a look-alike differs from the form it imitates (same length).</summary>
    public static string DescribeLookalike(string written, string imitated)
    {
        var builder = new StringBuilder();
        var runes = written.EnumerateRunes().ToList();
        var position = 0;
        foreach (var rune in runes)
        {
            position++;
            if (position <= imitated.Length && rune.Value != imitated[position - 1] && rune.Value > 0x7F)
            {
                if (builder.Length > 0)
                {
                    builder.Append(", ");
                }

                builder.Append($"'{rune}' (U+{rune.Value:X4}) at position {position} reads as '{imitated[position - 1]}'");
            }
        }

        return builder.ToString();
    }
}
