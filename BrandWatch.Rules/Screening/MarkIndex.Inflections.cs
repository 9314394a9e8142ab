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

    /// <summary>The shortest one-word name, and the shortest other number of one, met as the name: car, new and box meet any label.</summary>
    private const int OwnNumberMinLength = 4;

    /// <summary>
    /// A one-word name in its other number, the same word to a reader (WIPO Overview 3.0, 1.9): its singular where the
    /// name ends in a plural 's' or 'es' that leaves an ordinary word or words (MULTITRACKS as multitrack, TOOLBRUSHES as
    /// toolbrush), and its plural in 'es' where it ends in s, x, z, ch or sh (STOPWATCH as stopwatches). The typo rule
    /// refuses such a singular as a variant that reads as words of its own; as the mark's own singular it is no chance
    /// reading of another word. But where the name is itself an ordinary word (<paramref name="ordinaryWord"/>: flagged
    /// so, or an English word of a mark that is not well known), its singular is that word in everyday use, as sites
    /// named after it use it (LEGAL.md A2): no singular then. The plural is never excused, whichever its ending. A final
    /// 's' that leaves no word (ZORVANS) is the typo rule's omission, and the plural in 's' is its plural; a final ss, us
    /// or is is no plural ending (BOSS, CAMPUS, TENNIS).
    /// </summary>
    private IEnumerable<(string Text, FormOrigin Origin)> OwnNumber(string name, bool ordinaryWord)
    {
        if (name.Length < OwnNumberMinLength || name.AsSpan().ContainsAnyExceptInRange('a', 'z'))
        {
            yield break;
        }

        if (name[^1] == 's' && name[^2] is not ('s' or 'u' or 'i'))
        {
            if (ordinaryWord)
            {
                yield break;
            }

            if (IsOrdinaryWords(name[..^1]))
            {
                yield return (name[..^1], FormOrigin.Singular);
            }

            if (name.EndsWith("es", StringComparison.Ordinal) && TakesPluralEs(name[..^2]) && IsOrdinaryWords(name[..^2]))
            {
                yield return (name[..^2], FormOrigin.Singular);
            }
        }
        else if (TakesPluralEs(name))
        {
            yield return (name + "es", FormOrigin.Plural);
        }
    }

    /// <summary>True when an English word ending so makes its plural with 'es' (glass, box, buzz, match, brush).</summary>
    private static bool TakesPluralEs(string word) =>
        word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || word[^1] is 's' or 'x' or 'z';

    /// <summary>An ordinary word, or words of four letters or more run together, of at least <see cref="OwnNumberMinLength"/> letters.</summary>
    private bool IsOrdinaryWords(string text) =>
        text.Length >= OwnNumberMinLength && (_words.Contains(text) || _words.IsWordSequence(text, minWord: 4));

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
