using System.Buffers;
using System.Globalization;
using System.Text;

namespace BrandWatch.Rules.Pages;

/// <summary>
/// Folds page text the way <see cref="Marks.MarkLabels.Fold"/> folds mark names (lower case, accents dropped,
/// punctuation as one space), keeping for every folded character the index of the original one it came from.
/// </summary>
internal static class TextFolder
{
    public static string Fold(string text) => Fold(text, null);

    /// <summary>Folds <paramref name="text"/>; when <paramref name="map"/> is given it receives one original index per folded character.</summary>
    public static string Fold(string text, List<int>? map)
    {
        char[] buffer = [];
        var length = FoldInto(text, ref buffer, map);
        var folded = new string(buffer, 0, length);
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return folded;
    }

    /// <summary>Folds into a reusable buffer (grown as needed) and returns the folded length: no allocation per call.</summary>
    public static int FoldInto(ReadOnlySpan<char> text, ref char[] buffer, List<int>? map)
    {
        // Folding never makes text longer than its NFKD form; four times covers ligatures and compatibility forms.
        if (buffer.Length < text.Length * 4 + 4)
        {
            // Pooled: a long text node would otherwise put a fresh array on the large-object heap.
            var larger = ArrayPool<char>.Shared.Rent(text.Length * 4 + 4);
            if (buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }

            buffer = larger;
        }

        var length = 0;
        var lastWasSpace = true;
        Span<char> single = stackalloc char[1];
        Span<char> decomposed = stackalloc char[18];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c, i, buffer);
                }
                else
                {
                    Space(i, buffer);
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (Rune.IsLetterOrDigit(new Rune(c, text[i + 1])))
                {
                    Append(c, i, buffer);
                    Append(text[i + 1], i, buffer);
                }
                else
                {
                    Space(i, buffer);
                }

                i++;
                continue;
            }

            // CJK, kana and Hangul syllables decompose to themselves (or to jamo we do not need): skip the normaliser.
            if (c >= '\u2E80' && c <= '\uD7A3' && char.IsLetter(c))
            {
                Append(c, i, buffer);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                Space(i, buffer);
                continue;
            }

            single[0] = c;
            if (!single.TryNormalize(decomposed, out var written, NormalizationForm.FormKD))
            {
                written = 1;
                decomposed[0] = c;
            }

            foreach (var d in decomposed[..written])
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(d);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(d))
                {
                    Append(char.ToLowerInvariant(d), i, buffer);
                }
                else
                {
                    Space(i, buffer);
                }
            }
        }

        if (length > 0 && buffer[length - 1] == ' ')
        {
            length--;
            map?.RemoveAt(map.Count - 1);
        }

        return length;

        void Append(char folded, int index, char[] target)
        {
            target[length++] = folded;
            map?.Add(index);
            lastWasSpace = false;
        }

        void Space(int index, char[] target)
        {
            if (!lastWasSpace)
            {
                target[length++] = ' ';
                map?.Add(index);
                lastWasSpace = true;
            }
        }
    }

    /// <summary>Scripts written without spaces between words: a mark in them has no word boundary to check.</summary>
    public static bool IsUnspacedScript(char c) =>
        (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1000' && c <= '\u109F') || char.IsSurrogate(c);

    /// <summary>Number of words in folded text (spaces separate them; unspaced runs count as one).</summary>
    public static int CountWords(ReadOnlySpan<char> folded) => folded.Length == 0 ? 0 : folded.Count(' ') + 1;
}
