namespace BrandWatch.Rules.Pages;

/// <summary>
/// The marks' ASCII labels of <see cref="MinLength"/> letters or more, indexed by their first <see cref="MinLength"/>
/// letters, so the marks glued into a host's letters are found with one look-up per position of the host instead of
/// one search per mark of the portfolio (10,000 searches a page against a large portfolio).
/// </summary>
internal sealed class GluedLabelIndex
{
    /// <summary>Shorter labels are too often parts of ordinary words to count when glued to others.</summary>
    public const int MinLength = 5;

    private readonly Dictionary<string, List<(string Label, int Mark)>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Label, int Mark)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public GluedLabelIndex() => _lookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(int mark, string label)
    {
        if (label.Length < MinLength || !System.Text.Ascii.IsValid(label))
        {
            return;
        }

        var prefix = label[..MinLength];
        if (!_byPrefix.TryGetValue(prefix, out var labels))
        {
            labels = [];
            _byPrefix[prefix] = labels;
        }

        labels.Add((label, mark));
    }

    /// <summary>Adds to <paramref name="found"/> every mark with a label inside <paramref name="letters"/> (lower-case letters and digits).</summary>
    public void Find(ReadOnlySpan<char> letters, HashSet<int> found)
    {
        for (var start = 0; start + MinLength <= letters.Length; start++)
        {
            if (!_lookup.TryGetValue(letters.Slice(start, MinLength), out var labels))
            {
                continue;
            }

            foreach (var (label, mark) in labels)
            {
                if (letters[start..].StartsWith(label, StringComparison.Ordinal))
                {
                    found.Add(mark);
                }
            }
        }
    }
}
