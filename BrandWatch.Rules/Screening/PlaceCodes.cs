using BrandWatch.Rules.Domains;

namespace BrandWatch.Rules.Screening;

/// <summary>
/// A mark's country, state or province written as its code (NEW ZEALAND POST as nzpost, LAW SOCIETY OF BRITISH COLUMBIA
/// as lawsocietyofbc, NEW YORK TIMES as nytimes): the short form its public, its owner and squatters write. Countries by
/// their ISO 3166-1 codes from the lexicon, in any of its languages; states and provinces of the federations whose codes
/// are everyday abbreviations from data/subdivisions.tsv (ISO 3166-2).
/// </summary>
internal static class PlaceCodes
{
    /// <summary>A place name of fewer letters is too often a word or a syllable of one.</summary>
    private const int MinPlaceLength = 4;

    /// <summary>Place names of up to this many words (bosnia and herzegovina) are looked for.</summary>
    private const int MaxPlaceWords = 4;

    private static readonly Lazy<Dictionary<string, string>> Subdivisions = new(LoadSubdivisions);

    /// <summary>
    /// The name's words run together with each run of words that names a place written as each of its codes; the name
    /// must keep a word of its own beside the place (a mark that is only a country's name is no shorthand of anything),
    /// and a place inside a longer one is that one's word (columbia of british columbia, not Colombia).
    /// </summary>
    public static IEnumerable<string> NamesWithPlaceCodes(IReadOnlyList<string> words, Lexicon lexicon)
    {
        var runs = new List<(int Start, int Count, string[] Codes)>();
        for (var start = 0; start < words.Count; start++)
        {
            for (var count = 1; count <= MaxPlaceWords && start + count <= words.Count && count < words.Count; count++)
            {
                var place = string.Concat(words.Skip(start).Take(count));
                if (place.Length >= MinPlaceLength && CodesOf(place, lexicon).ToArray() is { Length: > 0 } codes)
                {
                    runs.Add((start, count, codes));
                }
            }
        }

        foreach (var run in runs)
        {
            if (runs.Any(other => other.Count > run.Count && other.Start <= run.Start && other.Start + other.Count >= run.Start + run.Count))
            {
                continue;
            }

            var before = string.Concat(words.Take(run.Start));
            var after = string.Concat(words.Skip(run.Start + run.Count));
            foreach (var code in run.Codes)
            {
                yield return before + code + after;
            }
        }
    }

    private static IEnumerable<string> CodesOf(string place, Lexicon lexicon)
    {
        foreach (var code in lexicon.CountryCodes(place))
        {
            yield return code;
        }

        if (Subdivisions.Value.TryGetValue(place, out var state))
        {
            yield return state;
        }
    }

    private static Dictionary<string, string> LoadSubdivisions()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in Lexicon.Lines(EmbeddedText.Read("subdivisions.tsv")).Select(line => line.Split('\t')).Where(fields => fields.Length >= 2))
        {
            table.TryAdd(fields[0], fields[1]);
        }

        return table;
    }
}
