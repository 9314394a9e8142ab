namespace BrandWatch.Rules.Tests.Pages.Corpus;

/// <summary>One page of samples/pages with its label: lawful or misuse, where it is served, the misuse findings it must give.</summary>
internal sealed record CorpusPage(string Name, bool Lawful, Uri Url, IReadOnlySet<string> Expected, string Conclusion)
{
    /// <summary>The criteria whose findings accuse a page of misuse; a lawful page gives none of them.</summary>
    public static IReadOnlyList<string> MisuseCriteria { get; } = ["U1", "U4", "A8", "A9", "A10", "A11", "A12"];

    /// <summary>Parses the one-line label <c>verdict | url | expected | conclusion</c>; null and a reason when it is malformed.</summary>
    public static (CorpusPage? Page, string? Error) Parse(string name, string line)
    {
        var parts = line.Trim().Split(" | ", 4);
        if (parts.Length != 4)
        {
            return (null, $"{name}.label: expected 'verdict | url | expected | conclusion', found {parts.Length} field(s)");
        }

        if (parts[0] is not ("lawful" or "misuse"))
        {
            return (null, $"{name}.label: verdict must be lawful or misuse, found '{parts[0]}'");
        }

        if (!Uri.TryCreate(parts[1], UriKind.Absolute, out var url))
        {
            return (null, $"{name}.label: '{parts[1]}' is not an absolute URL");
        }

        var expected = parts[2] == "-" ? [] : parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = expected.FirstOrDefault(e => e.Split(':') is not [var criterion, { Length: > 0 }] || !MisuseCriteria.Contains(criterion));
        if (unknown is not null)
        {
            return (null, $"{name}.label: '{unknown}' is not criterion:mark with a criterion among {string.Join(", ", MisuseCriteria)}");
        }

        var lawful = parts[0] == "lawful";
        if (lawful && expected.Count > 0)
        {
            return (null, $"{name}.label: a lawful page expects no misuse finding, found '{parts[2]}'");
        }

        if (!lawful && expected.Count == 0)
        {
            return (null, $"{name}.label: a misuse page must name at least one expected finding");
        }

        return (new CorpusPage(name, lawful, url, expected, parts[3]), null);
    }
}
