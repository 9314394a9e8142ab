namespace BrandWatch.Rules.Pages;

/// <summary>
/// Finds folded phrases in folded text on word boundaries with one dictionary lookup per word: the phrases are
/// indexed by their first word, so the cost grows with the text, not with the number of phrases.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Entry>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Entry> _unspaced = [];

    public PhraseMatcher()
    {
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => _byFirstWord.Count == 0 && _unspaced.Count == 0;

    /// <summary>Adds a phrase (folded here) under an id; <paramref name="capitalised"/> asks for an upper-case first letter in the original text.</summary>
    public void Add(int id, string phrase, bool capitalised = false)
    {
        var folded = TextFolder.Fold(phrase);
        if (folded.Length == 0)
        {
            return;
        }

        var entry = new Entry(id, folded, capitalised);
        if (TextFolder.IsUnspacedScript(folded[0]) || TextFolder.IsUnspacedScript(folded[^1]))
        {
            if (!_unspaced.Contains(entry))
            {
                _unspaced.Add(entry);
            }

            return;
        }

        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? folded : folded[..space];
        if (!_byFirstWord.TryGetValue(first, out var list))
        {
            list = [];
            _byFirstWord[first] = list;
        }

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }

    /// <summary>Adds every hit in <paramref name="folded"/> to <paramref name="hits"/>, positions in folded text.</summary>
    /// <param name="original">The unfolded text, needed only for phrases that must be capitalised.</param>
    /// <param name="map">Folded index to original index, needed only with <paramref name="original"/>.</param>
    public void Scan(ReadOnlySpan<char> folded, List<PhraseHit> hits, string? original = null, List<int>? map = null)
    {
        var first = hits.Count;
        ScanAll(folded, hits, original, map);
        if (hits.Count - first > 1)
        {
            RemoveOverlaps(hits, first);
        }
    }

    /// <summary>"Oki Data" is one mention even though "oki" is a label form too: of overlapping hits of one id keep the longest.</summary>
    private static void RemoveOverlaps(List<PhraseHit> hits, int first)
    {
        var found = hits.GetRange(first, hits.Count - first);
        found.Sort((a, b) => a.Id != b.Id ? a.Id.CompareTo(b.Id) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        hits.RemoveRange(first, hits.Count - first);
        var lastId = -1;
        var lastEnd = -1;
        foreach (var hit in found)
        {
            if (hit.Id == lastId && hit.Start < lastEnd)
            {
                continue;
            }

            hits.Add(hit);
            lastId = hit.Id;
            lastEnd = hit.Start + hit.Length;
        }
    }

    private void ScanAll(ReadOnlySpan<char> folded, List<PhraseHit> hits, string? original, List<int>? map)
    {
        var span = folded;
        var position = 0;
        while (position < span.Length)
        {
            var rest = span[position..];
            var wordLength = rest.IndexOf(' ');
            if (wordLength < 0)
            {
                wordLength = rest.Length;
            }

            if (_lookup.TryGetValue(rest[..wordLength], out var entries))
            {
                foreach (var entry in entries)
                {
                    var length = entry.Phrase.Length;
                    if (rest.StartsWith(entry.Phrase, StringComparison.Ordinal)
                        && (length == rest.Length || rest[length] == ' ')
                        && Capitalised(entry, position, original, map))
                    {
                        hits.Add(new PhraseHit(entry.Id, position, length));
                    }
                }
            }

            position += wordLength + 1;
        }

        if (_unspaced.Count == 0 || folded.IndexOfAnyInRange('\u0E00', '\uFFFF') < 0)
        {
            return;
        }

        foreach (var entry in _unspaced)
        {
            var from = 0;
            while (from < folded.Length)
            {
                var found = folded[from..].IndexOf(entry.Phrase, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                var index = from + found;

                var end = index + entry.Phrase.Length;
                var startOk = index == 0 || folded[index - 1] == ' ' || TextFolder.IsUnspacedScript(entry.Phrase[0]);
                var endOk = end == folded.Length || folded[end] == ' ' || TextFolder.IsUnspacedScript(entry.Phrase[^1]);
                if (startOk && endOk)
                {
                    hits.Add(new PhraseHit(entry.Id, index, entry.Phrase.Length));
                }

                from = end;
            }
        }
    }

    private static bool Capitalised(Entry entry, int foldedIndex, string? original, List<int>? map)
    {
        if (!entry.Capitalised || original is null || map is null || foldedIndex >= map.Count)
        {
            return true;
        }

        return char.IsUpper(original[map[foldedIndex]]);
    }

    private sealed record Entry(int Id, string Phrase, bool Capitalised);
}
