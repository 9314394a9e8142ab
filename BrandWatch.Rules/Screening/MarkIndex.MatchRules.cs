namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>One rule of the table: reads the candidate's facts and reports the matches it finds.</summary>
    internal delegate void MatchCheck(in ScreenFacts facts, ref Findings found);

    /// <summary>A named rule of screening: what it looks for, the match kinds it reports, and the check itself.</summary>
    internal sealed record MatchRule(string Name, string Finds, MatchKind[] Kinds, MatchCheck Check);

    /// <summary>
    /// Every rule screening runs, in the order it runs them (the first of two equally strong matches of a mark is kept).
    /// Each rule is one small function in <c>Screening/Kinds/</c> over the facts computed once per domain; the tests
    /// enumerate this table, and a new kind of match is a new row here (docs/screening.md).
    /// </summary>
    internal static readonly MatchRule[] MatchRules =
    [
        new("exact-label", "the registrable label is a form of the mark, on any suffix",
            [MatchKind.Identical, MatchKind.TldSwap, MatchKind.Transliteration, MatchKind.ReorderedWords, MatchKind.Plural], ExactLabel),
        new("own-number", "the registrable label is a one-word name in its other number, as written or with hyphens",
            [MatchKind.Plural], OwnNumberLabel),
        new("lookalike-label", "the registrable label reads as a form once look-alike letters are folded or hyphens dropped",
            [MatchKind.Hyphenation, MatchKind.Homoglyph], LookalikeLabel),
        new("idn-lookalike", "an IDN registrable label whose confusable skeleton is a form",
            [MatchKind.Homoglyph], IdnLookalike),
        new("idn-transliteration", "an IDN registrable label that transliterates to a form or near one",
            [MatchKind.Transliteration], IdnTransliteration),
        new("cut-short", "the registrable label is a name of two words or more with its last or first word cut short",
            [MatchKind.Omission], CutShort),
        new("glyph-lookalike", "the registrable label meets a long or famous form once letters drawn alike are merged",
            [MatchKind.Homoglyph], GlyphLookalike),
        new("typo", "the registrable label is a typo of a form within its edit budget",
            [MatchKind.Omission, MatchKind.Insertion, MatchKind.Repetition, MatchKind.Transposition, MatchKind.Replacement, MatchKind.VowelSwap,
             MatchKind.Addition, MatchKind.Bitsquatting, MatchKind.Hyphenation, MatchKind.Plural, MatchKind.Homoglyph, MatchKind.EditDistance], Typo),
        new("short-mark-glued", "a mark of two or three letters joined to a risky term or a TLD",
            [MatchKind.TldGlued, MatchKind.Combosquat], ShortMarkGlued),
        new("short-mark-segment", "a mark of two or three letters as a word of its own among words, places, trade words or digits",
            [MatchKind.Combosquat], ShortMarkSegment),
        new("short-mark-code", "a coined mark of three characters followed by letters without a vowel, a code no language reads",
            [MatchKind.Combosquat], ShortMarkCode),
        new("marks-joined", "two coined marks of the portfolio joined, alone or before words of any language",
            [MatchKind.Combosquat], MarksJoined),
        new("idn-native-embedded", "a non-Latin form inside a longer IDN registrable label",
            [MatchKind.Combosquat], IdnNativeEmbedded),
        new("across-the-dot", "the mark split across the dot into the public suffix",
            [MatchKind.AcrossTheDot], AcrossTheDot),
        new("subdomain-label", "a subdomain label that is a form or a look-alike of one",
            [MatchKind.LevelSquat], SubdomainLabel),
        new("embedded", "a form inside a label: plus other words, in a subdomain, with a TLD glued on, or across labels",
            [MatchKind.Combosquat, MatchKind.Transliteration, MatchKind.LevelSquat, MatchKind.TldGlued, MatchKind.SpreadAcrossLabels], EmbeddedMark),
        new("typo-in-combination", "a typo of a form inside a hyphenated token or next to a risky term",
            [MatchKind.Combosquat], TypoInCombination),
        new("typo-in-segment", "a slip typing a coined mark, as the piece of a token whose other piece reads as words of any language",
            [MatchKind.Combosquat], TypoInSegment),
        new("coined-head-word", "the coined first word of a name whose other words are ordinary, alone or beside words of any language",
            [MatchKind.Identical, MatchKind.Combosquat], CoinedHeadWord),
        new("family-element", "the distinctive word two or more marks of one owner share, alone or beside words of any language",
            [MatchKind.Identical, MatchKind.Combosquat], FamilyElement),
        new("word-inside-name", "a name of two parts with a short word put between them, 'the' before it or words after it",
            [MatchKind.Combosquat], WordInsideName),
    ];
}
