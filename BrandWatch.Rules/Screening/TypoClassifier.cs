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
        var edits = Align(candidate, form);
        if (edits.Count == 0)
        {
            return (MatchKind.Identical, $"'{candidate}' is '{form}'", 0);
        }

        if (edits.Count == 2 && candidate.Length == form.Length + 2 && candidate.EndsWith("es", StringComparison.Ordinal)
            && candidate.StartsWith(form, StringComparison.Ordinal))
        {
            return (MatchKind.Plural, $"added the plural ending 'es' to '{form}'", 2);
        }

        var kinds = edits.Select(e => e.Kind).ToList();
        var kind = kinds.Distinct().Count() == 1 ? kinds[0] : MatchKind.EditDistance;
        if (edits.Count > 1 && kind is not MatchKind.Homoglyph)
        {
            kind = MatchKind.EditDistance;
        }

        var explanation = string.Join(" and ", edits.Select(e => e.Text));
        return (kind, explanation, edits.Count);
    }

    private static List<(MatchKind Kind, string Text)> Align(string candidate, string form)
    {
        var n = form.Length;
        var m = candidate.Length;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cost = form[i - 1] == candidate[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && form[i - 1] == candidate[j - 2] && form[i - 2] == candidate[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        var edits = new List<(MatchKind, string)>();
        int fi = n, cj = m;
        while (fi > 0 || cj > 0)
        {
            if (fi > 0 && cj > 0 && form[fi - 1] == candidate[cj - 1] && d[fi, cj] == d[fi - 1, cj - 1])
            {
                fi--;
                cj--;
            }
            else if (fi > 1 && cj > 1 && form[fi - 1] == candidate[cj - 2] && form[fi - 2] == candidate[cj - 1] && d[fi, cj] == d[fi - 2, cj - 2] + 1)
            {
                edits.Add((MatchKind.Transposition, $"swapped '{form[fi - 2]}' and '{form[fi - 1]}' at position {cj - 1}"));
                fi -= 2;
                cj -= 2;
            }
            else if (fi > 0 && cj > 0 && d[fi, cj] == d[fi - 1, cj - 1] + 1)
            {
                edits.Add(Replacement(form[fi - 1], candidate[cj - 1], cj));
                fi--;
                cj--;
            }
            else if (cj > 0 && d[fi, cj] == d[fi, cj - 1] + 1)
            {
                edits.Add(Inserted(candidate, cj - 1, form));
                cj--;
            }
            else
            {
                edits.Add((MatchKind.Omission, $"omitted '{form[fi - 1]}' at position {fi}"));
                fi--;
            }
        }

        edits.Reverse();
        return edits;
    }

    private static (MatchKind, string) Replacement(char original, char written, int position)
    {
        var what = $"replaced '{original}' with '{written}' at position {position}";
        if (IsGlyphPair(original, written))
        {
            return (MatchKind.Homoglyph, what + " (they look alike)");
        }

        if (Vowels.Contains(original, StringComparison.Ordinal) && Vowels.Contains(written, StringComparison.Ordinal))
        {
            return (MatchKind.VowelSwap, what + " (a vowel swap)");
        }

        if (Keyboards.AreAdjacent(original, written))
        {
            return (MatchKind.Replacement, what + " (adjacent keys)");
        }

        if (int.PopCount(original ^ written) == 1)
        {
            return (MatchKind.Bitsquatting, what + " (one bit flipped)");
        }

        return (MatchKind.EditDistance, what);
    }

    private static (MatchKind, string) Inserted(string candidate, int index, string form)
    {
        var c = candidate[index];
        var position = index + 1;
        if (c == '-')
        {
            return (MatchKind.Hyphenation, $"inserted a hyphen at position {position}");
        }

        if (index == candidate.Length - 1 && candidate.Length == form.Length + 1)
        {
            return c == 's'
                ? (MatchKind.Plural, $"added the plural 's' to '{form}'")
                : (MatchKind.Addition, $"appended '{c}' to '{form}'");
        }

        if ((index > 0 && candidate[index - 1] == c) || (index + 1 < candidate.Length && candidate[index + 1] == c))
        {
            return (MatchKind.Repetition, $"repeated '{c}' at position {position}");
        }

        var neighbourKey = (index > 0 && Keyboards.AreAdjacent(candidate[index - 1], c)) || (index + 1 < candidate.Length && Keyboards.AreAdjacent(candidate[index + 1], c));
        return (MatchKind.Insertion, $"inserted '{c}' at position {position}" + (neighbourKey ? " (an adjacent key)" : string.Empty));
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
