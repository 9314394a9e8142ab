using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// The multilingual lexicon the segmenter reads a label with: common words of 22 languages, country names in those
/// languages with their ISO codes, major city names, language endonyms and commerce words (data/lexicon/, built by
/// tools/lexicon/build-lexicon.py from Debian's word lists, iso-codes and tzdata). Each entry knows what it is, so a
/// match can explain a segment: 'suomi' (Finnish: Finland).
/// </summary>
public sealed class Lexicon
{
    private const string Prefix = "BrandWatch.Rules.lexicon.";
    private static readonly Lazy<Lexicon> Shipped = new(LoadShipped);

    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _english;
    private readonly Dictionary<string, string[]> _codesByCountry;

    private Lexicon(Dictionary<string, LexiconEntry> entries, HashSet<string> english)
    {
        _entries = entries;
        _codesByCountry = entries.Values.Where(e => e.Kind == LexiconKind.PlaceCode && e.Meaning is not null)
            .GroupBy(e => e.Meaning!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Text).OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _english = english.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in entries.Keys)
        {
            MaxLength = Math.Max(MaxLength, word.Length);
        }
    }

    /// <summary>The shipped lexicon with English from data/words-en.txt, less its capitalised entries (names, brands).</summary>
    public static Lexicon Default => Shipped.Value;

    public int Count => _entries.Count;

    public int MaxLength { get; }

    /// <summary>Builds a lexicon from plain word lists (language → words) and tagged entries (places, commerce words).</summary>
    public static Lexicon Create(IEnumerable<(string Language, IEnumerable<string> Words)> wordLists, IEnumerable<LexiconEntry> tagged)
    {
        ArgumentNullException.ThrowIfNull(wordLists);
        ArgumentNullException.ThrowIfNull(tagged);
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var english = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in tagged)
        {
            // Places and trade words explain themselves better than a bare "word": they win over a word list entry.
            entries.TryAdd(entry.Text, entry);
        }

        foreach (var (language, words) in wordLists)
        {
            foreach (var raw in words)
            {
                var word = raw.Trim();
                if (word.Length >= 2 && IsLowerAscii(word))
                {
                    entries.TryAdd(word, new LexiconEntry(word, LexiconKind.Word, language, null));
                    if (language == "en")
                    {
                        english.Add(word);
                    }
                }
            }
        }

        return new Lexicon(entries, english);
    }

    public bool Contains(ReadOnlySpan<char> text) => _lookup.ContainsKey(text);

    /// <summary>
    /// True when the text is a lower-case English word, whatever else it also is: 'man' is an English word and the code
    /// of the Isle of Man, 'arm' the code of Armenia.
    /// </summary>
    public bool IsEnglishWord(ReadOnlySpan<char> text) => _english.Contains(text);

    public bool TryGet(ReadOnlySpan<char> text, out LexiconEntry entry) => _lookup.TryGetValue(text, out entry!);

    /// <summary>
    /// The codes of the country the text names in any of the lexicon's languages, two letters first (newzealand and
    /// neuseeland: nz, nzl); empty when the text names no country (a city, a word, a code itself).
    /// </summary>
    public IReadOnlyList<string> CountryCodes(ReadOnlySpan<char> name) =>
        TryGet(name, out var entry) && entry.Kind == LexiconKind.Place && entry.Meaning is { } country
            && _codesByCountry.TryGetValue(country, out var codes) ? codes : [];

    /// <summary>True when the text is a place name or a country code.</summary>
    public bool IsPlace(ReadOnlySpan<char> text) => TryGet(text, out var entry) && entry.Kind is LexiconKind.Place or LexiconKind.PlaceCode;

    private static Lexicon LoadShipped()
    {
        var assembly = typeof(Lexicon).Assembly;
        var lists = new List<(string, IEnumerable<string>)> { ("en", ShippedEnglishWords.LowerCase) };
        var tagged = new List<LexiconEntry>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[Prefix.Length..];
            var text = EmbeddedText.Read("lexicon." + file);
            if (file.StartsWith("words-", StringComparison.Ordinal))
            {
                lists.Add((file["words-".Length..^".txt".Length], Lines(text)));
            }
            else
            {
                var kind = file.StartsWith("places", StringComparison.Ordinal) ? LexiconKind.Place : LexiconKind.Trade;
                tagged.AddRange(Tagged(text, kind));
            }
        }

        return Create(lists, tagged);
    }

    private static IEnumerable<LexiconEntry> Tagged(string text, LexiconKind kind)
    {
        foreach (var line in Lines(text))
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].Length < 2 || !IsLowerAscii(fields[0]))
            {
                continue;
            }

            var entryKind = kind == LexiconKind.Place && fields[1] == "code" ? LexiconKind.PlaceCode : kind;
            yield return new LexiconEntry(fields[0], entryKind, fields[1] is "code" or "city" ? null : fields[1], fields[2]);
        }
    }

    /// <summary>The lines of a shipped list, without comments ('#') and blank lines.</summary>
    internal static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#');

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }
}
