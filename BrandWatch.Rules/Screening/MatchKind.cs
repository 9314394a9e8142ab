namespace BrandWatch.Rules.Screening;

/// <summary>How a domain imitates a mark. The names are part of the JSONL/API contract (kebab-case on the wire).</summary>
public enum MatchKind
{
    /// <summary>The mark's label exactly, on any public suffix (A1).</summary>
    Identical,
    /// <summary>The mark's label on another TLD than its official domains (A1, tld-swap).</summary>
    TldSwap,
    Omission,
    Insertion,
    Repetition,
    Transposition,
    Replacement,
    VowelSwap,
    Addition,
    Bitsquatting,
    Hyphenation,
    Plural,
    /// <summary>Visually confusable characters, Unicode (IDN) or ASCII look-alikes such as rn→m (A3).</summary>
    Homoglyph,
    /// <summary>A transliteration or listed translation of the mark (A5).</summary>
    Transliteration,
    /// <summary>The words of a multi-word mark reordered (hutpizza for Pizza Hut).</summary>
    ReorderedWords,
    /// <summary>The mark plus other words (A4).</summary>
    Combosquat,
    /// <summary>The mark in a subdomain of an unrelated registrable domain (A7).</summary>
    LevelSquat,
    /// <summary>The mark split across the dot into the public suffix (tes.co for TESCO, A6).</summary>
    AcrossTheDot,
    /// <summary>The mark with its TLD glued on (paypalcom.net).</summary>
    TldGlued,
    /// <summary>The mark spread across several labels (pay.pal-secure.net).</summary>
    SpreadAcrossLabels,
    /// <summary>Other edits within distance 2 not named above.</summary>
    EditDistance,
}
