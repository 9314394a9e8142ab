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
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(char.ToLowerInvariant(c), i);
                }
                else
                {
                    Space(i);
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (char.IsLetterOrDigit(text, i))
                {
                    Append(c, i);
                    Append(text[i + 1], i);
                }
                else
                {
                    Space(i);
                }

                i++;
                continue;
            }

            // CJK, kana and Hangul syllables decompose to themselves (or to jamo we do not need): skip the normaliser.
            if (c >= '\u2E80' && c <= '\uD7A3' && char.IsLetter(c))
            {
                Append(c, i);
                continue;
            }

            var decomposed = char.IsSurrogate(c) ? " " : c.ToString().Normalize(NormalizationForm.FormKD);
            foreach (var d in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(d);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(d))
                {
                    Append(char.ToLowerInvariant(d), i);
                }
                else
                {
                    Space(i);
                }
            }
        }

        if (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
            map?.RemoveAt(map.Count - 1);
        }

        return builder.ToString();

        void Append(char folded, int index)
        {
            builder.Append(folded);
            map?.Add(index);
            lastWasSpace = false;
        }

        void Space(int index)
        {
            if (!lastWasSpace)
            {
                builder.Append(' ');
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
    public static int CountWords(string folded)
    {
        if (folded.Length == 0)
        {
            return 0;
        }

        return folded.AsSpan().Count(' ') + 1;
    }
}
