namespace BrandWatch.Rules.Screening;

/// <summary>Where a label form of a mark comes from: it decides the match kind of an exact hit.</summary>
internal enum FormOrigin
{
    /// <summary>A label of Mark.Labels in the mark's own script.</summary>
    Label,
    /// <summary>A label in another script than the mark's first label (заландо for ZALANDO; jingdong for 京东).</summary>
    OtherScript,
    /// <summary>AnyAscii's transliteration of a non-Latin label.</summary>
    Transliterated,
    /// <summary>The name without corporate and generic words (renault for Groupe Renault).</summary>
    Distinctive,
    /// <summary>The words of the name in another order (hutpizza for Pizza Hut).</summary>
    Reordered,
    /// <summary>A word of the name in its plural or singular (pricesrunner for Price Runner).</summary>
    Inflected,
    /// <summary>One of the names a mark lists as alternatives (tods for TOD'S or HOGAN).</summary>
    Alternative,
    /// <summary>The coined first word of a name whose other words are ordinary (zorvanta for ZORVANTA IMPACT); met only by its own rule.</summary>
    HeadWord,
    /// <summary>The name with its Roman numeral written in digits (louis13 for LOUIS XIII).</summary>
    Numeral,
    /// <summary>The name without its leading article (bodyshop for The Body Shop, monde for LE MONDE).</summary>
    WithoutArticle,
    /// <summary>The first two words of a name of three words or more (archerdaniels for ARCHER-DANIELS-MIDLAND).</summary>
    LeadingWords,
    /// <summary>The name without its single letters (josbank for JOS A. BANK, klim for K KLIM).</summary>
    WithoutInitials,
    /// <summary>The capitals of a name written with capitals inside its words (otkp for Ou-ToKumPu).</summary>
    Capitals,
    /// <summary>A number word of the name as its digit, or a digit as its word (cars4sale for CARS FOR SALE): the same aloud.</summary>
    SoundAlike,
    /// <summary>The name in its own order without its linking words (universitypatanjali for UNIVERSITY OF PATANJALI).</summary>
    WithoutLinkWords,
    /// <summary>A one-word name without its plural ending, which leaves a word (multitrack for MULTITRACKS).</summary>
    Singular,
    /// <summary>A one-word name with the plural ending 'es' (glasses for GLASS).</summary>
    Plural,
    /// <summary>The distinctive word two or more of the owner's marks share (fayed of DODI FAYED); met only by its own rule.</summary>
    FamilyElement,
    /// <summary>The name spelt as it sounds (netfliks for NETFLIX, fotoshop for PHOTOSHOP): exact only.</summary>
    Respelled,
    /// <summary>A country, state or province of the name written as its code (nzpost for NEW ZEALAND POST): exact only.</summary>
    PlaceCode,
    /// <summary>A name of two words with its first name cut short (pamanderson for PAMELA ANDERSON): exact only.</summary>
    ShortGivenName,
    /// <summary>A name written with ae, oe and ue in the German letters they stand for (schlüsselbänder for SCHLUESSELBAENDER): exact only.</summary>
    UmlautsWrittenIn,
    /// <summary>The label of one of the owner's own domain names when it is no form of the name (alternativefuer of alternativefuer.de).</summary>
    OfficialDomain,
    /// <summary>A name of two words the other way round with 'of' between them (universityofoxford for OXFORD UNIVERSITY): exact only.</summary>
    ReorderedWithOf,
    /// <summary>A year that ends the name written with its last two digits (paris24 for PARIS 2024): exact only.</summary>
    ShortYear,
}

/// <summary>One string a mark is screened under, with the look-alike key and the edit budget derived from it.</summary>
internal sealed record LabelForm(int Id, int Mark, string Text, string Key, FormOrigin Origin, int MaxEdits, bool IsAscii)
{
    /// <summary>
    /// How many letters a reader sees in the form: its text as written. The look-alike key is shorter wherever letters
    /// drawn alike are merged (pornhub keys as pomhub), and a mark does not become short, nor a slip of it a bigger share
    /// of it, because two of its letters could be misread as one. Forms in another script keep their key's length.
    /// </summary>
    public int WrittenLength => IsAscii ? Text.Length : Key.Length;

    public string Describe(string markName) => Origin switch
    {
        FormOrigin.OtherScript => $"'{Text}', a listed form of {markName} in another script",
        FormOrigin.Transliterated => $"'{Text}', the transliteration of {markName}",
        FormOrigin.Distinctive => $"'{Text}', the distinctive part of '{markName}'",
        FormOrigin.Reordered => $"'{Text}', the words of '{markName}' reordered",
        FormOrigin.ReorderedWithOf => $"'{Text}', the words of '{markName}' the other way round with 'of' between them",
        FormOrigin.ShortYear => $"'{Text}', '{markName}' with its year written in two digits",
        FormOrigin.Inflected => $"'{Text}', '{markName}' with a word in its plural or singular",
        FormOrigin.Alternative => $"'{Text}', one of the names listed in '{markName}'",
        FormOrigin.HeadWord => $"'{Text}', the coined first word of '{markName}'",
        FormOrigin.Numeral => $"'{Text}', '{markName}' with its numeral in digits",
        FormOrigin.WithoutArticle => $"'{Text}', '{markName}' without its article",
        FormOrigin.LeadingWords => $"'{Text}', the first words of '{markName}'",
        FormOrigin.WithoutInitials => $"'{Text}', '{markName}' without its single letters",
        FormOrigin.Capitals => $"'{Text}', the capitals of '{markName}'",
        FormOrigin.SoundAlike => $"'{Text}', '{markName}' with a number word and its digit swapped, which reads the same aloud",
        FormOrigin.WithoutLinkWords => $"'{Text}', '{markName}' without its linking words",
        FormOrigin.Singular => $"'{Text}', the singular of '{markName}'",
        FormOrigin.Plural => $"'{Text}', the plural of '{markName}'",
        FormOrigin.FamilyElement => $"'{Text}', the word '{markName}' shares with other marks of its owner",
        FormOrigin.Respelled => $"'{Text}', '{markName}' spelt another way that reads the same aloud",
        FormOrigin.PlaceCode => $"'{Text}', '{markName}' with its place's name written as the place's code",
        FormOrigin.ShortGivenName => $"'{Text}', '{markName}' with its first name cut short as people shorten it",
        FormOrigin.UmlautsWrittenIn => $"'{Text}', '{markName}' with its ae, oe and ue written as the German letters they stand for",
        FormOrigin.OfficialDomain => $"'{Text}', the name of the owner's own site for '{markName}'",
        _ => $"'{Text}'",
    };
}
