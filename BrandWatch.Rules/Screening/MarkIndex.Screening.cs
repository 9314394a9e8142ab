using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    private IReadOnlyList<DomainMatch> Screen(DomainName domain, string asRead) => Screen(domain, asRead, MatchRules);

    /// <summary>Screens with the given rules only, in the given order: the tests run each rule of the table alone.</summary>
    internal IReadOnlyList<DomainMatch> Screen(string domain, ReadOnlySpan<MatchRule> rules)
    {
        var parsed = DomainName.Parse(domain);
        return parsed.Domain is null ? [] : Screen(parsed.Domain, domain.Trim(), rules);
    }

    /// <summary>Screens a parsed domain with the given rules only (bench screen times each rule of the table alone).</summary>
    internal IReadOnlyList<DomainMatch> Screen(DomainName domain, ReadOnlySpan<MatchRule> rules) => Screen(domain, domain.Ascii, rules);

    /// <summary>
    /// Computes the domain's screening facts once (label boundaries and the joined look-alike key of the labels), then
    /// runs every rule of the table over them. The strongest match per mark survives.
    /// </summary>
    private IReadOnlyList<DomainMatch> Screen(DomainName domain, string asRead, ReadOnlySpan<MatchRule> rules)
    {
        var ascii = domain.Ascii;
        var registrable = domain.LabelCount - domain.SuffixLabelCount - 1;
        if (registrable < 0 || registrable > 126)
        {
            return [];
        }

        Span<int> labelStart = stackalloc int[registrable + 2];
        Span<int> labelEnd = stackalloc int[registrable + 2];
        var position = 0;
        for (var i = 0; i <= registrable; i++)
        {
            labelStart[i] = position;
            var dot = ascii.IndexOf('.', position);
            labelEnd[i] = dot;
            position = dot + 1;
        }

        // The joined key: every label left of the suffix, folded to look-alike form, hyphens dropped. Stack memory is
        // zeroed on entry, so the buffers take what the name needs: no more letters than the name for ASCII labels.
        var capacity = KeyCapacity(ascii);
        Span<char> key = stackalloc char[capacity];
        Span<short> keyLabel = stackalloc short[capacity];
        Span<short> keyRaw = stackalloc short[capacity];
        Span<byte> keyWidth = stackalloc byte[capacity];
        Span<int> keyStart = stackalloc int[registrable + 2];
        Span<int> keyEnd = stackalloc int[registrable + 2];
        var length = AppendKeys(domain, labelStart, labelEnd, registrable, key, keyLabel, keyRaw, keyWidth, keyStart, keyEnd, foldPairs: true);
        var layout = new Layout(labelStart, labelEnd, keyStart, keyEnd, keyLabel[..length], keyRaw[..length], keyWidth[..length], registrable);
        var facts = new ScreenFacts(this, domain, layout, key[..length]);
        var found = new Findings(this, domain);
        foreach (var rule in rules)
        {
            rule.Check(facts, ref found);
        }

        var matches = found.Finish(asRead); // an empty array when nothing was found: no allocation for the common miss
        return matches.Count == 0 && WithoutTripledLetter(domain.Ascii) is { } slipped && !TripleReadsAsWords(domain.RegistrableLabel)
            ? ScreenSlipped(slipped, domain, asRead, rules)
            : matches;
    }

    /// <summary>
    /// True when a hyphen token of the label that holds three like letters reads as words as written: the letters then
    /// meet across two words (tree + electrical, glass + steel), and no slip is read.
    /// </summary>
    private bool TripleReadsAsWords(string label)
    {
        foreach (var range in label.AsSpan().Split('-'))
        {
            var token = label.AsSpan(range);
            if (HasTripledLetter(token) && _segmenter.IsSegmentable(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name with each run of three or more like letters written twice (onrunnning-usa as onrunning-usa), or null
    /// when it has none. Words hardly ever write a letter three times: inside a word a third one is a slip of the hand,
    /// whichever word of the name it falls in, the mark's or one added to it (across two words see TripleReadsAsWords).
    /// </summary>
    internal static string? WithoutTripledLetter(string ascii)
    {
        if (!HasTripledLetter(ascii))
        {
            return null;
        }

        var text = new System.Text.StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (!(text.Length >= 2 && c == text[^1] && c == text[^2] && char.IsAsciiLetter(c)))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>True when the text holds a run of three like letters.</summary>
    private static bool HasTripledLetter(ReadOnlySpan<char> text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && text[i] == text[i - 2] && char.IsAsciiLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Screens the name read without its tripled letter; each match says which slip it was read through.</summary>
    private IReadOnlyList<DomainMatch> ScreenSlipped(string slipped, DomainName domain, string asRead, ReadOnlySpan<MatchRule> rules)
    {
        var parsed = DomainName.Parse(slipped);
        if (parsed.Domain is null)
        {
            return [];
        }

        var matches = Screen(parsed.Domain, slipped, rules);
        if (matches.Count == 0)
        {
            return matches;
        }

        var shown = domain.RegistrableLabel;
        return [.. matches.Select(m => m with
        {
            Domain = asRead,
            Unicode = domain.Unicode,
            Explanation = $"'{shown}' read with its tripled letter written twice, a slip of the hand: {m.Explanation}",
        })];
    }

    /// <summary>The longest joined key a name can give: its length when all labels are ASCII; an IDN's skeleton may be longer.</summary>
    private static int KeyCapacity(string ascii) => ascii.Contains("xn--", StringComparison.Ordinal) ? MaxKey : Math.Min(ascii.Length, MaxKey);

    /// <summary>Writes the joined key of the labels left of the suffix; returns its length.</summary>
    private int AppendKeys(
        DomainName domain, ReadOnlySpan<int> labelStart, ReadOnlySpan<int> labelEnd, int registrable,
        Span<char> key, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, Span<int> keyStart, Span<int> keyEnd, bool foldPairs)
    {
        var length = 0;
        for (var i = 0; i <= registrable; i++)
        {
            keyStart[i] = length;
            var raw = domain.Ascii.AsSpan(labelStart[i], labelEnd[i] - labelStart[i]);
            length = raw.StartsWith("xn--")
                ? AppendIdnKey(_confusables.LookalikeKey(domain.UnicodeLabel(i)), i, key, keyLabel, keyRaw, keyWidth, length)
                : AppendAsciiKey(raw, labelStart[i], i, key, keyLabel, keyRaw, keyWidth, length, foldPairs);
            keyEnd[i] = length;
        }

        return length;
    }

    private static int AppendAsciiKey(ReadOnlySpan<char> raw, int offset, int label, Span<char> key, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, int length, bool foldPairs)
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

    private string MarkName(LabelForm form) => _marks[form.Mark].Name;

    private string RiskyNote(IReadOnlyList<string> added)
    {
        var riskyTerms = _risky;
        var risky = added.Where(w => riskyTerms.Contains(w)).ToList();
        return risky.Count == 0 ? string.Empty : $" (risky: {string.Join(", ", risky)})";
    }

    private bool HasRisky(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (_risky.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dot left out of a typed address glues its ending on after the name (paypalcom, paypal-com) or the web's prefix on
    /// before it (wwwpaypal). An ending in front of the mark is no such slip: costar is not CO + STAR, network not NET + WORK.
    /// </summary>
    private bool GluedInPlace(string left, string right)
    {
        foreach (var word in _words.Segment(left))
        {
            if (word != WebPrefix || !_glued.Contains(word))
            {
                return false;
            }
        }

        foreach (var word in _words.Segment(right))
        {
            if (word == WebPrefix || !_glued.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private const string WebPrefix = "www";

    private static bool HasFoldedPair(ReadOnlySpan<char> raw) =>
        raw.Contains("rn", StringComparison.Ordinal) || raw.Contains("vv", StringComparison.Ordinal) || raw.Contains("cl", StringComparison.Ordinal);

    internal readonly ref struct Layout(Span<int> labelStart, Span<int> labelEnd, Span<int> keyStart, Span<int> keyEnd, Span<short> keyLabel, Span<short> keyRaw, Span<byte> keyWidth, int registrable)
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

    /// <summary>True when the text is, as written, one of the mark's own forms.</summary>
    private bool IsFormOfMark(ReadOnlySpan<char> text, int mark)
    {
        if (!_exact.TryGetValue(text, out var forms))
        {
            return false;
        }

        foreach (var f in forms)
        {
            if (_forms[f].Mark == mark)
            {
                return true;
            }
        }

        return false;
    }

    private static double TypoSimilarity(int distance, int candidateLength, int formLength) =>
        1 - (0.1 * distance) - (0.5 * distance / Math.Max(candidateLength, formLength));

    /// <summary>
    /// Two slips of the hand typing a coined mark (TwoSlipsOfCoinedMark): one typo's similarity less the 0.05 a
    /// look-alike inside a combination loses. Counted as two unrelated edits, they would fall under the pipeline's
    /// 0.75 floor on any mark under twenty letters, and the rules that admit them would find nothing the pipeline keeps.
    /// </summary>
    private static double TwoSlipsSimilarity(int candidateLength, int formLength) => TypoSimilarity(1, candidateLength, formLength) - 0.05;

    /// <summary>
    /// A typo of the mark beside added words: the typo's own similarity less the 0.05 a look-alike inside a combination
    /// loses (EmbeddedMark), plus 0.1 beside a risky word. A named slip of a mark of five letters or more stays at or
    /// above the pipeline's 0.75 floor, as the mark whole beside words does.
    /// </summary>
    private static double ComboTypoSimilarity(double typoSimilarity, bool risky) =>
        Math.Min(0.9, typoSimilarity - 0.05 + (risky ? 0.1 : 0));

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> without its hyphens; returns the length copied.</summary>
    private static int DropHyphens(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        foreach (var c in source)
        {
            if (c != '-')
            {
                destination[length++] = c;
            }
        }

        return length;
    }

    private static string Quote(IReadOnlyList<string> words) =>
        words.Count == 0 ? "nothing" : words.Count == 1 ? $"the word '{words[0]}'" : "the words " + string.Join(", ", words.Select(w => $"'{w}'"));

    private static string LookalikeEdits(string written, string imitated)
    {
        var described = TypoClassifier.DescribeLookalike(written, imitated);
        return described.Length > 0 ? described : $"it reads as '{imitated}' once look-alike letters are folded (rn→m, vv→w, cl→d, 0→o, 1/I→l)";
    }
}
