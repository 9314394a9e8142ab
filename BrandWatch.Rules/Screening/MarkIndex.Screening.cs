using AnyAscii;
using BrandWatch.Rules.Confusables;
using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private const int MaxHits = 64;

    /// <summary>A candidate match while screening one domain; the best per mark survives.</summary>
    private readonly record struct Found(int Form, MatchKind Kind, double Similarity, string Explanation, IReadOnlyList<string> AddedWords, bool InsideWord);

    /// <summary>The per-domain state of one Screen call: label boundaries and the joined look-alike key of the labels.</summary>
    private partial struct ScreenContext
    {
        private readonly MarkIndex _index;
        private readonly DomainName _domain;
        private readonly string _asRead;
        private readonly string _ascii;
        private List<Found>? _found;
        private int[]? _ownMarks;

        public ScreenContext(MarkIndex index, DomainName domain, string asRead)
        {
            _index = index;
            _domain = domain;
            _asRead = asRead;
            _ascii = domain.Ascii;
        }

        public IReadOnlyList<DomainMatch> Results { get; private set; } = [];

        public void Run()
        {
            var labels = _domain.LabelCount;
            var registrable = labels - _domain.SuffixLabelCount - 1;
            if (registrable < 0 || registrable > 126)
            {
                return;
            }

            Span<int> labelStart = stackalloc int[registrable + 2];
            Span<int> labelEnd = stackalloc int[registrable + 2];
            var position = 0;
            for (var i = 0; i <= registrable; i++)
            {
                labelStart[i] = position;
                var dot = _ascii.IndexOf('.', position);
                labelEnd[i] = dot;
                position = dot + 1;
            }

            // The joined key: every label left of the suffix, folded to look-alike form, hyphens dropped.
            Span<char> key = stackalloc char[MaxKey];
            Span<short> keyLabel = stackalloc short[MaxKey];
            Span<short> keyRaw = stackalloc short[MaxKey];
            Span<byte> keyWidth = stackalloc byte[MaxKey];
            Span<int> keyStart = stackalloc int[registrable + 2];
            Span<int> keyEnd = stackalloc int[registrable + 2];
            var length = 0;
            for (var i = 0; i <= registrable; i++)
            {
                keyStart[i] = length;
                var raw = _ascii.AsSpan(labelStart[i], labelEnd[i] - labelStart[i]);
                length = raw.StartsWith("xn--")
                    ? AppendIdnKey(_index._confusables.LookalikeKey(_domain.UnicodeLabel(i)), i, key, keyLabel, keyRaw, keyWidth, length)
                    : AppendAsciiKey(raw, labelStart[i], i, key, keyLabel, keyRaw, keyWidth, length);
                keyEnd[i] = length;
            }

            var layout = new Layout(labelStart, labelEnd, keyStart, keyEnd, keyLabel[..length], keyRaw[..length], keyWidth[..length], registrable);
            var joined = key[..length];

            WholeRegistrable(joined[keyStart[registrable]..keyEnd[registrable]], layout);
            AcrossTheDot(layout);
            for (var i = 0; i < registrable; i++)
            {
                WholeSubdomain(i, joined[keyStart[i]..keyEnd[i]], layout);
            }

            Span<int> patterns = stackalloc int[MaxHits];
            Span<int> ends = stackalloc int[MaxHits];
            var hits = _index._automaton.Search(joined, patterns, ends);
            for (var h = 0; h < hits; h++)
            {
                Embedded(_index._forms[_index._patternForm[patterns[h]]], ends[h], joined, layout);
            }

            // Folding rn, vv and cl can swallow a mark's edge (registernetflix reads as …stemetflix): search unfolded too.
            if (HasFoldedPair(_ascii))
            {
                length = 0;
                for (var i = 0; i <= registrable; i++)
                {
                    keyStart[i] = length;
                    var raw = _ascii.AsSpan(labelStart[i], labelEnd[i] - labelStart[i]);
                    length = raw.StartsWith("xn--")
                        ? AppendIdnKey(_index._confusables.LookalikeKey(_domain.UnicodeLabel(i)), i, key, keyLabel, keyRaw, keyWidth, length)
                        : AppendAsciiKey(raw, labelStart[i], i, key, keyLabel, keyRaw, keyWidth, length, foldPairs: false);
                    keyEnd[i] = length;
                }

                var plainLayout = new Layout(labelStart, labelEnd, keyStart, keyEnd, keyLabel[..length], keyRaw[..length], keyWidth[..length], registrable);
                var plain = key[..length];
                hits = _index._automaton.Search(plain, patterns, ends);
                for (var h = 0; h < hits; h++)
                {
                    Embedded(_index._forms[_index._patternForm[patterns[h]]], ends[h], plain, plainLayout);
                }
            }

            if (!_ascii.AsSpan(labelStart[registrable]).StartsWith("xn--"))
            {
                TypoInCombo(_ascii.AsSpan(labelStart[registrable], labelEnd[registrable] - labelStart[registrable]));
            }

            if (_found is not null)
            {
                Results = Finish(); // the default is an empty array: no allocation for the common miss
            }
        }

        private static int AppendAsciiKey(ReadOnlySpan<char> raw, int offset, int label, Span<char> key, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, int length, bool foldPairs = true)
        {
            for (var j = 0; j < raw.Length && length < MaxKey; j++)
            {
                var c = raw[j];
                if (c == '-')
                {
                    continue;
                }

                var next = foldPairs && j + 1 < raw.Length ? raw[j + 1] : '\0';
                var (folded, width) = (c, next) switch
                {
                    ('r', 'n') => ('m', 2),
                    ('v', 'v') => ('w', 2),
                    ('c', 'l') => ('d', 2),
                    ('0', _) => ('o', 1),
                    ('1' or 'i', _) => ('l', 1),
                    _ => (c, 1),
                };
                key[length] = folded;
                keyLabel[length] = (short)label;
                keyRaw[length] = (short)(offset + j);
                keyWidth[length] = (byte)width;
                length++;
                j += width - 1;
            }

            return length;
        }

        private static int AppendIdnKey(string folded, int label, Span<char> key, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, int length)
        {
            foreach (var c in folded)
            {
                if (length >= MaxKey || !char.IsAsciiLetterOrDigit(c))
                {
                    continue;
                }

                key[length] = c;
                keyLabel[length] = (short)label;
                keyRaw[length] = -1;
                keyWidth[length] = 0;
                length++;
            }

            return length;
        }

        private void WholeRegistrable(ReadOnlySpan<char> key, in Layout layout)
        {
            var r = layout.Registrable;
            var raw = _ascii.AsSpan(layout.LabelStart[r], layout.LabelEnd[r] - layout.LabelStart[r]);
            if (raw.StartsWith("xn--"))
            {
                IdnRegistrable(key);
                return;
            }

            var exactFound = false;
            if (_index._exact.TryGetValue(raw, out var exact))
            {
                exactFound = true;
                foreach (var f in exact)
                {
                    AddExact(_index._forms[f]);
                }
            }

            int[]? alike = null;
            if (!exactFound && _index._byKey.TryGetValue(key, out alike))
            {
                foreach (var f in alike)
                {
                    var form = _index._forms[f];
                    var written = raw.ToString();
                    if (written.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text)
                    {
                        Add(form, MatchKind.Hyphenation, 0.9, $"'{written}' is {form.Describe(MarkName(form))} with hyphens inserted");
                    }
                    else if (_index.ShortLookalikeHasEvidence(form, _domain, MatchKind.Homoglyph,
                        ReadsIdentically(written, idn: false) || form.Key.Length > VeryShortLookalikeLength)) // mlffy reads as MIFFY
                    {
                        Add(form, MatchKind.Homoglyph, 0.95, $"'{written}' looks like {form.Describe(MarkName(form))}: {LookalikeEdits(written, form.Text)}");
                    }
                }
            }

            if (!exactFound && alike is null)
            {
                Glyphs(key, raw);
            }

            if (key.Length >= _index._minFuzzy && key.Length <= _index._maxFuzzy)
            {
                Fuzzy(key, raw, combo: null);
            }

            if (_index._hasShortForms)
            {
                ShortFormCombos(raw);
                ShortMarkSegments(raw);
            }
        }

        /// <summary>Whole-label look-alikes by the coarse glyph classes (v1tannix, hcineken): dnstwist's ASCII homoglyphs.</summary>
        private void Glyphs(ReadOnlySpan<char> key, ReadOnlySpan<char> written)
        {
            if (key.Length < _index._shortestGlyphKey)
            {
                return;
            }

            Span<char> coarse = stackalloc char[key.Length];
            var length = GlyphClasses.Key(key, coarse);
            if (!_index._byGlyphs.TryGetValue(coarse[..length], out var forms))
            {
                length = GlyphClasses.Key(key, coarse, clAsD: false);
                if (!_index._byGlyphsK.TryGetValue(coarse[..length], out forms))
                {
                    return;
                }
            }

            // The coarse key merges many letters: an ordinary word (grammar, giddily) meeting a mark this way is chance.
            var shown = written.ToString();
            var plain = shown.Replace("-", string.Empty, StringComparison.Ordinal);
            if (_index._words.Contains(plain) || _index._words.IsWordSequence(plain, minWord: 4))
            {
                return;
            }

            foreach (var f in forms)
            {
                var form = _index._forms[f];
                if (form.Key.Length < CoarseGlyphMinLength && !_index._marks[form.Mark].WellKnown)
                {
                    continue; // merged letter classes (b/d, c/e, m/n) meet many names by chance: only long or famous marks
                }

                Add(form, MatchKind.Homoglyph, 0.85,
                    $"'{shown}' looks like {form.Describe(MarkName(form))} once letters drawn alike are merged (b/d, c/e, m/n/rn, 1/l/i, 0/o, cl/d, vv/w …)");
            }
        }

        /// <summary>Marks of two or three letters (jd) glued or hyphenated to a risky term or a TLD (jd-login, jdcom).</summary>
        private void ShortFormCombos(ReadOnlySpan<char> raw)
        {
            if (IsOrdinaryLabel(raw))
            {
                return; // the short mark sits inside a word (le of apple)
            }

            for (var k = 2; k < _index._options.EmbeddedMinLength && k < raw.Length - 1; k++)
            {
                ShortFormCombo(raw[..k], raw[k..].TrimStart('-'), raw);
                ShortFormCombo(raw[^k..], raw[..^k].TrimEnd('-'), raw);
            }
        }

        private void ShortFormCombo(ReadOnlySpan<char> part, ReadOnlySpan<char> rest, ReadOnlySpan<char> raw)
        {
            if (rest.Length == 0 || !_index._exact.TryGetValue(part, out var forms))
            {
                return;
            }

            var glued = _index._glued.Contains(rest);
            var risky = IsRiskyPhrase(rest);
            if (!glued && !risky)
            {
                return;
            }

            var restText = rest.ToString();
            foreach (var f in forms)
            {
                var form = _index._forms[f];
                if (form.Text.Length >= _index._options.EmbeddedMinLength || _index.IsOrdinaryForm(form))
                {
                    continue; // an ordinary word as a mark (one, jet) joined to another word is ordinary English (onelogin, mailjet)
                }

                if (glued)
                {
                    Add(form, MatchKind.TldGlued, 0.8, $"'{raw}' is {form.Describe(MarkName(form))} with '{restText}' glued on in place of a dot", [restText]);
                }
                else
                {
                    Add(form, MatchKind.Combosquat, risky ? 0.85 : 0.6, $"'{raw}' is {form.Describe(MarkName(form))} plus the word '{restText}'{(risky ? " (risky)" : string.Empty)}", [restText]);
                }
            }
        }

        private readonly bool IsRiskyPhrase(ReadOnlySpan<char> text)
        {
            foreach (var range in text.Split('-'))
            {
                if (!_index._risky.Contains(text[range]))
                {
                    return false;
                }
            }

            return true;
        }

        private void IdnRegistrable(ReadOnlySpan<char> key)
        {
            var unicode = _domain.UnicodeRegistrableLabel;
            if (_index._exact.TryGetValue(unicode, out var exact))
            {
                foreach (var f in exact)
                {
                    AddExact(_index._forms[f]);
                }
            }

            var hasLatin = unicode.Any(char.IsAsciiLetter);
            if (_index._byKey.TryGetValue(key, out var alike))
            {
                foreach (var f in alike)
                {
                    var form = _index._forms[f];
                    // UTS #39 §5: a label mixing scripts (Latin with Cyrillic or Greek) is the classic spoof; say so.
                    var scripts = Confusables.ScriptRestriction.Assess(unicode);
                    var mixed = scripts.MixedScript ? $"; {scripts.Explanation}" : string.Empty;
                    Add(form, MatchKind.Homoglyph, scripts.MixedScript ? 0.97 : 0.95,
                        $"'{unicode}' ({_domain.RegistrableLabel}) looks like {form.Describe(MarkName(form))}: {LookalikeEdits(unicode, form.Text)}{mixed}");
                }
            }

            var transliterated = Clean(unicode.Transliterate());
            if (_index._exact.TryGetValue(transliterated, out var spelled))
            {
                foreach (var f in spelled)
                {
                    var form = _index._forms[f];
                    Add(form, MatchKind.Transliteration, 0.9, $"'{unicode}' transliterates to '{transliterated}', {form.Describe(MarkName(form))}");
                }
            }
            else if (!hasLatin && transliterated.Length >= _index._minFuzzy && transliterated.Length <= _index._maxFuzzy)
            {
                var candidates = new List<int>();
                _index._deletions.Query(transliterated, 2, candidates);
                foreach (var f in candidates)
                {
                    var form = _index._forms[f];
                    var distance = TypoClassifier.Distance(transliterated, form.Text, form.MaxEdits);
                    if (distance > 0 && distance <= form.MaxEdits)
                    {
                        var (_, edit, _) = TypoClassifier.Classify(transliterated, form.Text);
                        Add(form, MatchKind.Transliteration, TypoSimilarity(distance, transliterated.Length, form.Text.Length) - 0.1,
                            $"'{unicode}' transliterates to '{transliterated}', close to {form.Describe(MarkName(form))}: {edit}");
                    }
                }
            }

            if (hasLatin && alike is null)
            {
                Glyphs(key, unicode);
            }

            if (hasLatin && key.Length >= _index._minFuzzy && key.Length <= _index._maxFuzzy)
            {
                Fuzzy(key, key, combo: null, idn: unicode);
            }

            foreach (var form in _index._nativeForms)
            {
                if (unicode.Length > form.Text.Length && unicode.Contains(form.Text, StringComparison.Ordinal))
                {
                    var rest = unicode.Replace(form.Text, " ", StringComparison.Ordinal).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    Add(form, MatchKind.Combosquat, 0.85, $"'{unicode}' contains {form.Describe(MarkName(form))} plus {Quote(rest)}", rest);
                }
            }
        }

        /// <summary>Typos within the form's edit budget, found through the deletion index on the look-alike key.</summary>
        private void Fuzzy(ReadOnlySpan<char> key, ReadOnlySpan<char> raw, IReadOnlyList<string>? combo, string? idn = null, int maxEdits = 2)
        {
            var candidates = t_candidates ??= [];
            candidates.Clear();
            // The index holds each form's deletions up to its budget; the query deletes one character at most. That
            // finds every single edit and the two-edit typos that shorten or keep the length with one change (two
            // omissions, omission plus replacement or swap), not two replacements or two insertions: n probes, not n².
            const int deletions = 1;
            _index._deletions.Query(key, deletions, candidates);

            // Folding rn, vv or cl can hide a one-letter typo (paypcl reads as paypd): look the letters up as written too.
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

                _index._deletions.Query(plain[..plainLength], deletions, candidates);
            }

            // A long mark (LongTypoMinLength letters or more) also meets two replacements or two insertions: the query
            // deletes two characters too, n²/2 probes, only for a whole label no longer than the longest such form + 2.
            var single = candidates.Count;
            var longTypos = combo is null && idn is null && key.Length >= _index._options.LongTypoMinLength && key.Length <= _index._maxLongFuzzy;
            if (longTypos)
            {
                _index._deletions.Query(key, 2, candidates);
            }

            if (candidates.Count == 0)
            {
                return;
            }

            var nearest = _found is { Count: > 0 } ? 0 : int.MaxValue;
            for (var c = 0; c < candidates.Count; c++)
            {
                var form = _index._forms[candidates[c]];
                if (c >= single && (form.Key.Length < _index._options.LongTypoMinLength || nearest <= 1))
                {
                    // Met only through the query's second deletion: for long forms alone, and not once the label is
                    // already a mark, a look-alike of one, or one edit from one (that mark is what it imitates).
                    continue;
                }

                var budget = Math.Min(form.MaxEdits, maxEdits);
                if (combo is not null && form.Key.Length < _index._options.TypoInComboMinLength)
                {
                    continue; // short forms with one edit inside longer labels meet too many ordinary strings
                }

                var keyDistance = TypoClassifier.Distance(key, form.Key, budget);
                if (keyDistance > budget && plainLength > 0)
                {
                    keyDistance = TypoClassifier.Distance(plain[..plainLength], form.Key, budget);
                }

                if (keyDistance == 0 || keyDistance > budget || (combo is not null && key.Contains(form.Key, StringComparison.Ordinal)))
                {
                    continue; // in a combo, a core holding the whole form is the embedded check's business
                }

                var written = (idn ?? raw.ToString()).Replace("-", string.Empty, StringComparison.Ordinal);
                var rawDistance = idn is null ? TypoClassifier.Distance(written, form.Text, budget) : budget + 1;
                MatchKind kind;
                string edit;
                int distance;
                if (rawDistance <= budget)
                {
                    (kind, edit, distance) = TypoClassifier.Classify(written, form.Text);
                }
                else
                {
                    var folded = TypoClassifier.Distance(key, form.Key, budget) <= budget ? key.ToString() : plain[..plainLength].ToString();
                    var (_, typoEdit, typoDistance) = TypoClassifier.Classify(folded, form.Key);
                    kind = MatchKind.Homoglyph;
                    distance = typoDistance;
                    edit = $"it reads as '{folded}' (look-alike characters) and {typoEdit}";
                }

                // LEGAL.md A2: a variant that is itself ordinary words (canadarugs) has its own meaning. A famous coined
                // mark is the exception: tickermaster or macrosoft still target it (fault F1, "should have known").
                var mark = _index._marks[form.Mark];
                // Here even a look-alike is one edit away (m for n, c for e): an ordinary word still has its own meaning.
                // The famous mark keeps only a named typo (papal: omission; tickermaster: a neighbouring key; ticketraster:
                // one changed or look-alike letter); two unrelated edits, or a look-alike reading plus a typo, that land on ordinary
                // words (reagent for a mark Reavdent, defile for Deflel) are chance.
                var chanceEdit = (kind == MatchKind.EditDistance && distance >= 2) || (kind == MatchKind.Homoglyph && (rawDistance > budget || distance >= 2));
                if (kind is not (MatchKind.Plural or MatchKind.Hyphenation) && (!mark.WellKnown || mark.GenericWord || combo is not null || chanceEdit)
                    && (_index._words.IsWordSequence(written, minWord: 4) || _index._words.Contains(written)))
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
                if (kind == MatchKind.EditDistance && distance >= 2 && !mark.WellKnown
                    && (form.Key.Length < TwoUnrelatedEditsMinLength || form.Origin != FormOrigin.Label || mark.Name.Contains(' ', StringComparison.Ordinal)))
                {
                    continue;
                }

                // LEGAL.md A2: a typo of a mark flagged as an ordinary word (hvosting for HOSTING) is a typo of the word.
                if (kind is not (MatchKind.Plural or MatchKind.Hyphenation) && !mark.WellKnown && mark.GenericWord)
                {
                    continue;
                }

                var doubledLetter = IsDoubledLetterTypo(written, form.Text);
                if (combo is null && !doubledLetter && !_index.ShortLookalikeHasEvidence(form, _domain, kind, readsIdentically: false))
                {
                    continue;
                }

                if (combo is not null && form.Key.Length <= ShortLookalikeLength && !mark.WellKnown
                    && !(HasRisky(combo) && (kind == MatchKind.Omission || doubledLetter)))
                {
                    continue; // a typo of a short, little-known mark inside a longer name is chance (thieme-connect for THIELE)
                }

                var similarity = kind == MatchKind.Plural ? 0.9 : TypoSimilarity(distance, written.Length, form.Text.Length);
                var shown = idn ?? raw.ToString();
                if (combo is null)
                {
                    nearest = Math.Min(nearest, distance);
                    Add(form, kind, similarity, $"'{shown}' imitates {form.Describe(MarkName(form))}: {edit}");
                }
                else
                {
                    var riskyTerms = _index._risky;
                    var risky = combo.Any(w => riskyTerms.Contains(w));
                    Add(form, MatchKind.Combosquat, Math.Min(0.9, (similarity * 0.9) + (risky ? 0.1 : 0)),
                        $"'{_domain.RegistrableLabel}' contains '{shown}', a typo of {form.Describe(MarkName(form))} ({edit}), plus {Quote(combo)}{RiskyNote(combo)}",
                        combo);
                }
            }
        }

        private readonly bool HasRisky(IReadOnlyList<string> words)
        {
            foreach (var word in words)
            {
                if (_index._risky.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasFoldedPair(ReadOnlySpan<char> raw) =>
            raw.Contains("rn", StringComparison.Ordinal) || raw.Contains("vv", StringComparison.Ordinal) || raw.Contains("cl", StringComparison.Ordinal);

        private void AcrossTheDot(in Layout layout)
        {
            var r = layout.Registrable;
            Span<char> buffer = stackalloc char[MaxKey];
            var length = 0;
            foreach (var c in _ascii.AsSpan(layout.LabelStart[r], layout.LabelEnd[r] - layout.LabelStart[r]))
            {
                if (c != '-')
                {
                    buffer[length++] = c;
                }
            }

            var labelLength = length;
            var suffix = _domain.PublicSuffix;
            foreach (var c in suffix)
            {
                if (c == '.')
                {
                    // First try the label plus the suffix's first label (tes.co.uk), then the whole suffix.
                    AcrossLookup(buffer[..length], labelLength);
                    continue;
                }

                if (length < MaxKey)
                {
                    buffer[length++] = c;
                }
            }

            AcrossLookup(buffer[..length], labelLength);
        }

        private void AcrossLookup(ReadOnlySpan<char> text, int labelPart)
        {
            if (!_index._exact.TryGetValue(text, out var forms) && !_index._byKey.TryGetValue(text, out forms))
            {
                return;
            }

            foreach (var f in forms)
            {
                var form = _index._forms[f];
                if (!form.IsAscii)
                {
                    continue;
                }

                var shown = $"{text[..labelPart]}.{text[labelPart..]}";
                Add(form, MatchKind.AcrossTheDot, 0.9, $"'{_domain.RegistrableDomain}' reads as {form.Describe(MarkName(form))} split across the dot ('{shown}')");
            }
        }

        private void WholeSubdomain(int label, ReadOnlySpan<char> key, in Layout layout)
        {
            if (!_index._byKey.TryGetValue(key, out var forms))
            {
                return;
            }

            var raw = _ascii[layout.LabelStart[label]..layout.LabelEnd[label]];
            foreach (var f in forms)
            {
                var form = _index._forms[f];
                var exact = raw.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text;
                Add(form, MatchKind.LevelSquat, exact ? 0.85 : 0.8,
                    $"the subdomain label '{raw}' {(exact ? "is" : "looks like")} {form.Describe(MarkName(form))}, under the unrelated domain {_domain.RegistrableDomain}");
            }
        }

        private void Embedded(LabelForm form, int end, ReadOnlySpan<char> joined, in Layout layout)
        {
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
                    var domain = _domain;
                    var labels = string.Join('.', Enumerable.Range(first, last - first + 1).Select(domain.UnicodeLabel));
                    Add(form, MatchKind.SpreadAcrossLabels, 0.8, $"{form.Describe(MarkName(form))} is spread across the labels '{labels}'");
                }

                return;
            }

            var label = first;
            var labelStart = layout.LabelStart[label];
            var labelEnd = layout.LabelEnd[label];
            var idn = layout.KeyRaw[start] < 0;
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
                var touches = rawStart == labelStart || rawEnd == labelEnd || _ascii[rawStart - 1] == '-' || _ascii[rawEnd] == '-';
                if (form.Key.Length < _index._options.EmbeddedAnywhereMinLength && !touches)
                {
                    return;
                }

                hit = _ascii[rawStart..rawEnd];
                left = _ascii[labelStart..rawStart];
                right = _ascii[rawEnd..labelEnd];
            }

            if (right.Length > 0 && right[0] == 's' && (right.Length == 1 || right[1] == '-'))
            {
                right = right[1..]; // the mark's plural: the 's' is not an added word
            }

            var added = new List<string>();
            added.AddRange(_index._words.Segment(left));
            added.AddRange(_index._words.Segment(right));
            var exactText = hit.Replace("-", string.Empty, StringComparison.Ordinal) == form.Text;
            if (!exactText && !idn && form.Key.Length <= VeryShortLookalikeLength && !_index._marks[form.Mark].WellKnown && !ReadsIdentically(hit, idn: false))
            {
                return; // a short mark's look-alike inside a longer name (ilon in avigilon) is chance
            }

            if (form.Origin == FormOrigin.Distinctive && _index.IsOrdinaryForm(form))
            {
                return; // the ordinary-word part of a longer mark (monde of LE MONDE, paper of PAPER.IO) inside a name is that word
            }
            var shown = exactText ? $"{form.Describe(MarkName(form))}" : $"'{hit}', which looks like {form.Describe(MarkName(form))},";
            var labelText = idn ? _domain.UnicodeLabel(label) : _ascii[labelStart..labelEnd];
            var riskyTerms = _index._risky;
            var gluedTerms = _index._glued;

            if (label != layout.Registrable)
            {
                Add(form, MatchKind.LevelSquat, 0.75 + (added.Any(w => riskyTerms.Contains(w)) ? 0.1 : 0),
                    $"the subdomain label '{labelText}' contains {shown} plus {Quote(added)}, under the unrelated domain {_domain.RegistrableDomain}", added);
                return;
            }

            if (added.Count is > 0 and <= 2 && added.All(w => gluedTerms.Contains(w)))
            {
                Add(form, MatchKind.TldGlued, 0.9, $"'{labelText}' is {shown} with '{string.Concat(added)}' glued on in place of a dot", added);
                return;
            }

            var mark = _index._marks[form.Mark];
            var inside = !idn && IsInsideWord(labelText, hit, left.Length, chanceAcrossWords: !mark.GenericWord);
            if (!idn && !inside && !mark.GenericWord && form.Text.Length < ShortEmbedded && left.Length > 0 && right.Length > 0
                && !(IsWordsOrRisky(left) && IsWordsOrRisky(right)))
            {
                return; // a short mark in the middle of a label, amid letters that are not words: chance (beirutescorts)
            }
            if (inside && !mark.GenericWord)
            {
                return; // a coined mark's letters inside an ordinary word are chance, not use
            }

            var risky = added.Any(w => riskyTerms.Contains(w));
            if (inside)
            {
                Add(form, MatchKind.Combosquat, 0.35, $"'{labelText}' contains {shown} only inside an ordinary word (weak evidence)", added, insideWord: true);
                return;
            }

            var letters = idn ? layout.KeyEnd[label] - layout.KeyStart[label] : labelText.Count(char.IsLetterOrDigit);
            var similarity = 0.7 + (0.15 * form.Text.Length / Math.Max(letters, 1));
            if (risky)
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
            Add(form, kind, similarity, $"'{labelText}' contains {shown} plus {Quote(added)}{RiskyNote(added)}", added);
        }

        private const int ShortEmbedded = 7;

        // One Fuzzy call at a time per thread: the candidate list is reused instead of allocated per domain.
        [ThreadStatic]
        private static List<int>? t_candidates;

        private readonly bool IsWordsOrRisky(string text)
        {
            foreach (var piece in text.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!_index._risky.Contains(piece) && !_index._words.IsWordSequence(piece, minWord: 2) && !_index._segmenter.IsSegmentable(piece))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when reading the mark as a word of the label costs more than the label's best reading (pineapple).</summary>
        private readonly bool IsInsideWord(string label, string hit, int hitStart, bool chanceAcrossWords)
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
            var words = _index._words;
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

        /// <summary>
        /// A typo'd mark inside a combo: a hyphenated token (paypl-login) or what is left after a risky term is taken
        /// off either end (my + equifaz).
        /// </summary>
        private void TypoInCombo(ReadOnlySpan<char> label)
        {
            if (_index._minFuzzy <= 0 || label.Length < Math.Max(_index._minFuzzy, _index._options.TypoInComboMinLength) + 2)
            {
                return;
            }

            var tokens = label.Count('-') + 1;
            foreach (var range in label.Split('-'))
            {
                var token = label[range];
                if (tokens > 1 && token.Length >= _index._minFuzzy && token.Length <= _index._maxFuzzy)
                {
                    Core(token, label, range.Start.Value, range.End.Value);
                }

                if (token.Length < _index._minFuzzy + 2)
                {
                    continue;
                }

                var limit = Math.Min(token.Length - _index._minFuzzy, _index._longestRisky);
                var prefixes = _index.StartsRisky(token) ? 0 : 2;
                for (var k = 2; k <= limit && prefixes < 2; k++)
                {
                    if (_index._risky.Contains(token[..k]))
                    {
                        prefixes++;
                        Core(token[k..], label, range.Start.Value + k, range.End.Value);
                    }
                }

                var suffixes = _index.EndsRisky(token) ? 0 : 2;
                for (var k = 2; k <= limit && suffixes < 2; k++)
                {
                    if (_index._risky.Contains(token[^k..]))
                    {
                        suffixes++;
                        Core(token[..^k], label, range.Start.Value, range.End.Value - k);
                    }
                }
            }
        }

        private void Core(ReadOnlySpan<char> core, ReadOnlySpan<char> label, int start, int end)
        {
            if (core.Length < _index._minFuzzy || core.Length > _index._maxFuzzy)
            {
                return;
            }

            Span<char> key = stackalloc char[core.Length];
            var length = Confusables.AsciiLookalikes.Fold(core, key);
            if (!_index._deletions.Any(key[..length], 1))
            {
                return;
            }

            var added = new List<string>();
            added.AddRange(_index._words.Segment(label[..start].ToString()));
            added.AddRange(_index._words.Segment(label[end..].ToString()));
            Fuzzy(key[..length], core, added, maxEdits: 1);
        }

        private void AddExact(LabelForm form)
        {
            var mark = _index._marks[form.Mark];
            var label = _domain.UnicodeRegistrableLabel;
            switch (form.Origin)
            {
                case FormOrigin.OtherScript or FormOrigin.Transliterated:
                    Add(form, MatchKind.Transliteration, 0.9, $"'{label}' is {form.Describe(mark.Name)} on .{_domain.PublicSuffix}");
                    break;
                case FormOrigin.Reordered:
                    Add(form, MatchKind.ReorderedWords, 0.85, $"'{label}' is {form.Describe(mark.Name)}");
                    break;
                case FormOrigin.Inflected:
                    Add(form, MatchKind.Plural, 0.9, $"'{label}' is {form.Describe(mark.Name)}");
                    break;
                default:
                    var swap = _index._officialLabels[form.Mark].Contains(form.Text);
                    var official = mark.OfficialDomains.Count > 0 ? $"; the owner uses {string.Join(", ", mark.OfficialDomains)}" : string.Empty;
                    Add(form, swap ? MatchKind.TldSwap : MatchKind.Identical, form.Origin == FormOrigin.Distinctive ? 0.95 : 1.0,
                        $"'{label}' is {form.Describe(mark.Name)} on .{_domain.PublicSuffix}{official}");
                    break;
            }
        }

        private void Add(LabelForm form, MatchKind kind, double similarity, string explanation, IReadOnlyList<string>? added = null, bool insideWord = false)
        {
            if (IsOwn(form.Mark) || IsExcluded(form))
            {
                return;
            }

            _found ??= [];
            var candidate = new Found(form.Id, kind, Math.Clamp(similarity, 0, 1), explanation, added ?? [], insideWord);
            for (var i = 0; i < _found.Count; i++)
            {
                if (_index._forms[_found[i].Form].Mark == form.Mark)
                {
                    if (candidate.Similarity > _found[i].Similarity)
                    {
                        _found[i] = candidate;
                    }

                    return;
                }
            }

            _found.Add(candidate);
        }

        private bool IsOwn(int mark)
        {
            if (_ownMarks is null)
            {
                var own = new List<int>();
                var suffix = _ascii.AsSpan();
                while (true)
                {
                    if (_index._own.TryGetValue(suffix, out var marks))
                    {
                        own.AddRange(marks);
                    }

                    var dot = suffix.IndexOf('.');
                    if (dot < 0)
                    {
                        break;
                    }

                    suffix = suffix[(dot + 1)..];
                }

                _ownMarks = [.. own];
            }

            return Array.IndexOf(_ownMarks, mark) >= 0;
        }

        private readonly bool IsExcluded(LabelForm form)
        {
            foreach (var entry in _index._exclusions[form.Mark])
            {
                if (entry == _domain.RegistrableDomain || entry == _domain.RegistrableLabel || entry == _domain.Ascii
                    || (entry.Contains(form.Text, StringComparison.Ordinal) && _domain.Ascii.Contains(entry, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly List<DomainMatch> Finish()
        {
            var results = new List<DomainMatch>();
            foreach (var found in _found!.OrderByDescending(f => f.Similarity))
            {
                if (found.Similarity < _index._options.MinSimilarity)
                {
                    continue;
                }

                var form = _index._forms[found.Form];
                results.Add(new DomainMatch
                {
                    Domain = _asRead,
                    Unicode = _domain.Unicode,
                    Mark = _index._marks[form.Mark].Id,
                    Kind = found.Kind,
                    LabelForm = form.Text,
                    Similarity = Math.Round(found.Similarity, 3),
                    Explanation = found.Explanation,
                    AddedWords = found.AddedWords,
                    InsideDictionaryWord = found.InsideWord,
                });
            }

            return results;
        }

        private readonly string MarkName(LabelForm form) => _index._marks[form.Mark].Name;

        private readonly string RiskyNote(IReadOnlyList<string> added)
        {
            var riskyTerms = _index._risky;
            var risky = added.Where(w => riskyTerms.Contains(w)).ToList();
            return risky.Count == 0 ? string.Empty : $" (risky: {string.Join(", ", risky)})";
        }
    }

    private readonly ref struct Layout(Span<int> labelStart, Span<int> labelEnd, Span<int> keyStart, Span<int> keyEnd, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, int registrable)
    {
        public readonly Span<int> LabelStart = labelStart;
        public readonly Span<int> LabelEnd = labelEnd;
        public readonly Span<int> KeyStart = keyStart;
        public readonly Span<int> KeyEnd = keyEnd;
        public readonly Span<short> KeyLabel = keyLabel;
        public readonly Span<short> KeyRaw = keyRaw;
        public readonly Span<byte> KeyWidth = keyWidth;
        public readonly int Registrable = registrable;
    }

    private static double TypoSimilarity(int distance, int candidateLength, int formLength) =>
        1 - (0.1 * distance) - (0.5 * distance / Math.Max(candidateLength, formLength));

    private static string Quote(IReadOnlyList<string> words) =>
        words.Count == 0 ? "nothing" : words.Count == 1 ? $"the word '{words[0]}'" : "the words " + string.Join(", ", words.Select(w => $"'{w}'"));

    private static string LookalikeEdits(string written, string imitated)
    {
        var described = TypoClassifier.DescribeLookalike(written, imitated);
        return described.Length > 0 ? described : $"it reads as '{imitated}' once look-alike letters are folded (rn→m, vv→w, cl→d, 0→o, 1/I→l)";
    }
}
