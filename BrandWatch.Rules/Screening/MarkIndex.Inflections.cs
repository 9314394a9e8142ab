namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The shortest word of a one-word name that is inflected on its own (coupon of COUPONCAUSE).</summary>
    private const int CompoundPartMinLength = 4;

    /// <summary>
    /// The mark's name with a word in its other number, each the same words to a reader: one word of a name of two or
    /// three words in its plural or singular (PRICE RUNNER as pricesrunner, KRISPY KRUNCHY as krispykrunchies), and a
    /// one-word name that is two English words with its first word in the other number (COUPONCAUSE as couponscause).
    /// The name's own plural (a final s) is the typo rule's. The forms beyond a plain s are met as written only, not
    /// with typos of their own: a variant of a variant is too far from the mark (airforce is no typo of saleforce).
    /// </summary>
    private IEnumerable<(string Text, bool ExactOnly)> InflectedNames(List<string> words)
    {
        if (words.Count is 2 or 3)
        {
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (word.Length < 3 || LinkWords.Contains(word) || !word.All(char.IsAsciiLetter))
                {
                    continue;
                }

                foreach (var inflected in OtherNumber(word))
                {
                    var plainS = inflected.Length == word.Length + 1 || inflected.Length == word.Length - 1;
                    yield return (string.Concat(words.Select((other, i) => i == w ? inflected : other)), !plainS);
                }
            }
        }

        if (words.Count == 1 && words[0].All(char.IsAsciiLetter))
        {
            var name = words[0];
            for (var cut = CompoundPartMinLength; cut <= name.Length - CompoundPartMinLength; cut++)
            {
                if (_words.Contains(name.AsSpan(0, cut)) && _words.Contains(name.AsSpan(cut)))
                {
                    foreach (var inflected in OtherNumber(name[..cut]))
                    {
                        yield return (inflected + name[cut..], true);
                    }
                }
            }
        }
    }

    /// <summary>An English word in its other number: shoe/shoes, krunchy/krunchies, and back.</summary>
    private static IEnumerable<string> OtherNumber(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            yield return word[..^3] + "y";
        }
        else if (word.EndsWith('y') && word.Length > 3 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            yield return word[..^1] + "ies";
        }

        yield return word.EndsWith('s') ? word[..^1] : word + "s";
    }
}
