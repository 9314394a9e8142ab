namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>Each part of a name read in two parts has this many letters at least: shorter parts begin too many words.</summary>
    private const int InsidePartMinLength = 4;

    /// <summary>The word put inside the name has two to four letters: a particle, an article, a preposition (off, the, of, and).</summary>
    private const int InsertedWordMaxLength = 4;

    /// <summary>The only article a registrant is read to put before the name here (the pissed off consumer).</summary>
    private const string LeadingArticle = "the";

    /// <summary>A name read in two parts: the form and the length of its first part.</summary>
    private readonly record struct InsideNameParts(int Form, int Head);

    /// <summary>
    /// A name of two parts with a short word put between them, as a phrase is said (thepissedoffconsumer for
    /// PISSEDCONSUMER: 'the' + 'pissed' + 'off' + 'consumer'). Both parts of the owner's name stand whole and in its
    /// order; the word inside only turns the name into a phrase a reader still hears as the name, which is how the
    /// panel read it (Forum FA1012001362852). What it takes:
    /// - the name is two words, or one word that reads as exactly one pair of English words, each part of four letters
    ///   or more and nine letters together, of a mark not flagged as an ordinary word;
    /// - the label is, hyphens aside, the first part, an English word of two to four letters, the second part, then
    ///   nothing or words of any language; 'the' may stand before it;
    /// - not when the label holds the name itself (the embedded rule's business).
    /// The parts are found by one look-up of the label's first four letters (after 'the') in a table of one bit per
    /// four-letter code, so a label that begins no such name costs one cached read.
    /// </summary>
    private static void WordInsideName(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        var raw = facts.RegistrableRaw;
        if (facts.RegistrableIsIdn || index._nameParts.Count == 0 || raw.Length < 11 || raw.Length > LongestSegmentedToken || raw.Contains('-'))
        {
            return;
        }

        InsideFrom(facts, ref found, raw, 0);
        if (raw.StartsWith(LeadingArticle, StringComparison.Ordinal))
        {
            InsideFrom(facts, ref found, raw, LeadingArticle.Length);
        }
    }

    private static void InsideFrom(in ScreenFacts facts, ref Findings found, ReadOnlySpan<char> raw, int start)
    {
        var index = facts.Index;
        var text = raw[start..];
        var code = FourLetterCode(text);
        if (code < 0 || (index._namePartCodes[code >> 6] & (1UL << (code & 63))) == 0 || !index._nameParts.TryGetValue(code, out var candidates))
        {
            return;
        }

        foreach (var parts in candidates)
        {
            var form = index._forms[parts.Form];
            var name = form.Text.AsSpan();
            var head = name[..parts.Head];
            var tail = name[parts.Head..];
            if (!text.StartsWith(head, StringComparison.Ordinal) || raw.Contains(name, StringComparison.Ordinal))
            {
                continue;
            }

            for (var inserted = 2; inserted <= InsertedWordMaxLength && head.Length + inserted + tail.Length <= text.Length; inserted++)
            {
                var after = text[(head.Length + inserted)..];
                var word = text.Slice(head.Length, inserted);
                if (!after.StartsWith(tail, StringComparison.Ordinal) || !index._words.Contains(word))
                {
                    continue;
                }

                var rest = after[tail.Length..];
                if (rest.Length > 0 && index._segmenter.Pieces(rest) <= 0)
                {
                    continue; // letters after the name that are no words
                }

                ReportInside(facts, ref found, form, start, head.ToString(), word.ToString(), tail.ToString(), rest.ToString());
                return;
            }
        }
    }

    private static void ReportInside(in ScreenFacts facts, ref Findings found, LabelForm form, int start, string head, string word, string tail, string rest)
    {
        var index = facts.Index;
        var added = new List<string>();
        if (start > 0)
        {
            added.Add(LeadingArticle);
        }

        added.Add(word);
        var restWords = rest.Length > 0 ? index._segmenter.Describe(rest) : [];
        added.AddRange(restWords.Select(w => w.Text));
        var article = start > 0 ? $"'{LeadingArticle}' + " : string.Empty;
        var after = restWords.Count > 0 ? " + " + string.Join(" + ", restWords.Select(w => w.Description)) : string.Empty;
        var raw = facts.RegistrableRaw;
        found.Add(form, MatchKind.Combosquat, 0.8,
            $"'{raw}' reads as {article}'{head}' + '{word}' + '{tail}'{after}: {form.Describe(index.MarkName(form))} with the word '{word}' put inside it{index.RiskyNote(added)}",
            added);
    }

    /// <summary>Three or four letters a–z as a number below 26⁴ (the first four of the text); -1 when they are not letters.</summary>
    private static int FourLetterCode(ReadOnlySpan<char> text)
    {
        if (text.Length < InsidePartMinLength)
        {
            return -1;
        }

        var code = 0;
        for (var i = 0; i < InsidePartMinLength; i++)
        {
            var letter = text[i] - 'a';
            if ((uint)letter >= 26)
            {
                return -1;
            }

            code = (code * 26) + letter;
        }

        return code;
    }

    /// <summary>The names read in two parts, by the code of their first four letters (see <see cref="WordInsideName"/>).</summary>
    private Dictionary<int, InsideNameParts[]> NamePartsByCode()
    {
        var byCode = new Dictionary<int, List<InsideNameParts>>();
        foreach (var form in _forms)
        {
            if (form.Origin != FormOrigin.Label || !form.IsAscii || form.Text.Length < (2 * InsidePartMinLength) + 1
                || form.Text.AsSpan().ContainsAnyExceptInRange('a', 'z') || _marks[form.Mark].GenericWord)
            {
                continue;
            }

            var head = NameHead(_marks[form.Mark].Name, form.Text);
            if (head < InsidePartMinLength || form.Text.Length - head < InsidePartMinLength)
            {
                continue;
            }

            var code = FourLetterCode(form.Text);
            if (!byCode.TryGetValue(code, out var list))
            {
                byCode[code] = list = [];
            }

            list.Add(new InsideNameParts(form.Id, head));
        }

        return byCode.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>
    /// Where the name's first part ends in the form: after its first word when the name is two words joined into the
    /// form, or where a one-word name splits into English words when it does so in exactly one way; 0 otherwise.
    /// </summary>
    private int NameHead(string name, string text)
    {
        var words = NameWords(name);
        if (words.Count == 2 && string.Concat(words).Equals(text, StringComparison.Ordinal))
        {
            return words[0].Length;
        }

        if (words.Count != 1)
        {
            return 0;
        }

        var head = 0;
        for (var i = InsidePartMinLength; i <= text.Length - InsidePartMinLength; i++)
        {
            if (_words.Contains(text.AsSpan(0, i)) && _words.Contains(text.AsSpan(i)))
            {
                if (head > 0)
                {
                    return 0; // two readings: no one place the owner's words meet
                }

                head = i;
            }
        }

        return head;
    }
}
