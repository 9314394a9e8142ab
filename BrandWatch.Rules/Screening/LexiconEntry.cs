namespace BrandWatch.Rules.Screening;

/// <summary>What a lexicon entry is: a common word, a place name, a country code or a trade word.</summary>
public enum LexiconKind
{
    Word,
    Place,
    PlaceCode,
    Trade,
}

/// <summary>One lexicon entry: its folded text, kind, language (ISO 639-1, null for codes and cities) and meaning.</summary>
public sealed record LexiconEntry(string Text, LexiconKind Kind, string? Language, string? Meaning)
{
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["en"] = "English", ["fr"] = "French", ["es"] = "Spanish", ["it"] = "Italian", ["de"] = "German", ["pt"] = "Portuguese",
        ["nl"] = "Dutch", ["da"] = "Danish", ["sv"] = "Swedish", ["no"] = "Norwegian", ["nb"] = "Norwegian", ["pl"] = "Polish",
        ["ca"] = "Catalan", ["tr"] = "Turkish", ["cs"] = "Czech", ["ro"] = "Romanian", ["hu"] = "Hungarian", ["id"] = "Indonesian",
        ["vi"] = "Vietnamese", ["hr"] = "Croatian", ["sl"] = "Slovenian", ["sk"] = "Slovak", ["lt"] = "Lithuanian", ["fi"] = "Finnish",
        ["sr"] = "Serbian", ["bs"] = "Bosnian", ["et"] = "Estonian", ["lv"] = "Latvian", ["ga"] = "Irish", ["is"] = "Icelandic",
    };

    /// <summary>How a segment is explained: 'suomi' (Finnish: Finland), 'br' (code of Brazil), 'sko' (Danish word).</summary>
    public string Describe()
    {
        var language = Language is not null && LanguageNames.TryGetValue(Language, out var name) ? name : Language;
        return Kind switch
        {
            LexiconKind.PlaceCode => $"'{Text}' (code of {Meaning})",
            LexiconKind.Place when language is null => $"'{Text}' (city: {Meaning})",
            LexiconKind.Place or LexiconKind.Trade => $"'{Text}' ({language}: {Meaning})",
            _ => $"'{Text}' ({language} word)",
        };
    }
}
