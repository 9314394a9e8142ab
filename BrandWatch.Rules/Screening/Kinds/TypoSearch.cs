namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    // One search at a time per thread: the candidate list is reused instead of allocated per domain.
    [ThreadStatic]
    private static List<int>? t_candidates;

    /// <summary>Typos within the form's edit budget, found through the deletion index on the look-alike key.</summary>
    private static void TypoSearch(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> key, ReadOnlySpan<char> raw, IReadOnlyList<string>? combo, string? idn = null, int maxEdits = 2)
    {
        var words = new ComboWords(combo);
        TypoSearch(facts, ref found, key, raw, ref words, idn, maxEdits);
    }

    /// <summary>As above, for a core inside a combo whose added words are segmented only once a candidate needs them.</summary>
    private static void TypoSearch(in ScreenFacts facts, ref Findings found, scoped ReadOnlySpan<char> key, scoped ReadOnlySpan<char> raw, ref ComboWords comboWords, string? idn = null, int maxEdits = 2)
    {
        var index = facts.Index;
        var isCombo = comboWords.IsCombo;
        var candidates = t_candidates ??= [];
        candidates.Clear();
        // The index holds each form's deletions up to its budget; the query deletes one character at most. That
        // finds every single edit and the two-edit typos that shorten or keep the length with one change (two
        // omissions, omission plus replacement or swap), not two replacements or two insertions: n probes, not n².
        const int deletions = 1;
        index._deletions.Query(key, deletions, candidates);

        // Folding rn, vv or cl can hide a one-letter typo (paypcl reads as paypd, airfrnce as alrfmce): look the letters
        // up as written too.
        Span<char> plain = stackalloc char[Math.Min(raw.Length, MaxKey)];
        var plainLength = 0;
        if (idn is null && HasFoldedPair(raw))
        {
            foreach (var c in raw)
            {
                if (c != '-' && plainLength < plain.Length)
                {
                    plain[plainLength++] = c switch { '0' => 'o', '1' or 'i' => 'l', _ => c };
                }
            }

            index._deletions.Query(plain[..plainLength], deletions, candidates);
        }

        if (candidates.Count == 0 && comboWords.NeedsKeyHit)
        {
            return; // a core whose letters meet no form is not searched further (TypoInCombination)
        }

        // A long mark (LongTypoMinLength letters or more) also meets two replacements or two insertions: the query
        // deletes two characters too, n²/2 probes, only for a whole label no longer than the longest such form + 2.
        // The pairs are probed after the single deletions' candidates are judged, and only while a form met through them
        // could still count (see the loop): a label that is already a mark or one edit from one skips the n²/2 probes.
        var single = candidates.Count;
        // From eight letters (the shortest form with two edits) for two slips of the hand (sktecnup), see TwoSlipsOfCoinedMark.
        var longTypos = !isCombo && idn is null && key.Length >= index._options.TwoEditsMinLength && key.Length <= index._maxLongFuzzy;
        if (candidates.Count == 0 && (!longTypos || found.Any))
        {
            return;
        }

        // The label as written, hyphens dropped, built once: a candidate rejected below costs no garbage.
        var source = idn is null ? raw : idn.AsSpan();
        Span<char> written = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        written = written[..DropHyphens(source, written)];
        var nearest = found.Any ? 0 : int.MaxValue;
        var pairsProbed = !longTypos;
        for (var c = 0; ; c++)
        {
            if (c == candidates.Count)
            {
                if (pairsProbed || nearest <= 1)
                {
                    break; // every form met only through two deletions would be passed over below
                }

                pairsProbed = true;
                index._deletions.QueryPairs(key, candidates); // the whole key and its single deletions were probed above
                if (c == candidates.Count)
                {
                    break;
                }
            }

            var form = index._forms[candidates[c]];
            if (c >= single && (nearest <= 1 || (form.Key.Length < index._options.LongTypoMinLength && !index.TwoSlipsOfCoinedMark(form, written))))
            {
                // Met only through the query's second deletion: for long forms alone (and two slips of a shorter coined
                // one), and not once the label is already a mark, a look-alike of one, or one edit from one (that mark is
                // what it imitates).
                continue;
            }

            var budget = Math.Min(form.MaxEdits, maxEdits);
            if (isCombo && form.Key.Length < index._options.TypoInComboMinLength)
            {
                continue; // short forms with one edit inside longer labels meet too many ordinary strings
            }

            var keyDistance = TypoClassifier.Distance(key, form.Key, budget);
            if (keyDistance > budget && plainLength > 0)
            {
                keyDistance = TypoClassifier.Distance(plain[..plainLength], form.Key, budget);
            }

            // A named slip plus the plural 's' (eyolabs for EIYOLAB) is the slip: the plural adds nothing a reader
            // notices, as the mark's own plural does not.
            var pluralSlip = false;
            if (keyDistance >= 2 && !isCombo && idn is null && form.Origin == FormOrigin.Label && form.WrittenLength > ShortLookalikeLength && written.Length > 1 && written[^1] == 's' && form.Text[^1] != 's'
                && TypoClassifier.Distance(written[..^1], form.Text, 1) == 1 && TypoClassifier.Kind(written[..^1], form.Text).Kind != MatchKind.EditDistance)
            {
                pluralSlip = true;
                keyDistance = 1;
            }

            ReadOnlySpan<char> typed = pluralSlip ? written[..^1] : written;
            if (keyDistance == 0 || keyDistance > budget || (isCombo && key.Contains(form.Key, StringComparison.Ordinal)))
            {
                continue; // in a combo, a core holding the whole form is the embedded check's business
            }

            if (index.IsFormOfMark(raw, form.Mark))
            {
                continue; // the core is another form of the same mark (pizzahut is no typo of its plural pizzashut)
            }

            var rawDistance = idn is null ? TypoClassifier.Distance(typed, form.Text, budget) : budget + 1;
            MatchKind kind;
            int distance;
            var foldedIsKey = true;
            if (rawDistance <= budget)
            {
                (kind, distance) = TypoClassifier.Kind(typed, form.Text);
            }
            else
            {
                foldedIsKey = TypoClassifier.Distance(key, form.Key, budget) <= budget;
                (_, distance) = foldedIsKey ? TypoClassifier.Kind(key, form.Key) : TypoClassifier.Kind(plain[..plainLength], form.Key);
                kind = MatchKind.Homoglyph;
            }

            // LEGAL.md A2: a variant that is itself ordinary words (canadarugs) has its own meaning. A famous coined
            // mark is the exception: tickermaster or macrosoft still target it (fault F1, "should have known").
            var mark = index._marks[form.Mark];
            // Here even a look-alike is one edit away (m for n, c for e): an ordinary word still has its own meaning.
            // The famous mark keeps only a named typo (papal: omission; tickermaster: a neighbouring key; ticketraster:
            // one changed or look-alike letter); two unrelated edits, or a look-alike reading plus a typo, that land on ordinary
            // words (reagent for a mark Reavdent, defile for Deflel) are chance.
            var chanceEdit = (kind == MatchKind.EditDistance && distance >= 2) || (kind == MatchKind.Homoglyph && (rawDistance > budget || distance >= 2));
            if (kind is not (MatchKind.Plural or MatchKind.Hyphenation) && (!mark.WellKnown || mark.GenericWord || isCombo || chanceEdit)
                && (index._words.IsWordSequence(written, minWord: 4) || index._words.Contains(written) || index._words.Contains(typed)
                    || (!isCombo && !chanceEdit && distance == 1 && idn is null && index.EditMakesAnotherWordOfTheName(form, typed)))
                && !(isCombo && mark.WellKnown && !mark.GenericWord && !chanceEdit && index.HasRisky(comboWords.Get(index)))
                && !(!isCombo && !chanceEdit && !mark.GenericWord && distance == 1 && kind != MatchKind.EditDistance && idn is null && index.EditLeavesNoWordOfTheName(form, typed)))
            {
                // The exceptions: a named typo of a famous mark beside a risky word (papal-billing, mirosoft-account)
                // targets the mark's customers whatever the typo happens to spell; a named typo that leaves a word of a
                // name of several words no word (fontlineinsurance) reads as words only by cutting the name's word.
                continue;
            }

            // A flipped bit changes a name whole, in memory or on the wire; nobody types one into a combination of words
            // (dns-virtara is no bitsquat of VISTARA): inside a combo it is an unrelated letter.
            if (isCombo && kind == MatchKind.Bitsquatting)
            {
                continue;
            }

            // A short form, or a form inside a combo, allows one named typo, not any edit: mela is not a typo of meta.
            if (kind == MatchKind.EditDistance && budget < 2)
            {
                continue;
            }

            // Two unrelated edits of a mark of under ten letters, or of a mark of several words, land on established
            // names (adguard for VANGUARD, tapresearch for LAM RESEARCH).
            var twoSlips = kind == MatchKind.EditDistance && distance == 2 && rawDistance <= budget && index.TwoSlipsOfCoinedMark(form, typed);
            if (kind == MatchKind.EditDistance && distance >= 2 && !mark.WellKnown && !twoSlips
                && (form.WrittenLength < TwoUnrelatedEditsMinLength || form.Origin != FormOrigin.Label || mark.Name.Contains(' ', StringComparison.Ordinal)))
            {
                continue;
            }

            // LEGAL.md A2: a typo of a mark flagged as an ordinary word (hvosting for HOSTING) is a typo of the word, and
            // so is a typo of a little-known mark that is an English word beside other words (3d-galleru for GALLERY).
            if (kind is not (MatchKind.Plural or MatchKind.Hyphenation) && !mark.WellKnown && (mark.GenericWord || (isCombo && index.IsOrdinaryForm(form))))
            {
                continue;
            }

            // ... and a whole label one edit from such a mark counts only as a slip of the hand typing the word (a letter
            // left out or doubled, two neighbours swapped, a neighbouring key struck: enterpise for ENTERPRISE, dewbrery
            // for DEWBERRY) or as a look-alike: a vowel swapped, a bit flipped or a letter put in far from its keys is the
            // word respelt, as anyone naming something after the word writes it (hvosting for HOSTING, devberry).
            if (!isCombo && !mark.WellKnown && rawDistance <= budget && index.IsOrdinaryForm(form) && !IsSlipOfTheHand(typed, form.Text, kind))
            {
                continue;
            }

            // A double undone that leaves three letters (maf of MAAF) is any three letters: the slip is no evidence there.
            var doubledLetter = IsDoubledLetterTypo(typed, form.Text) && typed.Length > 3;
            var coinedOnly = CoinedEvidence.None;
            if (!isCombo && !doubledLetter && !index.ShortLookalikeHasEvidence(form, facts.Domain, kind, readsIdentically: false, typed, out coinedOnly))
            {
                continue;
            }

            if (isCombo && form.WrittenLength <= ShortLookalikeLength && !mark.WellKnown
                && !(index.HasRisky(comboWords.Get(index)) && (kind == MatchKind.Omission || doubledLetter)))
            {
                continue; // a typo of a short, little-known mark inside a longer name is chance (thieme-connect for THIELE)
            }

            // Two unrelated edits of a long coined name that keep its first letter and spell no words (linklatar for
            // LINKLATERS) are scored as two slips are: counted as two edits they fall under the pipeline's floor on any
            // name under twenty letters. A changed first letter (hulustream for GULFSTREAM) or a variant of words
            // (microbot for MICROSOFT) is another name.
            var twoKeptEdits = kind == MatchKind.EditDistance && distance == 2 && !mark.WellKnown && typed.Length > 0 && typed[0] == form.Text[0]
                && !index._words.IsWordSequence(written, minWord: 3);
            var similarity = kind == MatchKind.Plural ? 0.9 : twoSlips || twoKeptEdits ? TwoSlipsSimilarity(written.Length, form.Text.Length) : TypoSimilarity(distance, written.Length, form.Text.Length);
            var shown = idn ?? raw.ToString();
            var edit = rawDistance <= budget
                ? TypoClassifier.Classify(typed.ToString(), form.Text).Explanation + (pluralSlip ? ", plus the plural 's'" : string.Empty)
                : LookalikeTypo(foldedIsKey ? key.ToString() : plain[..plainLength].ToString(), form.Key);
            if (!isCombo)
            {
                nearest = Math.Min(nearest, distance);
                var coined = twoSlips ? $" (two slips of a typing hand, and neither '{shown}' nor the mark is a word, name or place in any language the screener knows: the variant points only at the mark)" : coinedOnly switch
                {
                    CoinedEvidence.CoinedMark => $" (neither '{shown}' nor the mark is a word, name or place in any language the screener knows: the variant points only at the mark)",
                    CoinedEvidence.SwappedLetters => $" (every letter of the mark kept, and '{shown}' is no word, name or place in any language the screener knows: the variant points only at the mark)",
                    CoinedEvidence.MisreadWord => $" (a letter drawn alike in a word of six letters, and '{shown}' is no word, name or place in any language the screener knows: a spelling made to be misread as the mark)",
                    _ => string.Empty,
                };
                found.Add(form, kind, similarity, $"'{shown}' imitates {form.Describe(index.MarkName(form))}: {edit}{coined}");
            }
            else
            {
                var combo = comboWords.Get(index);
                var riskyTerms = index._risky;
                var risky = combo.Any(w => riskyTerms.Contains(w));
                found.Add(form, MatchKind.Combosquat, ComboTypoSimilarity(similarity, risky),
                    $"'{facts.Domain.RegistrableLabel}' contains '{shown}', a typo of {form.Describe(index.MarkName(form))} ({edit}), plus {Quote(combo)}{index.RiskyNote(combo)}",
                    combo);
            }
        }
    }

    /// <summary>
    /// True when one edit is a slip of a hand typing the text, or a look-alike letter: a letter left out, doubled or a
    /// double undone, a double moved, two neighbours swapped, a neighbouring key struck instead (a named replacement) or
    /// beside the right one; not a vowel swapped, a bit flipped, an unrelated letter, or a letter put in far from its keys.
    /// </summary>
    private static bool IsSlipOfTheHand(ReadOnlySpan<char> typed, string text, MatchKind kind)
    {
        if (kind is MatchKind.Omission or MatchKind.Repetition or MatchKind.Transposition or MatchKind.Replacement or MatchKind.Homoglyph
            or MatchKind.Plural or MatchKind.Hyphenation || IsDoubledLetterTypo(typed, text) || MovedDoubleAt(typed, text) >= 0)
        {
            return true;
        }

        if (kind is not (MatchKind.Insertion or MatchKind.Addition) || typed.Length != text.Length + 1)
        {
            return false;
        }

        return TypoClassifier.IsNeighbourKey(typed, typed.CommonPrefixLength(text));
    }

    /// <summary>
    /// The words a combo adds around a typo'd core: given, or segmented from the label on first use (most cores meet no
    /// candidate that gets that far, and segmenting costs a dynamic programme and its garbage).
    /// </summary>
    private ref struct ComboWords
    {
        private readonly ReadOnlySpan<char> _label;
        private readonly int _start;
        private readonly int _end;
        private IReadOnlyList<string>? _words;

        public ComboWords(IReadOnlyList<string>? words)
        {
            _words = words;
            IsCombo = words is not null;
        }

        /// <summary>The words of the label before <paramref name="start"/> and from <paramref name="end"/> on.</summary>
        public ComboWords(ReadOnlySpan<char> label, int start, int end)
        {
            _label = label;
            _start = start;
            _end = end;
            IsCombo = true;
            NeedsKeyHit = true;
        }

        public bool IsCombo { get; }

        /// <summary>True when the search ends unless the core's look-alike key itself meets a form (not only its letters as written).</summary>
        public bool NeedsKeyHit { get; }

        public IReadOnlyList<string> Get(MarkIndex index)
        {
            if (_words is null)
            {
                var added = new List<string>();
                added.AddRange(index._words.Segment(_label[.._start].ToString()));
                added.AddRange(index._words.Segment(_label[_end..].ToString()));
                _words = added;
            }

            return _words;
        }
    }

    /// <summary>
    /// A whole label typed as a single-word coined mark of eight letters or more with two slips of the hand
    /// (<see cref="TypoClassifier.IsTwoSlips"/>: sktecnup for SKETCHUP), where neither the mark nor the label is a word,
    /// a run of words, a name or a place of any language of the lexicon. Two unrelated edits of a mark under ten letters
    /// land on established names (adguard for VANGUARD), but two slips that lose no letter of a coined mark, into letters
    /// that mean nothing, point only at the mark.
    /// </summary>
    private bool TwoSlipsOfCoinedMark(LabelForm form, ReadOnlySpan<char> written) =>
        form.Origin == FormOrigin.Label && form.IsAscii && form.MaxEdits >= 2 && !_marks[form.Mark].Name.Contains(' ', StringComparison.Ordinal)
        && TypoClassifier.IsTwoSlips(written, form.Text)
        && !IsOrdinaryForm(form) && !_segmenter.IsSegmentable(form.Text) && !_segmenter.IsSegmentable(written) && !_words.Contains(written);

    private static string LookalikeTypo(string folded, string formKey) =>
        $"it reads as '{folded}' (look-alike characters) and {TypoClassifier.Classify(folded, formKey).Explanation}";
}
