namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private const int LongestSegmentedToken = 40;

    /// <summary>An 's' after a short mark is its plural or possessive only before a word of this many letters or more.</summary>
    private const int MinWordAfterPossessive = 4;

    /// <summary>
    /// Marks of two or three characters (GHD, AKU, G4S, ON) as a whole segment of a label token: the token is the
    /// mark plus words of any language, place names, country codes, trade words or digits (ghdgoldsuomi = ghd + gold
    /// + suomi, cmefinance = cme + finance), or the mark is a hyphen-separated token of its own (ghd-ireland). A
    /// short mark that only sits inside another word (pebblego), or that an equally short reading of the token does
    /// without (online), is chance. Two letters, and marks that are ordinary words (on, six), are met at the start of
    /// almost any name: they count only at the start of the label and beside a market (a place, a trade word, a
    /// risky term or digits: onrunning-tr, on-mexico), which is what squatters add.
    /// </summary>
    private static void ShortMarkSegment(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || !index._hasShortForms)
        {
            return;
        }

        var raw = facts.RegistrableRaw;
        var tokens = raw.Count('-') + 1;
        if (tokens > 2 && raw.Length > 4 && raw[1] == '-' && raw[3] == '-')
        {
            Initials(facts, ref found, raw);
        }

        LookalikeAtStart(facts, ref found, raw);
        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length == 0 || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            if (token.Length < index._options.EmbeddedMinLength)
            {
                if (tokens > 1)
                {
                    WholeToken(facts, ref found, token, raw);
                }

                continue;
            }

            for (var length = 2; length < index._options.EmbeddedMinLength; length++)
            {
                // Two letters, and ordinary words, only where the label starts (see Segmented).
                var last = length == 2 ? Math.Min(0, token.Length - length) : token.Length - length;
                for (var start = 0; start <= last; start++)
                {
                    Segmented(facts, ref found, token, start, start + length, raw, labelStart: range.Start.Value == 0 && start == 0);
                }
            }
        }
    }

    /// <summary>
    /// A coined three-letter mark drawn with look-alike letters where the label starts (crnegroups: rn drawn as m, so
    /// 'cme' + 'groups'): judged as the mark written there, and said so.
    /// </summary>
    private static void LookalikeAtStart(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> raw)
    {
        var hyphen = raw.IndexOf('-');
        var token = hyphen < 0 ? raw : raw[..hyphen];
        if (token.Length < CodedMarkLength + 3 || !HasFoldedPair(token[..(CodedMarkLength + 1)]))
        {
            return;
        }

        Span<char> folded = stackalloc char[CodedMarkLength];
        var read = 0;
        var length = 0;
        while (length < CodedMarkLength && read < token.Length)
        {
            var (c, width) = (token[read], read + 1 < token.Length ? token[read + 1] : '\0') switch
            {
                ('r', 'n') => ('m', 2),
                ('v', 'v') => ('w', 2),
                ('c', 'l') => ('d', 2),
                var (single, _) => (single, 1),
            };
            folded[length++] = c;
            read += width;
        }

        if (length < CodedMarkLength || read == CodedMarkLength)
        {
            return; // no pair was folded within the mark's letters
        }

        var written = token[..read].ToString();
        var asRead = string.Concat(folded, raw[read..]);
        Segmented(facts, ref found, asRead.AsSpan(0, hyphen < 0 ? asRead.Length : hyphen - read + CodedMarkLength), 0, CodedMarkLength, asRead, labelStart: true,
            shownAs: $"'{raw}' ('{written}' drawn as '{folded}')");
    }

    /// <summary>
    /// Single letters as the label's first hyphen tokens, joined, as a short mark's initials (c-a-hungary for C&amp;A,
    /// h-m-outlet for H&amp;M): judged as the mark written as a hyphen token of its own.
    /// </summary>
    private static void Initials(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> raw)
    {
        var end = 0;
        while (end + 1 < raw.Length && raw[end + 1] == '-' && char.IsAsciiLetter(raw[end]))
        {
            end += 2;
        }

        if (end < 4 || end >= raw.Length)
        {
            return; // two initials at least, and more of the label after them
        }

        var written = raw[..(end - 1)].ToString();
        var joined = written.Replace("-", string.Empty, StringComparison.Ordinal);
        WholeToken(facts, ref found, joined, $"{joined}-{raw[end..]}", written);
    }

    private static void WholeToken(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, ReadOnlySpan<char> raw, string? initials = null)
    {
        var index = facts.Index;
        if (!index.MayBeShortForm(token) || !index._exact.TryGetValue(token, out var forms))
        {
            return;
        }

        // Loops, not lambdas: a lambda's captured locals would be allocated on every call, match or not.
        var rest = new List<string>();
        var restIsWords = true;
        var restIsWordsOrCodes = true;
        var restHasMarket = false;
        foreach (var piece in raw.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.AsSpan().SequenceEqual(token))
            {
                continue;
            }

            rest.Add(piece);
            var segmentable = piece.Length >= 2 && index._segmenter.IsSegmentable(piece);
            restIsWords &= segmentable;
            restIsWordsOrCodes &= segmentable || (piece.Length >= 2 && index.IsMarketToken(piece));
            restHasMarket |= index.HasSellingOrPlace(piece) || index._segmenter.IsSellingOrPlace(piece, index._risky, index._corporate);
        }

        foreach (var f in forms)
        {
            var form = index._forms[f];
            var ordinary = index.IsOrdinaryForm(form);
            if (form.IsAscii && form.Text.Length < index._options.EmbeddedMinLength && (!ordinary || restHasMarket)
                && (form.Text.Length > 2 ? restIsWordsOrCodes : restIsWords)) // two letters beside a code is any pair of initials (gi-de)
            {
                var risky = index.HasRisky(rest);
                found.Add(form, MatchKind.Combosquat, risky ? 0.85 : 0.75, initials is null
                    ? $"'{raw}' holds {form.Describe(index.MarkName(form))} as a hyphen-separated word of its own, plus {Quote(rest)}{index.RiskyNote(rest)}"
                    : $"'{facts.RegistrableRaw}' holds {form.Describe(index.MarkName(form))} written as the initials '{initials}', plus {Quote(rest)}{index.RiskyNote(rest)}", rest);
            }
        }
    }

    private static void Segmented(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> token, int start, int end, ReadOnlySpan<char> raw, bool labelStart, string? shownAs = null)
    {
        var index = facts.Index;
        if (!index.MayBeShortForm(token[start..end]) || !index._exact.TryGetValue(token[start..end], out var forms))
        {
            return;
        }

        if (!index.HasEligibleShortForm(forms, labelStart))
        {
            return; // cheapest test first: only a short form can be read out of a token
        }

        var segmenter = index._segmenter;
        var left = token[..start];
        var right = token[end..];
        var riskyTerms = index._risky;
        if (left.Length > 0 && !segmenter.IsTradeOrPlaces(left, riskyTerms))
        {
            return; // a short mark starts the token, or follows only trade words and places (chaussuresakusoldes, myadmco)
        }

        // A risky term before the mark (my + adm) is no lexicon piece of its own: it counts as one piece, the fewest.
        var leftPieces = left.Length == 0 ? 0 : Math.Max(segmenter.Pieces(left), 1);
        var rightPieces = right.Length == 0 ? 0 : segmenter.Pieces(right);
        var possessive = false;
        if (rightPieces < 0 && right.Length > MinWordAfterPossessive && right[0] == 's' && segmenter.Pieces(right[1..]) is > 0 and var afterS)
        {
            // The mark's plural or possessive before words (abts + discount): the 's' belongs to the mark, as in mcdonalds.
            possessive = true;
            right = right[1..];
            rightPieces = afterS;
        }

        else if (rightPieces < 0 && right is ['s'] && left.Length > 0)
        {
            // The mark's plural ending the token after trade words (shop + wss + s), as the embedded rule reads a longer mark's.
            possessive = true;
            right = [];
            rightPieces = 0;
        }

        if (leftPieces < 0 || rightPieces < 0)
        {
            return;
        }

        var alternative = segmenter.Pieces(token, start, end);
        if (alternative > 0 && alternative <= 1 + leftPieces + rightPieces)
        {
            return; // the token reads at least as well without the mark as a word of its own (online, underarmour)
        }

        if (start == 0 && index.BeginsLongerEnglishWord(token, end))
        {
            return; // the mark's letters begin an English word of the token (ca + sino of casinonsvenska): that word is read first
        }

        var market = -1; // unknown until a form needs it
        foreach (var f in forms)
        {
            var form = index._forms[f];
            var mark = index._marks[form.Mark];
            if (!index.IsEligibleShortForm(form, labelStart) || (possessive && index.NeedsMarket(form)))
            {
                continue; // two letters or an ordinary word plus an 's' begin too many words (mis + manage, cas + lux)
            }

            if (index.NeedsMarket(form))
            {
                if (market < 0)
                {
                    // One word after two letters or an ordinary word is an ordinary name (airfrance, onshape); a squatter
                    // adds a market to a product word (oncloudsverige), sets the market apart (onrunning-tr), or names
                    // the goods sold by a trade word of five letters or more (onshoes, vexdiscount; not mi + rea).
                    market = index.OtherTokenIsMarket(raw, token) || (rightPieces >= 2 && index.HasSellingOrPlace(right))
                        || (rightPieces == 1 && right.Length >= 5 && index._segmenter.IsSellingOrPlace(right, index._risky, index._corporate) && index._segmenter.Lexicon.TryGet(right, out var sold) && sold.Kind == LexiconKind.Trade) ? 1 : 0;
                }

                if (market == 0)
                {
                    continue; // two letters or an ordinary word plus any word is any name (onedrive, sixgroup): squatters add a market
                }
            }

            var pieces = new List<(string Text, string Description)>();
            pieces.AddRange(segmenter.Describe(left.ToString()));
            pieces.Add((form.Text, $"'{form.Text}' ({mark.Name})"));
            if (possessive)
            {
                pieces.Add(("s", "'s' (its plural or possessive)"));
            }

            pieces.AddRange(segmenter.Describe(right.ToString()));
            // A loop, not a lambda: capturing 'possessive' would allocate on every call, match or not.
            var added = new List<string>(pieces.Count);
            foreach (var piece in pieces)
            {
                if (piece.Text != form.Text && !(possessive && piece.Text == "s"))
                {
                    added.Add(piece.Text);
                }
            }

            var risky = index.HasRisky(added);
            var letters = token.Length;
            var similarity = risky ? 0.9 : 0.7 + (0.15 * form.Text.Length / Math.Max(letters, 1));
            found.Add(form, MatchKind.Combosquat, similarity,
                $"{shownAs ?? $"'{raw}'"} reads as {string.Join(" + ", pieces.Select(p => p.Description))}: {form.Describe(mark.Name)} is a word of its own there{index.RiskyNote(added)}",
                added, whole: !mark.GenericWord); // a segment of its own is the mark whole: the similarity floor must not drop it
        }
    }

    /// <summary>Shortest English word a short mark's letters may begin and be read as (casino over ca): shorter ones are any syllable.</summary>
    private const int LongerWordMinLength = 5;

    /// <summary>
    /// True when an English word of <see cref="LongerWordMinLength"/> letters or more, longer than the mark's letters
    /// token[..markEnd], starts the token (casino in casinonsvenska, for a mark CA): a reader reads that word, not the mark
    /// and what follows, even when the rest after the word reads as nothing (nsvenska).
    /// </summary>
    private bool BeginsLongerEnglishWord(ReadOnlySpan<char> token, int markEnd)
    {
        var lexicon = _segmenter.Lexicon;
        for (var length = Math.Max(LongerWordMinLength, markEnd + 1); length <= token.Length; length++)
        {
            if (lexicon.IsEnglishWord(token[..length]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasEligibleShortForm(int[] forms, bool labelStart)
    {
        foreach (var f in forms)
        {
            if (IsEligibleShortForm(_forms[f], labelStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short ASCII form; two letters or an ordinary word only where the label starts.</summary>
    private bool IsEligibleShortForm(LabelForm form, bool labelStart) =>
        form.IsAscii && form.Text.Length < _options.EmbeddedMinLength && (labelStart || !NeedsMarket(form));

    /// <summary>
    /// Two letters, or an ordinary word as a mark, read out of a token only beside a market. A two-character code with a
    /// digit (F5, 3M) begins no word of any language, so any word after it is added to the mark (f5license).
    /// </summary>
    private bool NeedsMarket(LabelForm form) =>
        (form.Text.Length <= 2 && !form.Text.AsSpan().ContainsAnyInRange('0', '9')) || IsOrdinaryForm(form);

    /// <summary>True when another hyphen-separated token of the label is a place, a country code or a selling word (onrunning-tr).</summary>
    private bool OtherTokenIsMarket(ReadOnlySpan<char> raw, ReadOnlySpan<char> token)
    {
        foreach (var range in raw.Split('-'))
        {
            var other = raw[range];
            if (other.Length > 0 && !other.Overlaps(token) && (HasSellingOrPlace(other) || _segmenter.IsSellingOrPlace(other, _risky, _corporate)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A whole hyphen token that is a market: a two-letter country code counts here (onrunning-tr, ghd-uk).</summary>
    private bool IsMarketToken(ReadOnlySpan<char> token) =>
        HasMarketPiece(token) || (_segmenter.Lexicon.TryGet(token, out var entry) && entry.Kind is LexiconKind.PlaceCode or LexiconKind.Trade);

    private bool HasSellingOrPlace(ReadOnlySpan<char> text) => text.Length > 0 && _segmenter.HasSellingOrPlace(text.ToString(), _risky, _corporate);

    /// <summary>True when the whole label is one English word (apple): a short mark inside it (app + le) is part of that word.</summary>
    private bool IsOrdinaryLabel(ReadOnlySpan<char> raw) => _segmenter.Lexicon.IsEnglishWord(raw);

    /// <summary>True when the text holds a trade word, a place, a risky term or digits: what squatters join to a mark.</summary>
    private bool HasMarketPiece(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('0', '9') || _segmenter.HasTradeOrPlace(text, _risky);
}
