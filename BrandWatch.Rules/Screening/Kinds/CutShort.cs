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

            CutWord(form, Clean(words[^1]), firstWord: false);
            CutWord(form, Clean(words[0]), firstWord: true);
        }

        return cuts;

        // Each cut of one word of the name, the others kept: at least two letters cut, at least four and half kept.
        void CutWord(LabelForm form, string word, bool firstWord)
        {
            if (word.Length < CutShortMinKept + 2
                || !(firstWord ? form.Text.StartsWith(word, StringComparison.Ordinal) : form.Text.EndsWith(word, StringComparison.Ordinal)))
            {
                return;
            }

            for (var kept = Math.Max(CutShortMinKept, (word.Length + 1) / 2); kept <= word.Length - 2; kept++)
            {
                var text = firstWord ? string.Concat(word.AsSpan(0, kept), form.Text.AsSpan(word.Length)) : form.Text[..^(word.Length - kept)];
                if (!_words.IsWordSequence(text, minWord: 2) && !_segmenter.Lexicon.Contains(text) && !_exact.TryGetValue(text, out _))
                {
                    cuts.TryAdd(text, (form.Id, word.Length - kept, firstWord));
                }
            }
        }
    }
}
