namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>The elements that families of marks share, met only by <see cref="FamilyElement"/>.</summary>
    private readonly PieceForms _familyElements;

    /// <summary>Per family-element form: the names of the owner's marks that share it, quoted, for the explanation.</summary>
    private readonly Dictionary<int, string> _familyNames;

    /// <summary>The shortest shared element met on its own: shorter shared words are initials and given names that meet any label.</summary>
    private const int FamilyElementMinLength = 5;

    /// <summary>
    /// The distinctive word that two or more marks of one owner share (FAYED of MOHAMED AL FAYED and DODI FAYED),
    /// written alone or as one piece of a label token whose other piece reads as words of any language: fayed.co.uk,
    /// fayedfamily, fayed-news. A domain is confusingly similar where a dominant feature of the mark is recognisable in
    /// it (WIPO Overview 3.0, 1.7); a word an owner repeats across its marks is the one its public knows the marks by
    /// (a family of marks), where a single name's surname or other word alone need not be. The word has five letters or
    /// more and is no ordinary word: no word of any language of the lexicon, no English word, corporate word or place,
    /// not the plural of one, and it does not read as words of any language run together; two of the owner's names share
    /// it and no other word. It is met as the coined head word is.
    /// </summary>
    private static void FamilyElement(in ScreenFacts facts, ref Findings found) =>
        MeetPieces(facts, ref found, facts.Index._familyElements, FamilyElementMinLength, HeadWordMaxLength);

    /// <summary>
    /// Adds the element each family of marks shares (<see cref="FamilyElement"/>) as a form of every mark of the family
    /// that holds it, after every other table is built: it is met only by its own rule.
    /// </summary>
    private (LabelForm[] Forms, PieceForms Elements, Dictionary<int, string> Names) WithFamilyElements(LabelForm[] forms)
    {
        var all = new List<LabelForm>(forms);
        var names = new Dictionary<int, string>();
        var families = Enumerable.Range(0, _marks.Length)
            .Where(m => !string.IsNullOrWhiteSpace(_marks[m].Owner))
            .GroupBy(m => OwnerKey(_marks[m].Owner!), StringComparer.Ordinal); // Where above: Owner is not null here
        foreach (var family in families)
        {
            // Names, not marks: a word mark and its logo registered under one name are one name.
            var named = family.Select(m => (Mark: m, Words: NameWords(_marks[m].Name).Where(w => !LinkWords.Contains(w)).Distinct().ToList()))
                .Where(n => n.Words.Count >= 2)
                .DistinctBy(n => string.Join(' ', n.Words), StringComparer.Ordinal)
                .ToList();
            // The one word two names share: names that share more (VELDRA NOSK, VELDRA NOSK KITCHEN) are one name
            // with words added, whose shared part is that name, not an element of a family.
            var shared = named.SelectMany((a, i) => named.Skip(i + 1).Select(b => a.Words.Intersect(b.Words, StringComparer.Ordinal).ToList()))
                .Where(common => common.Count == 1).Select(common => common[0]).Distinct(StringComparer.Ordinal);
            foreach (var element in shared.Where(IsFamilyElement).ToList())
            {
                if (family.Any(m => forms.Any(f => f.Mark == m && f.Text == element)))
                {
                    continue; // a mark of the owner is that word, or has it as its head word: met as that form
                }

                var holders = family.Where(m => NameWords(_marks[m].Name).Contains(element)).ToList();
                var quoted = holders.Select(m => $"'{_marks[m].Name}'").ToList();
                var list = string.Join(", ", quoted[..^1]) + " and " + quoted[^1];
                foreach (var m in holders)
                {
                    var form = new LabelForm(all.Count, m, element, element, FormOrigin.FamilyElement, MaxEdits: 0, IsAscii: true);
                    all.Add(form);
                    names[form.Id] = list;
                }
            }
        }

        return ([.. all], new PieceForms(all.Skip(forms.Length)), names);
    }

    private bool IsFamilyElement(string word) =>
        word.Length >= FamilyElementMinLength && word.Length <= HeadWordMaxLength && !word.AsSpan().ContainsAnyExceptInRange('a', 'z')
        && !IsPlainWord(word) && !IsTwoEnglishWords(word) && !_segmenter.IsSegmentable(word) && !_risky.Contains(word);

    /// <summary>An owner's name as the portfolio groups marks by it: case and spacing do not count.</summary>
    private static string OwnerKey(string owner) =>
        string.Join(' ', owner.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();
}
