namespace BrandWatch.Rules.Screening;

public sealed partial class MarkIndex
{
    /// <summary>A shorter name with a place's code (nyx) is any three or four letters: the short-mark rules would read it inside other names.</summary>
    private const int PlaceCodeFormMinLength = 5;

    /// <summary>True for a form that is a shorthand of the name, met only as the whole label and as written.</summary>
    private static bool MetOnlyAsTheWholeLabel(FormOrigin origin) => origin is FormOrigin.PlaceCode or FormOrigin.ShortGivenName or FormOrigin.UmlautsWrittenIn;

    /// <summary>True for a form never met as a look-alike: a respelling (two steps from the name) or a shorthand.</summary>
    private static bool MetOnlyAsWritten(FormOrigin origin) => origin == FormOrigin.Respelled || MetOnlyAsTheWholeLabel(origin);

    /// <summary>
    /// The shorthands and other writings of a name its public uses, each with its origin: the German letters its ae, oe and
    /// ue stand for (schlüsselbänder for SCHLUESSELBAENDER), a country, state or province written as its code
    /// (NEW ZEALAND POST as nzpost, LAW SOCIETY OF BRITISH COLUMBIA as lawsocietyofbc, THE NEW YORK TIMES as nytimes), and
    /// a first name cut short as people shorten it (PAMELA ANDERSON as pamanderson, as the panel read pamanderson.com,
    /// WIPO D2010-1144). None that is itself a word or place of the lexicon.
    /// </summary>
    private IEnumerable<(string Text, FormOrigin Origin)> Shorthands(List<string> words)
    {
        var cleanWords = words.Select(Clean).Where(w => w.Length > 0).ToList();
        var namings = cleanWords.Count >= 3 && Articles.Contains(cleanWords[0]) ? new[] { cleanWords, cleanWords[1..] } : [cleanWords];
        foreach (var naming in namings.Where(n => n.Count >= 2))
        {
            foreach (var coded in PlaceCodes.NamesWithPlaceCodes(naming, _segmenter.Lexicon))
            {
                if (coded.Length >= PlaceCodeFormMinLength && IsNoWordOrPlace(coded))
                {
                    yield return (coded, FormOrigin.PlaceCode);
                }
            }
        }

        if (cleanWords.Count > 0 && UmlautsWrittenIn(string.Concat(cleanWords)) is { } umlauts)
        {
            yield return (umlauts, FormOrigin.UmlautsWrittenIn);
        }

        // A name of two words whose first is a proper noun of five letters or more, no ordinary word and no place, cut
        // to its first three or four letters before the second.
        if (cleanWords.Count == 2 && cleanWords[0].Length >= 5 && cleanWords[1].Length >= 4 && IsProperNoun(cleanWords[0]))
        {
            for (var length = 3; length <= 4; length++)
            {
                var shortened = cleanWords[0][..length] + cleanWords[1];
                if (IsNoWordOrPlace(shortened))
                {
                    yield return (shortened, FormOrigin.ShortGivenName);
                }
            }
        }
    }

    /// <summary>
    /// A name written with ae, oe and ue (SCHLUESSELBAENDER, KUEHNE) in the German letters they stand for (schlüsselbänder,
    /// kühne): the same name to a German reader, and the spelling umlaut domains opened to squatters (schlüsselbänder.de,
    /// OLG Köln 6 U 39/05). All at once, and not a 'ue' after 'q' (queen), which spells no umlaut; null when none is left.
    /// </summary>
    internal static string? UmlautsWrittenIn(string label)
    {
        var builder = new System.Text.StringBuilder(label.Length);
        var changed = false;
        for (var i = 0; i < label.Length; i++)
        {
            var next = i + 1 < label.Length ? label[i + 1] : '\0';
            var umlaut = (label[i], next) switch
            {
                ('a', 'e') => 'ä',
                ('o', 'e') => 'ö',
                ('u', 'e') when i == 0 || label[i - 1] != 'q' => 'ü',
                _ => '\0',
            };
            if (umlaut != '\0')
            {
                builder.Append(umlaut);
                changed = true;
                i++;
            }
            else
            {
                builder.Append(label[i]);
            }
        }

        return changed ? builder.ToString() : null;
    }

    /// <summary>A capitalised entry of the English list (Pamela, Dominic) that is no lower-case word and no place of the lexicon.</summary>
    private bool IsProperNoun(string word) => _words.Contains(word) && !_segmenter.Lexicon.IsEnglishWord(word) && !_segmenter.Lexicon.IsPlace(word);
}
