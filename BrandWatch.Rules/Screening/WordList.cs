namespace BrandWatch.Rules.Screening;

/// <summary>
/// A dictionary of ordinary words (lower-case a–z) for segmenting labels: pineapple is one word, canadarugs is two.
/// The shipped list is SCOWL American English (data/words-en.txt); a host may pass another text to <see cref="Parse"/>.
/// </summary>
public sealed class WordList
{
    private static readonly Lazy<WordList> Shipped = new(() => new WordList(ShippedEnglishWords.All));

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(HashSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in words)
        {
            MaxLength = Math.Max(MaxLength, word.Length);
        }
    }

    public static WordList Default => Shipped.Value;

    public int Count => _words.Count;

    public int MaxLength { get; }

    /// <summary>One word per line; entries that are not plain letters (possessives, abbreviations) are skipped.</summary>
    public static WordList Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new WordList(ShippedEnglishWords.Parse(text.Split('\n')).All);
    }

    /// <summary>A copy without the given words (a portfolio's own label forms are not ordinary words to it).</summary>
    public WordList Without(IEnumerable<string> excluded)
    {
        var words = new HashSet<string>(_words, StringComparer.Ordinal);
        words.ExceptWith(excluded);
        return new WordList(words);
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>True when the text is a sequence of dictionary words each at least <paramref name="minWord"/> long.</summary>
    public bool IsWordSequence(ReadOnlySpan<char> text, int minWord = 3)
    {
        if (text.Length == 0)
        {
            return false;
        }

        Span<bool> reachable = text.Length < 256 ? stackalloc bool[text.Length + 1] : new bool[text.Length + 1];
        reachable.Clear();
        reachable[0] = true;
        for (var start = 0; start < text.Length; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            var longest = Math.Min(text.Length - start, MaxLength);
            for (var length = minWord; length <= longest; length++)
            {
                if (Contains(text.Slice(start, length)))
                {
                    reachable[start + length] = true;
                }
            }
        }

        return reachable[text.Length];
    }

    /// <summary>
    /// True when text[start..end) lies inside a strictly longer dictionary word of <paramref name="text"/>
    /// (apple in pineapple, shell in seashells).
    /// </summary>
    public bool IsInsideLongerWord(ReadOnlySpan<char> text, int start, int end)
    {
        for (var from = start; from >= 0; from--)
        {
            for (var to = end; to <= text.Length && to - from <= MaxLength; to++)
            {
                if (to - from > end - start && Contains(text[from..to]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The cost of the cheapest reading of the text as words: one per word of three letters or more, two per two-letter word, three per letter no
    /// word covers. Comparing costs tells whether a mark is a word of the label or sits inside a longer one.
    /// </summary>
    public int SegmentCost(ReadOnlySpan<char> text)
    {
        Span<int> cost = text.Length < 256 ? stackalloc int[text.Length + 1] : new int[text.Length + 1];
        cost[0] = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            var best = cost[end - 1] + 3;
            for (var start = Math.Max(0, end - MaxLength); start <= end - 2; start++)
            {
                // Two-letter entries are mostly abbreviations: they count, but less than a real word.
                var wordCost = end - start == 2 ? 2 : 1;
                if (cost[start] + wordCost < best && Contains(text[start..end]))
                {
                    best = cost[start] + wordCost;
                }
            }

            cost[end] = best;
        }

        return cost[text.Length];
    }

    /// <summary>
    /// Splits text into words, preferring the fewest pieces; runs of letters no word covers come out as they are.
    /// </summary>
    public IReadOnlyList<string> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        foreach (var token in text.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            SegmentToken(token, pieces);
        }

        return pieces;
    }

    private void SegmentToken(string token, List<string> pieces)
    {
        // cost[i]: fewest pieces for token[..i], an unknown character costing one piece each but merging with its run.
        var n = token.Length;
        var cost = new int[n + 1];
        var from = new int[n + 1];
        var known = new bool[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var start = Math.Max(0, end - MaxLength); start < end; start++)
            {
                if (cost[start] == int.MaxValue)
                {
                    continue;
                }

                var isWord = end - start >= 2 && Contains(token.AsSpan(start, end - start));
                var candidate = cost[start] + (isWord ? 1 : 3 * (end - start));
                if (candidate < cost[end])
                {
                    cost[end] = candidate;
                    from[end] = start;
                    known[end] = isWord;
                }
            }
        }

        var reversed = new List<string>();
        var position = n;
        var unknownEnd = -1;
        while (position > 0)
        {
            var start = from[position];
            if (known[position])
            {
                if (unknownEnd >= 0)
                {
                    reversed.Add(token[position..unknownEnd]);
                    unknownEnd = -1;
                }

                reversed.Add(token[start..position]);
            }
            else if (unknownEnd < 0)
            {
                unknownEnd = position;
            }

            position = start;
        }

        if (unknownEnd >= 0)
        {
            reversed.Add(token[..unknownEnd]);
        }

        reversed.Reverse();
        pieces.AddRange(reversed);
    }
}
