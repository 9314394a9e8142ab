namespace BrandWatch.Rules.Scoring;

/// <summary>
/// English dictionary words (data/words-en.txt, embedded): tells a typo from a different ordinary word
/// (canadarugs is "canada rugs", not a slip for "canada drugs", 1.9) and a coined mark from a dictionary one.
/// A word list entry is not proof of a dictionary meaning: proper nouns (capitalised entries) and brand names
/// (data/brand-words-en.txt, from WordNet's trade-name senses: "google") are not ordinary words (2.10.1).
/// </summary>
public sealed class OrdinaryWords
{
    private const int MinWordLength = 3;

    /// <summary>
    /// Shortest ordinary word read as a piece of a compound of trade terms (bio + med + tech): three letters are as often a
    /// syllable of a coined name (aero + post + ale of AEROPOSTALE) as a word of it.
    /// </summary>
    private const int MinCompoundWordLength = 4;
    private static readonly Lazy<OrdinaryWords> EnglishWords = new(LoadEnglish);
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _common;
    private readonly HashSet<string> _brands;
    private readonly HashSet<string> _combiningForms;

    // Mark labels are few and asked about on every case: remember the answer (pure, thread-safe).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _oneEdit = new(StringComparer.Ordinal);

    /// <param name="words">Words one a line; capitalised entries are proper nouns (Canada, PayPal): they help split labels but are not ordinary words.</param>
    /// <param name="brands">Brand names, lower case, one a line ('#' starts a comment): never ordinary words even when listed in lower case.</param>
    /// <param name="combiningForms">Combining forms and trade prefixes (pharma, nutra, bio), one a line ('#' starts a comment).</param>
    public OrdinaryWords(IEnumerable<string> words, IEnumerable<string>? brands = null, IEnumerable<string>? combiningForms = null)
        : this(Screening.ShippedEnglishWords.Parse(words), brands, combiningForms)
    {
    }

    /// <summary>From parsed sets: every word lower-cased, and those written in lower case (shared with the shipped word list).</summary>
    private OrdinaryWords((HashSet<string> All, HashSet<string> LowerCase) words, IEnumerable<string>? brands, IEnumerable<string>? combiningForms)
    {
        _brands = Listed(brands);
        _combiningForms = Listed(combiningForms);
        _words = words.All;
        _common = new HashSet<string>(words.LowerCase.Where(w => w.Length >= MinWordLength && !_brands.Contains(w)), StringComparer.Ordinal);
    }

    public static OrdinaryWords English => EnglishWords.Value;

    /// <summary>True for an ordinary (lower-case, not proper-noun, not brand-name) dictionary word.</summary>
    public bool IsWord(string text) => _common.Contains(text);

    /// <summary>
    /// True when one letter added, dropped or changed turns a label of eight letters or more into an ordinary word
    /// (transcrip → transcript): a misspelt word, not a coined one. Shorter labels are one edit from too many words
    /// (intel, inter) to tell, and a known brand name is never a misspelling.
    /// </summary>
    public bool IsOneEditFromWord(string label)
    {
        if (label.Length < 8 || label.Length > 62 || _brands.Contains(label))
        {
            return false;
        }

        return _oneEdit.TryGetValue(label, out var known) ? known : _oneEdit.GetOrAdd(label, ComputeOneEdit(label));
    }

