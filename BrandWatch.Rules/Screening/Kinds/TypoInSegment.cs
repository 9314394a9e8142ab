namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>Letters the rest of a token must have beside a typo'd mark: one word of three letters at least.</summary>
    private const int MinSegmentRest = 3;

    /// <summary>
    /// Forms of five letters (from <see cref="SegmentTypoAnchors.MinFormLength"/>) to this length take only the
    /// narrowest slips, those that keep every letter of the mark: a letter doubled, a double moved, a neighbouring key
    /// struck beside the right one. So do forms that are English words, of any length: any other edit of a word is as
    /// often another word, a spelling of another language or a name (galleru, premer).
    /// </summary>
    private const int ShortSlipMinLength = 6;

    /// <summary>
    /// Forms this long or longer take any one-letter edit beside words, a vowel or an unrelated letter too
    /// (sullivancromwall + group for SULLIVAN &amp; CROMWELL), and the plural 's' after the edited name: a name of twelve
    /// letters stays itself through one changed letter, where a short one turns into another (toyoda, sentora).
    /// </summary>
    private const int AnyEditMinLength = 12;

    /// <summary>Forms checked per token end at most: the anchors pick out a handful, rarely more.</summary>
    private const int MaxSegmentCandidates = 32;

    /// <summary>
    /// A typo of a coined mark as one piece of a label token whose other piece reads as words of any language
    /// (senntaracareers = 'senntara', SENTARA with a doubled n, + 'careers'; cloplaydoors; pluxebenefits). The
    /// edit must be a slip of the hand typing the mark (<see cref="IsHandSlip"/>). The mark is six letters or more and
    /// not flagged as an ordinary word (an English word of seven letters or more takes only the slips that keep every
    /// letter of it, and the slip must spell no word: firstpremkier), and the token does not read as well as words alone: timbertrading is two words, not a
    /// typo plus one, while cloplaydoors reads as a typo of CLOPAY + doors better than as clop + lay + doors. The piece sits at the
    /// start or the end of the token; the rest of the label does not matter.
    /// </summary>
    private static void TypoInSegment(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || index._segmentTypos.IsEmpty)
        {
            return;
        }

        const int shortest = SegmentTypoAnchors.MinFormLength - 1 + MinSegmentRest;
        var raw = facts.RegistrableRaw;
        if (raw.Length < shortest)
        {
            return;
        }

        Span<int> candidates = stackalloc int[MaxSegmentCandidates];
        foreach (var range in raw.Split('-'))
        {
            var token = raw[range];
            if (token.Length < shortest || token.Length > LongestSegmentedToken)
            {
                continue;
            }

            for (var end = 0; end < 2; end++)
            {
                var head = end == 0;
                var count = index._segmentTypos.Collect(token, head, candidates);
                for (var c = 0; c < count; c++)
                {
                    // SegmentTypo's first test, asked of the form's shape: most candidates fail it without being loaded.
                    if (index._segmentTypos.MayBeSlip(candidates[c], token, head, MinSegmentRest))
                    {
                        SegmentTypo(facts, ref found, index._forms[candidates[c]], token, head);
                    }
                }
            }
        }
    }

    private static void SegmentTypo(in ScreenFacts facts, ref Findings found, LabelForm form, ReadOnlySpan<char> token, bool head)
    {
        var index = facts.Index;
        var text = form.Text;
        for (var length = text.Length - 1; length <= text.Length + 1 && length <= token.Length - MinSegmentRest; length++)
        {
            var piece = head ? token[..length] : token[^length..];

            // IsHandSlip's first test, asked before the alignment: the letter where the piece meets the words must be the
            // mark's own (a doubled or undoubled letter keeps it too), and most candidates fail it.
            if (((head ? piece[^1] != text[^1] : piece[0] != text[0]) && !IsJunctionSwap(piece, text, head)) || !IsOneEdit(piece, text))
            {
                continue;
            }

            // A mark of five letters, or one that is an English word (firstpremkier), takes only the slips that keep every
            // letter of it, and the slip must spell no word itself.
            var narrow = text.Length < ShortSlipMinLength || index.IsOrdinaryForm(form);
            if (!IsHandSlip(piece, text, head, narrow))
            {
                continue;
            }

            if (token.Contains(text, StringComparison.Ordinal))
            {
                return; // the mark itself is there: the embedded rule's business
            }

            if (narrow && index.IsWordOrWords(piece))
            {
                continue; // a narrow slip that spells a word or a name of its own is that word (zenith, not ZENNI)
            }

            if (index.IsFormOfMark(piece, form.Mark))
            {
                return; // another form of the same mark is there (hotelhermitage, not a slip of hotelshermitage): the embedded rule's business
            }

            var rest = head ? token[length..] : token[..^length];
            var segmenter = index._segmenter;
            var restPieces = segmenter.Pieces(rest);
            if (restPieces <= 0)
            {
                continue; // the rest is not words
            }

            var asWords = segmenter.Pieces(token);
            if (asWords > 0 && asWords <= 1 + restPieces)
            {
                continue; // the token reads at least as well as words alone (timbertrading): the piece is a word too
            }

            Report(facts, ref found, form, token, piece.ToString(), rest.ToString(), head);
            return;
        }

        // A long name edited once and put in its plural before the words (sullivancromwalls + group): the 's' is the
        // name's, as after the name written right; the letter before it must then be the name's own.
        if (head && text.Length >= AnyEditMinLength && text[^1] != 's')
        {
            for (var length = text.Length - 1; length <= text.Length + 1 && length + 1 <= token.Length - MinSegmentRest; length++)
            {
                var piece = token[..length];
                if (token[length] != 's' || piece[^1] != text[^1] || !IsOneEdit(piece, text) || !IsHandSlip(piece, text, head, narrow: false))
                {
                    continue;
                }

                var rest = token[(length + 1)..];
                var restPieces = index._segmenter.Pieces(rest);
                if (restPieces <= 0 || token.Contains(text, StringComparison.Ordinal) || index.IsFormOfMark(token[..(length + 1)], form.Mark))
                {
                    continue;
                }

                var asWords = index._segmenter.Pieces(token);
                if (asWords > 0 && asWords <= 1 + restPieces)
                {
                    continue;
                }

                Report(facts, ref found, form, token, piece.ToString(), rest.ToString(), head, plural: true);
                return;
            }
        }
    }

    private static void Report(in ScreenFacts facts, ref Findings found, LabelForm form, ReadOnlySpan<char> token, string piece, string rest, bool head, bool plural = false)
    {
        var index = facts.Index;
        var words = index._segmenter.Describe(rest);
        var added = words.Select(w => w.Text).ToList();
        var edit = MovedDoubleAt(piece, form.Text) is var moved and >= 0
            ? $"doubled '{piece[moved]}' instead of '{form.Text[moved]}' at position {moved + 1} (a double typed on the wrong letter)"
            : TypoClassifier.Classify(piece, form.Text).Explanation + (IsJunctionSwap(piece, form.Text, head) ? " where the mark meets the words" : string.Empty);
        var typo = plural
            ? $"'{piece}s' (a typo of {form.Describe(index.MarkName(form))}: {edit}, plus the plural 's')"
            : $"'{piece}' (a typo of {form.Describe(index.MarkName(form))}: {edit})";
        var restText = string.Join(" + ", words.Select(w => w.Description));
        var reading = head ? $"{typo} + {restText}" : $"{restText} + {typo}";
        var raw = facts.RegistrableRaw;
        var where = token.Length == raw.Length ? $"'{raw}'" : $"'{token}' of '{raw}'";
        var risky = index.HasRisky(added);
        var similarity = ComboTypoSimilarity(TypoSimilarity(1, piece.Length, form.Text.Length), risky);
        found.Add(form, MatchKind.Combosquat, similarity, $"{where} reads as {reading}{index.RiskyNote(added)}", added);
    }

    /// <summary>
    /// One edit a hand makes typing the mark: a doubled or undoubled letter, two neighbours swapped, a neighbouring key
    /// struck beside the right one, and on marks of seven letters or more also a letter left out or a neighbouring key
    /// struck instead. Not a vowel swap or an unrelated letter: those turn one name into another (timbre, toyoda). On
    /// six letters one of these changes a sixth of the mark, and a dropped letter or a key next to it is how many real
    /// names differ from one another (agatha and azatha, byblos and bablos). The letter where the piece meets the words
    /// is the mark's own unless a double is undone there: otherwise the words may have taken it (edward + jones is not
    /// EDWARDS, e + bank is not WEBANK). A final s added or dropped is the mark's plural or singular, not a slip.
    /// A name of <see cref="AnyEditMinLength"/> letters or more takes any one edit: it stays itself through one letter.
    /// A <paramref name="narrow"/> form (five letters, or an English word) takes only the slips that keep every letter.
    /// </summary>
    private static bool IsHandSlip(ReadOnlySpan<char> piece, string text, bool head, bool narrow)
    {
        var doubled = IsDoubledLetterTypo(piece, text);
        if (!doubled && (head ? piece[^1] != text[^1] : piece[0] != text[0]) && !IsJunctionSwap(piece, text, head))
        {
            return false;
        }

        if ((piece.Length < text.Length && text[^1] == 's') || (piece.Length > text.Length && piece[^1] == 's'))
        {
            if (piece.StartsWith(text.AsSpan(0, Math.Min(piece.Length, text.Length))))
            {
                return false; // the mark in its singular or plural (littlething of LITTLETHINGS) is a form, not a typo
            }
        }

        var (kind, distance) = TypoClassifier.Kind(piece, text);
        if (distance != 1)
        {
            return false;
        }

        if (MovedDoubleAt(piece, text) >= 0)
        {
            return true; // the double typed on the wrong letter (saavas): whatever the two letters, a slip of the hand
        }

        var longer = text.Length >= SegmentTypoAnchors.SlipOfAnyLetterMinLength;
        if (!narrow && text.Length >= AnyEditMinLength)
        {
            return true; // a name this long stays itself through any one changed letter (sullivancromwall)
        }

        switch (kind)
        {
            case MatchKind.Repetition:
                return true;
            case MatchKind.Transposition:
                return !narrow; // two of five letters swapped spell another name as often as a slip (salon, sloan), and a word's another word
            case MatchKind.Omission:
                return !narrow && (doubled || longer); // four letters left of five are a short mark's look-alike (zipo of ZIPPO + apps)
            case MatchKind.Replacement:
                return !narrow && longer;
            case MatchKind.Insertion:
                // The first difference is where the letter went in (a single insertion leaves everything before it alone).
                var at = 0;
                while (at < text.Length && piece[at] == text[at])
                {
                    at++;
                }

                return (at > 0 && Keyboards.AreAdjacent(piece[at - 1], piece[at])) || (at + 1 < piece.Length && Keyboards.AreAdjacent(piece[at + 1], piece[at]));
            default:
                return false;
        }
    }

    /// <summary>
    /// The two letters where the piece meets the words typed in the wrong order (coldwellbankre + moves for COLDWELL
    /// BANKER + moves): the mark's own letters are all there, only their order at the join is off, so the words have
    /// taken none of them. On forms of seven letters or more, where any slip of one letter counts; a pair of like letters
    /// swapped is no change.
    /// </summary>
    internal static bool IsJunctionSwap(ReadOnlySpan<char> piece, ReadOnlySpan<char> text, bool head)
    {
        if (piece.Length != text.Length || text.Length < SegmentTypoAnchors.SlipOfAnyLetterMinLength)
        {
            return false;
        }

        return head
            ? text[^1] != text[^2] && piece[^1] == text[^2] && piece[^2] == text[^1] && piece[..^2].SequenceEqual(text[..^2])
            : text[0] != text[1] && piece[0] == text[1] && piece[1] == text[0] && piece[2..].SequenceEqual(text[2..]);
    }

    /// <summary>
    /// Where the piece doubles the wrong letter of a double in the mark (saavas for SAVVAS, bokk for book): one letter
    /// replaced by its neighbour, which the mark doubles on the other side. Typists do this often enough for it to have
    /// a name, a doubling error (Rumelhart and Norman 1982, "Simulating a skilled typist", Cognitive Science 6(1), whose
    /// example is bokk for book): the hand keeps the double and puts it on the wrong key, which changes no other letter. Returns the position, or -1 when the piece is no such slip.
    /// </summary>
    internal static int MovedDoubleAt(ReadOnlySpan<char> piece, ReadOnlySpan<char> text)
    {
        if (piece.Length != text.Length)
        {
            return -1;
        }

        var at = piece.CommonPrefixLength(text);
        if (at == 0 || at + 1 >= text.Length || !piece[(at + 1)..].SequenceEqual(text[(at + 1)..]))
        {
            return -1; // no difference, one at either end, or more than one
        }

        var backward = text[at] == text[at + 1] && piece[at] == text[at - 1]; // savvas -> saavas: the double moved onto the letter before
        var forward = text[at - 1] == text[at] && piece[at] == text[at + 1];   // book -> bokk: onto the letter after
        return backward || forward ? at : -1;
    }

    /// <summary>
    /// True when the texts differ by exactly one edit (a letter replaced, inserted or left out, or two neighbours
    /// swapped): one pass over the common start and end, cheaper than an alignment, since nearly every candidate fails.
    /// </summary>
    internal static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var start = a.CommonPrefixLength(b);
        if (start == a.Length && start == b.Length)
        {
            return false; // the same text
        }

        var end = 0;
        while (end < shorter - start && a[a.Length - 1 - end] == b[b.Length - 1 - end])
        {
            end++;
        }

        if (a.Length != b.Length)
        {
            return start + end >= shorter; // everything but the one extra letter is shared
        }

        return start + end == a.Length - 1
            || (start + end == a.Length - 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }

    /// <summary>
    /// The forms <see cref="TypoInSegment"/> looks for: a mark's letters, five of them or more, that typos are looked
    /// for at all, of a mark not flagged as an ordinary word. A form of five letters is coined in every language of the
    /// lexicon (no word, run of words, name or place: ZENNI, not SALON or TURIN): one slip of five letters lands on some
    /// language's word too often. A form that is an English word (PREMIER) has seven letters or more: with a letter
    /// added, six spell names of other tongues by chance (liuning, a Chinese name, is LINING with a letter added).
    /// </summary>
    private bool IsSegmentTypoForm(LabelForm form) =>
        form.IsAscii && form.MaxEdits > 0 && form.Text.Length >= SegmentTypoAnchors.MinFormLength && !_marks[form.Mark].GenericWord
        && !form.Text.AsSpan().ContainsAnyExceptInRange('a', 'z')
        && (IsOrdinaryForm(form)
            ? form.Text.Length >= SegmentTypoAnchors.SlipOfAnyLetterMinLength
            : form.Text.Length >= ShortSlipMinLength || !IsWordOrWords(form.Text));

    /// <summary>True when the letters are a word, or a run of words, of some language of the lexicon.</summary>
    private bool IsWordOrWords(ReadOnlySpan<char> letters) => _segmenter.IsSegmentable(letters) || _words.Contains(letters);
}
