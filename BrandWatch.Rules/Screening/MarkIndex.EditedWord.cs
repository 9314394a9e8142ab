namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>
    /// LEGAL.md A2's test of a variant of a name of several words, asked where the variant reads as words: whether the
    /// one edit falls inside one word of the name and leaves that word no word of any language of the lexicon
    /// (fontlineinsurance for FRONTLINE INSURANCE: 'frontline' becomes 'fontline'). The variant then reads as words only
    /// by cutting the name's own word in two (font + line), a reading no registrant means, while the name's other words
    /// stand as the owner wrote them: it is the name misspelt, not ordinary words of its own. A variant whose edited word
    /// is a word (canadarugs: 'drugs' becomes 'rugs') keeps its meaning, and A2 excuses it as before. An edit at the join
    /// of two words cannot say which word it belongs to and is left to A2. Reads the name in place: no allocation.
    /// </summary>
    private bool EditLeavesNoWordOfTheName(LabelForm form, ReadOnlySpan<char> typed)
    {
        var (start, length) = EditedWordOfTheName(form, typed);
        if (start < 0)
        {
            return false;
        }

        var written = typed.Slice(start, length);
        return written.Length >= 3 && IsNoWordOrPlace(written);
    }

    /// <summary>
    /// The other side of <see cref="EditLeavesNoWordOfTheName"/>: the one edit turns a word of a name of several words
    /// into another lower-case English word of three letters or more (mapfactor for MAX FACTOR: 'max' becomes 'map'),
    /// and the variant is English words run together. It then says something of its own, the other word beside the
    /// name's others, as canadarugs does with a longer word; LEGAL.md A2 excuses it for a mark that is not famous.
    /// </summary>
    private bool EditMakesAnotherWordOfTheName(LabelForm form, ReadOnlySpan<char> typed)
    {
        var (start, length) = EditedWordOfTheName(form, typed);
        if (start < 0 || length < 3)
        {
            return false;
        }

        var lexicon = _segmenter.Lexicon;
        return lexicon.IsEnglishWord(typed.Slice(start, length)) && IsEnglishWordSequence(typed);
    }

    /// <summary>
    /// Where the one edit of a variant falls inside one word of a name of several words: the edited word's start and
    /// length in the variant, or (-1, 0) when the edit is not inside one word (at a join, or more than one edit).
    /// </summary>
    private (int Start, int Length) EditedWordOfTheName(LabelForm form, ReadOnlySpan<char> typed)
    {
        var text = form.Text.AsSpan();
        var extra = typed.Length - text.Length;
        if (extra is < -1 or > 1 || !form.IsAscii)
        {
            return (-1, 0);
        }

        // The edit spans [start, end) of the form's letters (empty for an insertion, before letter 'start').
        var start = typed.CommonPrefixLength(text);
        var shared = Math.Min(typed.Length, text.Length) - start;
        var same = 0;
        while (same < shared && typed[^(same + 1)] == text[^(same + 1)])
        {
            same++;
        }

        var end = text.Length - same;

        // Walk the name's words over the form's letters: the form must be the words joined, nothing else.
        var name = _marks[form.Mark].Name.AsSpan();
        var at = 0;
        var words = 0;
        int wordStart = -1, wordEnd = -1;
        var i = 0;
        while (i < name.Length)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]))
            {
                if (name[i] > 0x7F)
                {
                    return (-1, 0); // a letter the form may spell otherwise: no reading of the words in place
                }

                i++;
                continue;
            }

            var begin = at;
            while (i < name.Length && char.IsAsciiLetterOrDigit(name[i]))
            {
                if (at >= text.Length || char.ToLowerInvariant(name[i]) != text[at])
                {
                    return (-1, 0);
                }

                at++;
                i++;
            }

            words++;
            if (begin <= start && end <= at && start < at && (end > begin || (extra > 0 && start > begin)))
            {
                (wordStart, wordEnd) = (begin, at);
            }
        }

        return at != text.Length || words < 2 || wordStart < 0 ? (-1, 0) : (wordStart, wordEnd - wordStart + extra);
    }
}
