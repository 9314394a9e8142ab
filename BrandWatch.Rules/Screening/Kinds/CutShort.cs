using BrandWatch.Rules.Marks;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The fewest letters of a name's last word a cut-short form keeps: fewer is a stem any name may share.</summary>
    private const int CutShortMinKept = 4;

    /// <summary>The shortest joined name that is looked for cut short; shorter names cut short are other names.</summary>
    private const int CutShortMinName = 10;

    /// <summary>
    /// The joined label of a name of two words or more, its last word cut short (fisherinvestm for FISHER INVESTMENTS)
    /// or its first (olympgames for OLYMPIC GAMES, WIPO D2022-0209), as the whole registrable label: what a registrant
    /// writes to keep the name recognisable while not writing it whole. At least two letters are cut (one is an
    /// omission, the typo rule's), at least four and half of the word are kept, and a cut that leaves ordinary words
    /// (fisherinvest) or a word or place of the lexicon is not counted.
    /// </summary>
    private static void CutShort(in ScreenFacts facts, ref Findings found)
    {
        var index = facts.Index;
        if (facts.RegistrableIsIdn || index._cutShort.Count == 0 || !index._cutShortLookup.TryGetValue(facts.RegistrableRaw, out var cut))
        {
            return;
        }

        var form = index._forms[cut.Form];
        found.Add(form, MatchKind.Omission, 0.85, cut.FirstWord
            ? $"'{facts.RegistrableRaw}' is {form.Describe(index.MarkName(form))} with its first word cut short: {cut.Letters} letters of it left off"
            : $"'{facts.RegistrableRaw}' is {form.Describe(index.MarkName(form))} cut short: its last {cut.Letters} letters left off");
    }

    /// <summary>Every cut-short text of the portfolio's names of two words or more, with the form it cuts and how many letters.</summary>
    private Dictionary<string, (int Form, int Letters, bool FirstWord)> CutShortForms()
    {
        var cuts = new Dictionary<string, (int, int, bool)>(StringComparer.Ordinal);
        foreach (var form in _forms)
        {
            if (form.Origin != FormOrigin.Label || !form.IsAscii || form.Text.Length < CutShortMinName || _marks[form.Mark].GenericWord)
            {
                continue;
            }

            var words = MarkLabels.Fold(_marks[form.Mark].Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            var last = Clean(words[^1]);
            if (last.Length >= CutShortMinKept + 2 && form.Text.EndsWith(last, StringComparison.Ordinal))
            {
                for (var kept = Math.Max(CutShortMinKept, (last.Length + 1) / 2); kept <= last.Length - 2; kept++)
                {
                    AddCut(form.Text[..^(last.Length - kept)], form.Id, last.Length - kept, firstWord: false);
                }
            }

            var first = Clean(words[0]);
            if (first.Length >= CutShortMinKept + 2 && form.Text.StartsWith(first, StringComparison.Ordinal))
            {
                for (var kept = Math.Max(CutShortMinKept, (first.Length + 1) / 2); kept <= first.Length - 2; kept++)
                {
                    AddCut(string.Concat(first.AsSpan(0, kept), form.Text.AsSpan(first.Length)), form.Id, first.Length - kept, firstWord: true);
                }
            }
        }

        return cuts;

        void AddCut(string text, int form, int letters, bool firstWord)
        {
            if (!_words.IsWordSequence(text, minWord: 2) && !_segmenter.Lexicon.Contains(text) && !_exact.TryGetValue(text, out _))
            {
                cuts.TryAdd(text, (form, letters, firstWord));
            }
        }
    }
}
