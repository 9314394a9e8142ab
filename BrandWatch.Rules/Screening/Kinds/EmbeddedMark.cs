namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private const int MaxHits = 64;
    private const int ShortEmbedded = 7;

    /// <summary>
    /// A form found inside the labels by the Aho–Corasick automaton: the mark plus other words (paypal-login), in a
    /// subdomain (secure-paypal.evil.net), with a TLD glued on (paypalcom), or spread across labels (pay.pal-secure).
    /// Folding rn, vv and cl can swallow a mark's edge (registernetflix reads as …stemetflix): the labels are searched
    /// unfolded too.
    /// </summary>
    private static void EmbeddedMark(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        Span<int> patterns = stackalloc int[MaxHits];
        Span<int> ends = stackalloc int[MaxHits];
        var hits = index._automaton.Search(facts.Joined, patterns, ends);
        for (var h = 0; h < hits; h++)
        {
            Embedded(facts, ref found, index._forms[index._patternForm[patterns[h]]], ends[h], facts.Joined, facts.Layout);
        }

        if (!HasFoldedPair(facts.Ascii))
        {
            return;
        }

        var layout = facts.Layout;
        var registrable = layout.Registrable;
        var capacity = KeyCapacity(facts.Ascii);
        Span<char> key = stackalloc char[capacity];
        Span<short> keyLabel = stackalloc short[capacity];
        Span<short> keyRaw = stackalloc short[capacity];
        Span<byte> keyWidth = stackalloc byte[capacity];
        Span<int> keyStart = stackalloc int[registrable + 2];
        Span<int> keyEnd = stackalloc int[registrable + 2];
        var length = index.AppendKeys(facts.Domain, layout.LabelStart, layout.LabelEnd, registrable, key, keyLabel, keyRaw, keyWidth, keyStart, keyEnd, foldPairs: false);
        var plainLayout = new Layout(layout.LabelStart, layout.LabelEnd, keyStart, keyEnd, keyLabel[..length], keyRaw[..length], keyWidth[..length], registrable);
        var plain = key[..length];
        hits = index._automaton.Search(plain, patterns, ends);
        for (var h = 0; h < hits; h++)
        {
            Embedded(facts, ref found, index._forms[index._patternForm[patterns[h]]], ends[h], plain, plainLayout);
        }
    }

    private static void Embedded(in ScreenFacts facts, ref Findings found, LabelForm form, int end, ReadOnlySpan<char> joined, in Layout layout)
    {
        var index = facts.Index;
        var start = end - form.Key.Length;
        var first = layout.KeyLabel[start];
        var last = layout.KeyLabel[end - 1];
        if (first == last && start == layout.KeyStart[first] && end == layout.KeyEnd[first])
        {
            return; // the whole label: the exact, look-alike and typo checks have seen it
        }

        if (first != last)
        {
            if (start == layout.KeyStart[first] || end == layout.KeyEnd[last])
            {
                var domain = facts.Domain;
                var labels = string.Join('.', Enumerable.Range(first, last - first + 1).Select(domain.UnicodeLabel));
                found.Add(form, MatchKind.SpreadAcrossLabels, 0.8, $"{form.Describe(index.MarkName(form))} is spread across the labels '{labels}'");
            }

            return;
        }

        var label = first;
        var labelStart = layout.LabelStart[label];
        var labelEnd = layout.LabelEnd[label];
        var idn = layout.KeyRaw[start] < 0;
        var padded = false;
        string left, right, hit;
        if (idn)
        {
            hit = joined[start..end].ToString();
            left = joined[layout.KeyStart[label]..start].ToString();
            right = joined[end..layout.KeyEnd[label]].ToString();
        }
        else
        {
            var rawStart = layout.KeyRaw[start];
            var rawEnd = layout.KeyRaw[end - 1] + layout.KeyWidth[end - 1];
            // Padding at the label's edges is no part of the name: the mark beside it stands at the edge.
            var leading = PaddingRun(facts.Ascii.AsSpan(labelStart, rawStart - labelStart), atEnd: false);
            var trailing = PaddingRun(facts.Ascii.AsSpan(rawEnd, labelEnd - rawEnd), atEnd: true);
            padded = leading + trailing > 0;
            labelStart += leading;
            labelEnd -= trailing;
            var touches = rawStart == labelStart || rawEnd == labelEnd || facts.Ascii[rawStart - 1] == '-' || facts.Ascii[rawEnd] == '-';
            if (form.Key.Length < index._options.EmbeddedAnywhereMinLength && !touches
                && !index.IsAmidTradeWords(facts.Ascii.AsSpan(labelStart, rawStart - labelStart), facts.Ascii.AsSpan(rawEnd, labelEnd - rawEnd)))
            {
                return;
            }

            hit = facts.Ascii[rawStart..rawEnd];
            left = facts.Ascii[labelStart..rawStart];
            right = facts.Ascii[rawEnd..labelEnd];
        }

        // A plural form whose 's' belongs to the next word (plastidips + ingapore) is the mark's own form beside that word
        // (plastidip + singapore, plastidip + sales): the uninflected form meets it with the better split.
        if (!idn && form.Origin == FormOrigin.Inflected && hit.EndsWith('s') && right.Length > 0 && right[0] != '-'
            && index._words.Segment("s" + right).Count <= index._words.Segment(right).Count)
        {
            return;
        }

        if (right.Length > 0 && right[0] == 's' && (right.Length == 1 || right[1] == '-'))
        {
            right = right[1..]; // the mark's plural: the 's' is not an added word
        }

        // The added words are segmented only for a hit that gets past the cheap refusals below: most hits in a miss are
        // refused (a mark inside an ordinary word), and segmenting costs a dynamic programme and its garbage.
        List<string>? added = null;
        // An IDN label is searched through its look-alike key (mlzuno); the mark may still stand in it letter for letter,
        // beside words of another script or with accents (mizunomagyarország): that is the mark whole, not a look-alike.
        var unicodeLabel = idn ? facts.Domain.UnicodeLabel(label) : null;
        var exactText = hit.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text
            || (unicodeLabel is not null && form.IsAscii && unicodeLabel.Contains(form.Text, StringComparison.Ordinal));

        // The mark with its own first or last letter typed once more (belll, llego) is a slip of the keys, not the mark
        // plus a one-letter word.
        if (!idn && exactText && label == layout.Registrable && !hit.Contains('-') && ((left.Length == 1 && right.Length == 0 && left[0] == hit[0])
            || (right.Length == 1 && left.Length == 0 && right[0] == hit[^1])))
        {
            var typed = left + hit + right;
            found.Add(form, MatchKind.Repetition, TypoSimilarity(1, typed.Length, form.Text.Length),
                $"'{typed}' imitates {form.Describe(index.MarkName(form))}: {TypoClassifier.Classify(typed, form.Text).Explanation}");
            return;
        }

        if (!exactText && !idn && form.Key.Length <= VeryShortLookalikeLength && !index._marks[form.Mark].WellKnown && !ReadsIdentically(hit, idn: false))
        {
            return; // a short mark's look-alike inside a longer name (ilon in avigilon) is chance
        }

        if ((form.Origin == FormOrigin.Distinctive && index.IsOrdinaryForm(form)) || (form.Origin == FormOrigin.WithoutArticle && index.IsCommonWord(form.Text)))
        {
            return; // the ordinary-word part of a longer mark (monde of LE MONDE, paper of PAPER.IO) inside a name is that word
        }
        var shown = exactText ? $"{form.Describe(index.MarkName(form))}" : $"'{hit}', which looks like {form.Describe(index.MarkName(form))},";
        var labelText = unicodeLabel ?? facts.Ascii[labelStart..labelEnd];

        if (label != layout.Registrable)
        {
            added = AddedWords(index, left, right);
            found.Add(form, MatchKind.LevelSquat, 0.75 + (index.HasRisky(added) ? 0.1 : 0),
                $"the subdomain label '{labelText}' contains {shown} plus {Quote(added)}, under the unrelated domain {facts.Domain.RegistrableDomain}", added);
            return;
        }

        // One or two glued words (com, info …) hold no more letters than two of the longest: a longer rest cannot be them.
        if (Letters(left) + Letters(right) <= 2 * index._longestGlued)
        {
            added = AddedWords(index, left, right);
        }

        if (added is { Count: > 0 and <= 2 } && index.GluedInPlace(left, right))
        {
            found.Add(form, MatchKind.TldGlued, 0.9, $"'{labelText}' is {shown} with '{string.Concat(added)}' glued on in place of a dot", added);
            return;
        }

        var mark = index._marks[form.Mark];
        var inside = !idn && index.IsInsideWord(labelText, hit, left.Length, chanceAcrossWords: !mark.GenericWord);
        if (!idn && !inside && !mark.GenericWord && form.Text.Length < ShortEmbedded && left.Length > 0 && right.Length > 0
            && !(index.IsWordsOrRisky(left) && index.IsWordsOrRisky(right)) && !(exactText && IsCoinedAmidFewLetters(index, form, left, right, labelText)))
        {
            return; // a short mark in the middle of a label, amid letters that are not words: chance (beirutescorts)
        }
        if (inside && !mark.GenericWord)
        {
            return; // a coined mark's letters inside an ordinary word are chance, not use
        }

        added ??= AddedWords(index, left, right);
        var risky = index.HasRisky(added);
        if (inside)
        {
            found.Add(form, MatchKind.Combosquat, 0.35, $"'{labelText}' contains {shown} only inside an ordinary word (weak evidence)", added, insideWord: true);
            return;
        }

        var letters = idn ? layout.KeyEnd[label] - layout.KeyStart[label] : labelText.Count(char.IsLetterOrDigit);
        var similarity = 0.7 + (0.15 * form.Text.Length / Math.Max(letters, 1));
        var trade = mark.GenericWord && !risky ? index.TradeWordIn(form.Mark, added) : null;
        if (risky || trade is not null)
        {
            similarity = Math.Max(similarity, 0.9);
        }
        else if (mark.GenericWord)
        {
            similarity -= 0.1;
        }

        if (!exactText)
        {
            similarity -= 0.05;
        }

        var kind = idn && !labelText.Any(char.IsAsciiLetter) ? MatchKind.Transliteration : MatchKind.Combosquat;
        var tradeNote = trade is null ? string.Empty : $" ('{trade}' names the mark's own goods: the pair reads as the owner's business, not the word)";
        var paddingNote = padded ? ", filled out with one character typed over and over" : string.Empty;
        found.Add(form, kind, similarity, $"'{(padded ? facts.Ascii[layout.LabelStart[label]..layout.LabelEnd[label]] : labelText)}' contains {shown} plus {Quote(added)}{paddingNote}{index.RiskyNote(added)}{tradeNote}", added,
            whole: (exactText || form.Key.Length > VeryShortLookalikeLength) && (!mark.GenericWord || trade is not null)); // lnspira reads as INSPIRA whole
    }

    /// <summary>
    /// The shortest run of one letter or digit read as padding: four, since no word types a letter four times running,
    /// while three make words and codes of their own (www, xxx, 777).
    /// </summary>
    private const int MinPaddingRun = 4;

    /// <summary>
    /// The length of the run of one letter or digit that opens (or, <paramref name="atEnd"/>, closes) the text when it
    /// is padding (iiiiiiiiiitehraniqosiiiiiiiiii: a name filled out to hide the mark in it or to dodge a blocklist), else 0.
    /// </summary>
    private static int PaddingRun(ReadOnlySpan<char> text, bool atEnd)
    {
        if (text.Length < MinPaddingRun)
        {
            return 0;
        }

        var typed = atEnd ? text[^1] : text[0];
        var other = atEnd ? text.LastIndexOfAnyExcept(typed) : text.IndexOfAnyExcept(typed);
        var run = other < 0 ? text.Length : atEnd ? text.Length - 1 - other : other;
        return char.IsAsciiLetterOrDigit(typed) && run >= MinPaddingRun ? run : 0;
    }

    /// <summary>Letters a coined mark of six may have on each side and still stand out: a prefix or code, not a word around it.</summary>
    private const int FewLetters = 3;

    /// <summary>
    /// A coined mark of six letters between a few letters on each side (aplavixp, jpchenetjpc): the letters are codes or
    /// slips, and a string that is no word, name or place of any language hardly sits inside another word by chance. A
    /// mark that is one word of a language other than English (CHENET, French for andiron) stands out as well: a few
    /// letters around it make no word with it. Not when the whole label reads as words (mosca + rossa holds OSCARO by
    /// chance).
    /// </summary>
    private static bool IsCoinedAmidFewLetters(MarkIndex index, LabelForm form, string left, string right, string label) =>
        form.Text.Length >= ShortEmbedded - 1 && left.Length <= FewLetters && right.Length <= FewLetters && !left.Contains('-') && !right.Contains('-')
        && !index.IsOrdinaryForm(form) && !index._segmenter.Lexicon.IsEnglishWord(form.Text) && IsCoinedOrOneForeignWord(index, form.Text)
        && !index._segmenter.IsSegmentable(label);

    /// <summary>No lexicon reading at all, or one word of another language's list (no place, code or trade word).</summary>
    private static bool IsCoinedOrOneForeignWord(MarkIndex index, string text) =>
        !index._segmenter.IsSegmentable(text)
        || (index._segmenter.Lexicon.TryGet(text, out var entry) && entry.Kind == LexiconKind.Word && entry.Language != "en");

    /// <summary>
    /// True when a short mark inside a label stands between trade words, places or risky terms only (cheap + bash +
    /// online, shop + bark + s): what a seller puts around the mark, not the letters of a longer word. The right side
    /// may start with the mark's plural 's', or be a country code alone, the market (shop + bark + us).
    /// </summary>
    private bool IsAmidTradeWords(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || left.Contains('-') || right.Contains('-') || !_segmenter.IsTradeOrPlaces(left, _risky))
        {
            return false;
        }

        if (right.Length > 0 && right[0] == 's')
        {
            right = right[1..];
        }

        return right.IsEmpty || _segmenter.IsTradeOrPlaces(right, _risky)
            || (_segmenter.Lexicon.TryGet(right, out var market) && market.Kind == LexiconKind.PlaceCode); // shop + bark + us
    }

    private static List<string> AddedWords(MarkIndex index, string left, string right)
    {
        var added = new List<string>();
        added.AddRange(index._words.Segment(left));
        added.AddRange(index._words.Segment(right));
        return added;
    }

    /// <summary>The characters of the text that <see cref="WordList.Segment"/> puts into words: all but the hyphens and dots.</summary>
    private static int Letters(string text) => text.Length - text.AsSpan().Count('-') - text.AsSpan().Count('.');

    private bool IsWordsOrRisky(string text)
    {
        foreach (var range in text.AsSpan().Split('-'))
        {
            var piece = text.AsSpan(range);
            if (piece.Length > 0 && !_risky.Contains(piece) && !_words.IsWordSequence(piece, minWord: 2) && !_segmenter.IsSegmentable(piece))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when reading the mark as a word of the label costs more than the label's best reading (pineapple).</summary>
    private bool IsInsideWord(string label, string hit, int hitStart, bool chanceAcrossWords)
    {
        // Only the hyphen-separated token holding the hit counts.
        var tokenStart = label.LastIndexOf('-', Math.Max(hitStart - 1, 0)) + 1;
        if (hitStart == 0)
        {
            tokenStart = 0;
        }

        var tokenEnd = label.IndexOf('-', hitStart + hit.Length);
        if (tokenEnd < 0)
        {
            tokenEnd = label.Length;
        }

        if (hit.Contains('-', StringComparison.Ordinal) || tokenStart > hitStart)
        {
            return false;
        }

        var token = label.AsSpan(tokenStart, tokenEnd - tokenStart);
        var offset = hitStart - tokenStart;
        var words = _words;
        var after = offset + hit.Length;
        var forced = words.SegmentCost(token[..offset]) + 1 + words.SegmentCost(token[after..]);
        if (after < token.Length && token[after] == 's')
        {
            // The mark's plural is the mark (myid-apples), not a longer word around it.
            forced = Math.Min(forced, words.SegmentCost(token[..offset]) + 1 + words.SegmentCost(token[(after + 1)..]));
        }

        if (forced <= words.SegmentCost(token))
        {
            return false;
        }

        // Inside a longer word (pineapple), or, for a coined mark that is not famous, straddling the words of a
        // label made only of words, away from its edges (enthused|reroutes holds drerou by chance).
        var atEdge = offset == 0 || after == token.Length;
        return words.IsInsideLongerWord(token, offset, after) || (chanceAcrossWords && !atEdge && words.IsWordSequence(token, minWord: 3));
    }
}
