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
    /// have known it), or when both the mark and the variant are coined: the mark is no word, and the variant reads
    /// as no word, name or place in any language of the lexicon (kebox for KUBOX), so it has no meaning of its own
    /// and points only at the mark. Longer forms need nothing more. Risky-word combinations are judged by the
    /// combination rules. Six letters also count when two neighbouring letters are swapped, every letter of the mark
    /// kept, into a variant that reads as nothing in any language, of a mark that is no English word and no run of
    /// words (arirse for ARRISE, a French word): real words and names differ by a changed letter far more often than by
    /// two neighbours in the other order, the commonest slip of a typing hand.
    /// </summary>
    private bool ShortLookalikeHasEvidence(LabelForm form, DomainName domain, MatchKind kind, bool readsIdentically) =>
        ShortLookalikeHasEvidence(form, domain, kind, readsIdentically, default, out _);

    /// <summary>As above; <paramref name="coinedOnly"/> tells when the only evidence is that the variant is coined, and of what mark.</summary>
    private bool ShortLookalikeHasEvidence(LabelForm form, DomainName domain, MatchKind kind, bool readsIdentically, ReadOnlySpan<char> written, out CoinedEvidence coinedOnly)
    {
        coinedOnly = CoinedEvidence.None;
        var length = form.WrittenLength;
        if (length > ShortLookalikeLength || kind is MatchKind.Plural or MatchKind.Hyphenation)
        {
            return true;
        }

        if (readsIdentically || IsOfficialSuffix(form.Mark, domain.PublicSuffixSpan))
        {
            return true;
        }


        if (length <= VeryShortLookalikeLength)
        {
            return false;
        }

        if (_marks[form.Mark].WellKnown)
        {
            return true;
        }

        if (written.Length == 0)
        {
            return false;
        }

        // A look-alike reading (m for rn) of a little-known mark is left out: it meets established names too often. One
        // letter of a word mark's six swapped for one drawn alike (q for g: tarqet for TARGET), into a variant that reads
        // as nothing in any language, is no respelling anyone makes for the word's sake: it is made to be misread.
        if (kind == MatchKind.Homoglyph)
        {
            if (length == ShortLookalikeLength && IsOrdinaryForm(form) && ReadsAsNothing(written))
            {
                coinedOnly = CoinedEvidence.MisreadWord;
                return true;
            }

            return false;
        }

        if (IsCoinedVariantOfCoinedMark(form, written))
        {
            coinedOnly = CoinedEvidence.CoinedMark;
        }
        else if (length == ShortLookalikeLength && kind == MatchKind.Transposition && !IsOrdinaryForm(form)
                 && _segmenter.Pieces(form.Text) <= 1 && ReadsAsNothing(written))
        {
            coinedOnly = CoinedEvidence.SwappedLetters;
        }

        return coinedOnly != CoinedEvidence.None;
    }

    /// <summary>What makes a coined variant of a short mark evidence enough (see <see cref="ShortLookalikeHasEvidence(LabelForm, DomainName, MatchKind, bool)"/>).</summary>
    private enum CoinedEvidence
    {
        None,

        /// <summary>Neither the mark nor the variant is a word, a run of words, a name or a place of the lexicon.</summary>
        CoinedMark,

        /// <summary>Two neighbouring letters of a six-letter mark that is no English word swapped into a coined variant.</summary>
        SwappedLetters,

        /// <summary>One letter of a six-letter word mark swapped for one drawn alike, into a variant that reads as nothing.</summary>
        MisreadWord,
    }

    /// <summary>The written variant is no word, run of words, name or place of the lexicon, nor an English word.</summary>
    private bool ReadsAsNothing(ReadOnlySpan<char> written) => !_segmenter.IsSegmentable(written) && !_words.Contains(written);

    /// <summary>Neither the mark nor the written variant is a word, a run of words, a name or a place of the lexicon.</summary>
    private bool IsCoinedVariantOfCoinedMark(LabelForm form, ReadOnlySpan<char> written) =>
        !IsOrdinaryForm(form) && !_segmenter.IsSegmentable(form.Text) && !_segmenter.IsSegmentable(written);

    /// <summary>
    /// A common word of any language of the lexicon (monde, echos, centrale): what a name's article leaves standing when
    /// the article is dropped, and the article says which language the word is read in.
    /// </summary>
    private bool IsCommonWord(string text) => _segmenter.Lexicon.TryGet(text, out var entry) && entry.Kind == LexiconKind.Word;

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
