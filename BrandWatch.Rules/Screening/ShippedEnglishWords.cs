using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// data/words-en.txt (SCOWL American English), read once for the three views built on it: the word list that segments
/// labels (every entry of plain letters, lower-cased), the lexicon's English and the scorer's ordinary words (both
/// keep only the entries written in lower case: capitalised ones are proper nouns).
/// </summary>
internal static class ShippedEnglishWords
{
    private static readonly Lazy<(HashSet<string> All, HashSet<string> LowerCase)> Parsed = new(() => Parse(EmbeddedText.Read("words-en.txt").Split('\n')));

    /// <summary>Every entry of plain letters a–z, lower-cased (Canada as canada).</summary>
    public static HashSet<string> All => Parsed.Value.All;

    /// <summary>The entries of plain letters written in lower case: common words, not proper nouns.</summary>
    public static HashSet<string> LowerCase => Parsed.Value.LowerCase;

    /// <summary>A word list's two views: every entry of plain letters lower-cased, and those written in lower case.</summary>
    public static (HashSet<string> All, HashSet<string> LowerCase) Parse(IEnumerable<string> lines)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var word = line.Trim();
            if (word.Length == 0 || !word.All(char.IsAsciiLetter))
            {
                continue;
            }

            all.Add(word.ToLowerInvariant());
            if (char.IsAsciiLetterLower(word[0]))
            {
                lower.Add(word.ToLowerInvariant());
            }
        }

        return (all, lower);
    }
}