    private bool ComputeOneEdit(string label)
    {
        var lookup = _common.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[label.Length + 1];
        for (var i = 0; i <= label.Length; i++)
        {
            // Insertion at i, and (below) deletion or replacement of label[i].
            label.AsSpan(0, i).CopyTo(buffer);
            label.AsSpan(i).CopyTo(buffer[(i + 1)..]);
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                buffer[i] = letter;
                if (label.Length + 1 >= 5 && lookup.Contains(buffer[..(label.Length + 1)]))
                {
                    return true;
                }
            }

            if (i == label.Length)
            {
                break;
            }

            label.AsSpan(0, i).CopyTo(buffer);
            label.AsSpan(i + 1).CopyTo(buffer[i..]);
            if (label.Length - 1 >= 5 && lookup.Contains(buffer[..(label.Length - 1)]))
            {
                return true;
            }

            label.AsSpan().CopyTo(buffer);
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                if (letter != label[i])
                {
                    buffer[i] = letter;
                    if (label.Length >= 5 && lookup.Contains(buffer[..label.Length]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True for a word the lexicon knows as a brand name (google), whatever its case in the word list.</summary>
    public bool IsBrandName(string text) => _brands.Contains(text);

    /// <summary>
    /// True when the label is two or more pieces, at least one a combining form of trade (pharma + nutra, bio + med) and
    /// every other an ordinary word: a compound of its trade's terms, which an investor may choose for their own
    /// value (2.10, 3.2.2), not a coined word that only the mark explains.
    /// </summary>
    public bool IsDescriptiveCompound(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var n = label.Length;
        if (n > 63 || _combiningForms.Count == 0)
        {
            return false;
        }

        // best[i]: fewest pieces covering label[..i]; form[i]: whether that reading uses a combining form.
        Span<int> best = stackalloc int[n + 1];
        Span<bool> form = stackalloc bool[n + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        var forms = _combiningForms.GetAlternateLookup<ReadOnlySpan<char>>();
        var common = _common.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var end = 1; end <= n; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start] == int.MaxValue)
                {
                    continue;
                }

                var piece = label.AsSpan(start, end - start);
                var isForm = forms.Contains(piece);
                if (!isForm && !(piece.Length >= MinCompoundWordLength && common.Contains(piece)))
                {
                    continue;
                }

                var usesForm = form[start] || isForm;
                if (best[start] + 1 < best[end] || (best[start] + 1 == best[end] && usesForm && !form[end]))
                {
                    best[end] = best[start] + 1;
                    form[end] = usesForm;
                }
            }
        }

        return best[n] is >= 2 and < int.MaxValue && form[n];
    }

    /// <summary>Splits a label into as few dictionary words as possible; null when it cannot be split.</summary>
    public IReadOnlyList<string>? Segment(string label)
    {
        var n = label.Length;
        if (n > 63)
        {
            return null;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> best = stackalloc int[n + 1];
        Span<int> from = stackalloc int[n + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var end = MinWordLength; end <= n; end++)
        {
            for (var start = 0; start <= end - MinWordLength; start++)
            {
                if (best[start] != int.MaxValue && best[start] + 1 < best[end] && lookup.Contains(label.AsSpan(start, end - start)))
                {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }

        if (best[n] == int.MaxValue)
        {
            return null;
        }

        var parts = new List<string>();
        for (var end = n; end > 0; end = from[end])
        {
            parts.Insert(0, label[from[end]..end]);
        }

        return parts;
    }

    /// <summary>
    /// True when <paramref name="variant"/> is the mark's words with one word replaced by another ordinary word
    /// (canadadrugs → canada + rugs): a different meaning, not a typo. A plural is never such a variant. The mark must
    /// read as those words: a word of three letters counts only when the mark's name writes it on its own
    /// (<paramref name="writtenWords"/>), for a coined name cut into a word and a fragment (wartsila as warts + ila, of
    /// WÄRTSILÄ) means nothing, and neither does its variant (waitsila as waits + ila).
    /// </summary>
    public bool IsOrdinaryWordVariant(string markLabel, string variant, IReadOnlyCollection<string> writtenWords, out string? replacedBy)
    {
        replacedBy = null;
        var markWords = Segment(markLabel);
        var variantWords = Segment(variant);
        if (markWords is null || variantWords is null || markWords.Count < 2 || markWords.Count != variantWords.Count
            || markWords.Any(w => w.Length <= MinWordLength && !writtenWords.Contains(w)))
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < markWords.Count; i++)
        {
            if (markWords[i] != variantWords[i])
            {
                differences++;
                if (variantWords[i] == markWords[i] + "s")
                {
                    return false;
                }

                replacedBy = $"'{variantWords[i]}' for '{markWords[i]}'";
            }
        }

        return differences == 1;
    }

    // The same embedded SCOWL list the screening word list and the lexicon read, parsed once; this view keeps the
    // proper-noun distinction and takes the brand names out of the ordinary words.
    private static OrdinaryWords LoadEnglish() =>
        new((Screening.ShippedEnglishWords.All, Screening.ShippedEnglishWords.LowerCase), Domains.EmbeddedText.Read("brand-words-en.txt").Split('\n'),
            Domains.EmbeddedText.Read("combining-forms-en.txt").Split('\n'));

    /// <summary>The lines of a list, trimmed and lower-cased, without blanks and '#' comments.</summary>
    private static HashSet<string> Listed(IEnumerable<string>? lines)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines ?? [])
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                set.Add(trimmed.ToLowerInvariant());
            }
        }

        return set;
    }
}
