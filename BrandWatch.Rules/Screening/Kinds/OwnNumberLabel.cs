namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The one-word names in their other number (<see cref="OwnNumber(string)"/>), by text.</summary>
    private readonly FormTable _ownNumbers;

    /// <summary>
    /// The registrable label is a one-word name in its other number, as written or with hyphens (multitrack.com for
    /// MULTITRACKS, stopwatches.com for STOPWATCH). Met as the whole label only: inside a longer label, beside other words or
    /// with typos of its own, the other number of an ordinary word is that word wherever it occurs.
    /// </summary>
    private static void OwnNumberLabel(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        var raw = facts.RegistrableRaw;
        if (index._ownNumbers.Count == 0 || facts.RegistrableIsIdn || raw.Length < OwnNumberMinLength)
        {
            return;
        }

        Span<char> plain = stackalloc char[raw.Length];
        var length = DropHyphens(raw, plain);

        if (!index._ownNumbers.TryGetValue(plain[..length], out var forms))
        {
            return;
        }

        var label = raw.ToString();
        var hyphens = length < raw.Length ? ", written with hyphens" : string.Empty;
        foreach (var f in forms)
        {
            var form = index._forms[f];
            found.Add(form, MatchKind.Plural, 0.9, $"'{label}' is {form.Describe(index.MarkName(form))}{hyphens}");
        }
    }

    /// <summary>
    /// Adds each one-word name's other number as a form of its own after every other table is built, so that only
    /// <see cref="OwnNumberLabel"/> meets it: a part of a name written as several counts as a name of its own.
    /// </summary>
    private (LabelForm[] Forms, FormTable OwnNumbers) WithOwnNumbers(LabelForm[] forms)
    {
        var all = new List<LabelForm>(forms);
        var byText = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var m = 0; m < _marks.Length; m++)
        {
            var mark = _marks[m];
            foreach (var name in DashedPartWords(mark.Name).Prepend(NameWords(mark.Name)).Where(w => w.Count == 1))
            {
                var ordinaryWord = mark.GenericWord || (!mark.WellKnown && _segmenter.Lexicon.IsEnglishWord(name[0]));
                foreach (var (text, origin) in OwnNumber(name[0], ordinaryWord))
                {
                    if (_exact.TryGetValue(text, out var same) && same.Any(id => forms[id].Mark == m))
                    {
                        continue; // already a form of the mark (a listed label): met as that form
                    }

                    var form = new LabelForm(all.Count, m, text, text, origin, MaxEdits: 0, IsAscii: true);
                    all.Add(form);
                    byText[text] = byText.TryGetValue(text, out var ids) ? [.. ids, form.Id] : [form.Id];
                }
            }
        }

        return ([.. all], new FormTable(byText));
    }
}
