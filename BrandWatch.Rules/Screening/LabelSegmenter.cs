namespace BrandWatch.Rules.Screening;

/// <summary>
/// Reads the letters left around a mark as words of any language the lexicon holds: dynamic programming over the
/// text for the reading with the fewest pieces, each piece a lexicon entry of three letters or more, a two-letter
/// country code or trade word, or a run of digits. A text is "segmentable" only when every letter is covered.
/// </summary>
public sealed class LabelSegmenter(Lexicon lexicon)
{
    private const int Unreachable = short.MaxValue;

    public Lexicon Lexicon { get; } = lexicon;

    /// <summary>The fewest pieces that cover the text, or -1 when some letters belong to no entry.</summary>
    public int Pieces(ReadOnlySpan<char> text) => Pieces(text, forbiddenStart: -1, forbiddenEnd: -1);

    /// <summary>
    /// The fewest pieces that cover the text without using text[forbiddenStart..forbiddenEnd) as a piece of its own,
    /// or -1: the best reading of a label in which a mark at that place is not a word of its own.
    /// </summary>
    public int Pieces(ReadOnlySpan<char> text, int forbiddenStart, int forbiddenEnd)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        Span<short> cost = text.Length < 256 ? stackalloc short[text.Length + 1] : new short[text.Length + 1];
        cost.Fill(Unreachable);
        cost[0] = 0;
        for (var start = 0; start < text.Length; start++)
        {
            if (cost[start] == Unreachable)
            {
                continue;
            }

            if (char.IsAsciiDigit(text[start]))
            {
                var end = start;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                Relax(cost, start, end, forbiddenStart, forbiddenEnd);
                continue;
            }

            var longest = Math.Min(text.Length - start, Lexicon.MaxLength);
            for (var length = 2; length <= longest; length++)
            {
                if (IsPiece(text.Slice(start, length)) || (length == 2 && IsCodeBeforeMarket(text, start)))
                {
                    Relax(cost, start, start + length, forbiddenStart, forbiddenEnd);
                }
            }
        }

