using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>Forms this short or shorter change by a fifth or more with one edit: a look-alike needs more than the edit.</summary>
    internal const int ShortLookalikeLength = 6;

    /// <summary>Forms this short or shorter change by a quarter with one edit.</summary>
    internal const int VeryShortLookalikeLength = 4;

    /// <summary>Merged letter classes (b/d, c/e, m/n) are chance below this length unless the mark is well known.</summary>
    internal const int CoarseGlyphMinLength = 7;

    /// <summary>Two unrelated edits (EditDistance) are chance below this length unless the mark is well known.</summary>
    internal const int TwoUnrelatedEditsMinLength = 10;

    /// <summary>
    /// Whether a look-alike of a short form carries the stronger evidence that a short form needs. A typo of four
    /// letters or fewer changes a quarter of the mark and meets established names by chance (aber for UBER, acl for
    /// ALDI): it counts only on the owner's own TLD, or as a look-alike that reads identically (digits for letters,
    /// another script's letters). Five or six letters also count when the mark is well known (the registrant should
    /// have known it). Longer forms need nothing more. Risky-word combinations are judged by the combination rules.
    /// </summary>
    private bool ShortLookalikeHasEvidence(LabelForm form, DomainName domain, MatchKind kind, bool readsIdentically)
    {
        var length = form.Key.Length;
        if (length > ShortLookalikeLength || kind is MatchKind.Plural or MatchKind.Hyphenation)
        {
            return true;
        }

        if (readsIdentically || IsOfficialSuffix(form.Mark, domain.PublicSuffixSpan))
        {
            return true;
        }


        return length > VeryShortLookalikeLength && _marks[form.Mark].WellKnown;
    }

    /// <summary>
    /// A form that is a lower-case English dictionary word (paper; not Renault, which the list holds capitalised) of a
    /// mark that is not well known (UPS is), or a mark flagged as an ordinary word; a word that is also a place code (man,
    /// arm) is still a word. The other languages' lists hold names too (German capitalises nouns), so they
    /// decide nothing here.
    /// </summary>
    private bool IsOrdinaryForm(LabelForm form) =>
        _marks[form.Mark].GenericWord || (!_marks[form.Mark].WellKnown && _segmenter.Lexicon.IsEnglishWord(form.Text));

    /// <summary>
    /// A typo that doubles a letter of the mark or drops one of its doubled letters (liindt, bettano, vepee): the
    /// slips of a hand typing the mark, which ordinary names rarely differ from a mark by.
    /// </summary>
    private static bool IsDoubledLetterTypo(ReadOnlySpan<char> written, ReadOnlySpan<char> form)
    {
        if (written.Length != form.Length + 1 && form.Length != written.Length + 1)
        {
            return false;
        }

        var longer = written.Length > form.Length ? written : form;
        var shorter = written.Length > form.Length ? form : written;

        for (var i = 0; i < longer.Length; i++)
        {
            var doubled = (i > 0 && longer[i] == longer[i - 1]) || (i + 1 < longer.Length && longer[i] == longer[i + 1]);
            if (doubled && longer[..i].SequenceEqual(shorter[..i]) && longer[(i + 1)..].SequenceEqual(shorter[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOfficialSuffix(int mark, ReadOnlySpan<char> suffix) =>
        _officialSuffixes[mark].Count > 0 && _officialSuffixes[mark].GetAlternateLookup<ReadOnlySpan<char>>().Contains(suffix);

    /// <summary>A written label reads identically to the form when it differs only by digits or non-ASCII look-alikes.</summary>
    private static bool ReadsIdentically(ReadOnlySpan<char> written, bool idn)
    {
        if (idn)
        {
            return true;
        }

        foreach (var c in written)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