        return cost[text.Length] == Unreachable ? -1 : cost[text.Length];
    }

    /// <summary>True when the text is made only of trade words, place names and risky terms (my, shop, uk, chaussures).</summary>
    public bool IsTradeOrPlaces(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky)
    {
        Span<bool> reachable = text.Length < 256 ? stackalloc bool[text.Length + 1] : new bool[text.Length + 1];
        reachable.Clear();
        reachable[0] = text.Length > 0;
        for (var start = 0; start < text.Length; start++)
        {
            if (!reachable[start])
            {
                continue;
            }

            for (var end = start + 2; end <= text.Length && end - start <= Lexicon.MaxLength; end++)
            {
                if (IsTradeOrPlacePiece(text[start..end], risky))
                {
                    reachable[end] = true;
                }
            }
        }

        return reachable[text.Length];
    }

    /// <summary>True when some piece of three letters or more of the text is a trade word, a place or a risky term.</summary>
    public bool HasTradeOrPlace(ReadOnlySpan<char> text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky)
    {
        for (var start = 0; start < text.Length; start++)
        {
            for (var end = start + 3; end <= text.Length && end - start <= Lexicon.MaxLength; end++)
            {
                if (IsTradeOrPlacePiece(text[start..end], risky))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when a piece of the text's cheapest reading is a market a seller names: a place name, a three-letter country
    /// code as the last piece (onrunningusa, not the 'are' of weareteachers), or a trade word that neither the risky terms nor the
    /// corporate words hold (shoes, outlet, tilbud; not group, online, login, which any company or web site uses).
    /// </summary>
    public bool HasSellingOrPlace(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> corporate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = Read(text);
        var sellingTail = pieces.Count; // where the trailing run of selling words (online, shop, outlet) begins
        while (sellingTail > 0 && pieces[sellingTail - 1].Entry is { } tail
            && (tail.Kind == LexiconKind.Trade || risky.Contains(tail.Text) || corporate.Contains(tail.Text)))
        {
            sellingTail--;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            // A two-letter code read out of a longer text is too weak a market for a mark that is no stronger (go + tome + et),
            // unless it ends the text after a plain word of the seller's (running + dk, cloud + ph), as sellers write it,
            // or only selling words follow it after such a word (runners + pt + online; not law + are + online).
            var last = i == pieces.Count - 1
                || (i + 1 == sellingTail && i + 1 < pieces.Count && i > 0 && IsWordBeforeCode(pieces[i - 1].Entry));
            if (pieces[i].Entry is { } entry && (entry.Text.Length > 2 || (last && i > 0 && IsWordBeforeCode(pieces[i - 1].Entry)))
                && IsSellingOrPlace(entry, risky, corporate, last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word that a market code may follow: an English word of five letters or more, a trade word or a place. A short
    /// word of another language's list is too often a stem that only glues letters to the code (plega + cy, amida + de).
    /// </summary>
    private static bool IsWordBeforeCode(LexiconEntry? entry) => entry is not null && entry.Kind switch
    {
        LexiconKind.Word => entry.Text.Length >= (entry.Language == "en" ? 5 : 8),
        LexiconKind.Trade or LexiconKind.Place => entry.Text.Length >= 3,
        _ => false,
    };

    /// <summary>The test of <see cref="HasSellingOrPlace"/> for one whole piece (a hyphen token: tr, schweiz, outlet).</summary>
    public bool IsSellingOrPlace(ReadOnlySpan<char> piece, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> corporate) =>
        Lexicon.TryGet(piece, out var entry) && IsSellingOrPlace(entry, risky, corporate, last: true);

    private static bool IsSellingOrPlace(LexiconEntry entry, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> corporate, bool last) =>
        !risky.Contains(entry.Text) && !corporate.Contains(entry.Text) && entry.Kind switch
        {
            LexiconKind.Place or LexiconKind.Trade => true,
            LexiconKind.PlaceCode => last, // ag of sap-ag is a company form, not Antigua
            _ => false,
        };

    /// <summary>True when every letter of the text is covered by lexicon entries or digit runs.</summary>
    public bool IsSegmentable(ReadOnlySpan<char> text) => text.Length > 0 && Pieces(text) > 0;

    /// <summary>The pieces of the cheapest reading, for explanations; letters no entry covers come out as one piece.</summary>
    public IReadOnlyList<(string Text, string Description)> Describe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Read(text).Select(p => (p.Text, p.Entry is { } entry
            ? entry.Text == p.Text ? entry.Describe()
                : p.Text[^1] == 'x' ? $"'{p.Text}' (with a model letter 'x' added: {entry.Describe()})" : $"'{p.Text}' (with an added 's': {entry.Describe()})"
            : IsDigits(p.Text) ? $"'{p.Text}' (digits)" : $"'{p.Text}'"))];
    }

    /// <summary>The pieces of the cheapest reading with their lexicon entries (null for digits and for letters no entry covers).</summary>
    private List<(string Text, LexiconEntry? Entry)> Read(string text)
    {
        var n = text.Length;
        var cost = new int[n + 1];
        var from = new int[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var start = Math.Max(0, end - Lexicon.MaxLength); start < end; start++)
            {
                if (cost[start] == int.MaxValue)
                {
                    continue;
                }

                // Of two readings with as many pieces, the one with more trade words and places wins (outlet + uk, not
                // out + letuk): those are what sellers join to a name.
                var piece = text.AsSpan(start, end - start);
                var step = IsPiece(piece) || IsDigits(piece) || (piece.Length == 2 && IsCodeBeforeMarket(text, start))
                    ? (IsMarketPiece(piece) ? 9 : 10)
                    : 30 * piece.Length;
                if (cost[start] + step < cost[end])
                {
                    cost[end] = cost[start] + step;
                    from[end] = start;
                }
            }
        }

        var pieces = new List<(string, LexiconEntry?)>();
        for (var position = n; position > 0; position = from[position])
        {
            var piece = text[from[position]..position];
            var isPiece = IsPiece(piece);
            var known = Lexicon.TryGet(piece, out var entry) || (isPiece && Lexicon.TryGet(piece.AsSpan()[..^1], out entry)); // runnings: running's entry
            pieces.Add((piece, known && (isPiece || (piece.Length == 2 && IsCodeBeforeMarket(text, from[position]))) ? entry : null));
        }

        pieces.Reverse();
        return pieces;
    }

    /// <summary>A trade word or a place of the lexicon: what sellers join to a name.</summary>
    private bool IsMarketPiece(ReadOnlySpan<char> piece) =>
        Lexicon.TryGet(piece, out var entry) && entry.Kind is LexiconKind.Trade or LexiconKind.Place;

    private bool IsTradeOrPlacePiece(ReadOnlySpan<char> piece, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> risky) =>
        risky.Contains(piece) || IsMarketPiece(piece);

    private bool IsPiece(ReadOnlySpan<char> text)
    {
        if (!Lexicon.TryGet(text, out var entry))
        {
            // A word or place with an 's' added (runnings, sveriges): the plural or genitive most languages of the
            // lexicon write that way, which the word lists do not all hold. An English word with an 'x' added
            // (cloudx) is a product's model name, as makers write them; not another language's word, which would
            // turn coined marks ending in x (plavix = plavi + x) into words.
            return text.Length > 5 && Lexicon.Contains(text[..^1]) && IsPiece(text[..^1])
                && (text[^1] == 's' || (text[^1] == 'x' && Lexicon.IsEnglishWord(text[..^1])));
        }

        // Short words of the large word lists are mostly stems and abbreviations: English words count from three letters,
        // other languages' words from five; place names, three-letter country codes and trade words (sko, buty) count as
        // they are. Two-letter codes would glue any letters together (gsg + ht).
        return entry.Kind switch
        {
            LexiconKind.Word => text.Length >= (entry.Language == "en" ? 3 : 5),
            LexiconKind.PlaceCode => text.Length >= 3,
            _ => true,
        };
    }

    /// <summary>
    /// A two-letter country code counts as a piece where a seller names a market: right before a trade word
    /// (ghdnzshops, onrunningphoutlet) or at the end after a word of four letters or more (onrunningdk, bootsuk).
    /// Anywhere else two letters glue any letters together (gsg + ht, kia + bi, zo + hoc + al).
    /// </summary>
    private bool IsCodeBeforeMarket(ReadOnlySpan<char> text, int start)
    {
        if (start + 2 > text.Length || !Lexicon.TryGet(text.Slice(start, 2), out var code) || code.Kind != LexiconKind.PlaceCode)
        {
            return false;
        }

        var next = start + 2;
        if (next == text.Length)
        {
            for (var length = 4; length <= start && length <= Lexicon.MaxLength; length++)
            {
                if (IsPiece(text.Slice(start - length, length)))
                {
                    return true;
                }
            }

            return false;
        }

        for (var end = next + 3; end <= text.Length && end - next <= Lexicon.MaxLength; end++)
        {
            if (Lexicon.TryGet(text[next..end], out var entry) && entry.Kind == LexiconKind.Trade)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');

    private static void Relax(Span<short> cost, int start, int end, int forbiddenStart, int forbiddenEnd)
    {
        if (start == forbiddenStart && end == forbiddenEnd)
        {
            return;
        }

        var candidate = (short)(cost[start] + 1);
        if (candidate < cost[end])
        {
            cost[end] = candidate;
        }
    }
}
