using System.Globalization;

namespace BrandWatch.Rules.Domains;

/// <summary>
/// One property of the Unicode Character Database read from a UCD-format file (<c>0600..0605 ; AN # comment</c>):
/// code point ranges with a value each, looked up by binary search, and the file's <c>@missing</c> defaults.
/// </summary>
internal sealed class UcdRangeTable
{
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly string[] values;
    private readonly (int Start, int End, string Value)[] missing;

    private UcdRangeTable(int[] starts, int[] ends, string[] values, (int, int, string)[] missing)
    {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
        this.missing = missing;
    }

    /// <summary>Reads <paramref name="text"/>; <paramref name="keep"/> filters values (null keeps all).</summary>
    public static UcdRangeTable Parse(string text, Func<string, bool>? keep = null, Func<string, string>? missingAlias = null)
    {
        var ranges = new List<(int Start, int End, string Value)>();
        var missing = new List<(int, int, string)>();
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            var isMissing = line.StartsWith("# @missing:", StringComparison.Ordinal);
            if (isMissing)
            {
                line = line["# @missing:".Length..].Trim();
            }
            else
            {
                var hash = line.IndexOf('#');
                if (hash >= 0)
                {
                    line = line[..hash].Trim();
                }
            }

            if (line.Length == 0)
            {
                continue;
            }

            var semicolon = line.IndexOf(';');
            var codes = line[..semicolon].Trim();
            var rest = line[(semicolon + 1)..];
            var next = rest.IndexOf(';');
            var valueSpan = (next >= 0 ? rest[..next] : rest).Trim();
            var value = valueSpan.ToString();
            if (isMissing && missingAlias is not null)
            {
                value = missingAlias(value);
            }

            if (keep is not null && !keep(value))
            {
                continue;
            }

            if (!interned.TryGetValue(value, out var shared))
            {
                interned[value] = shared = value;
            }

            var dots = codes.IndexOf("..", StringComparison.Ordinal);
            var start = int.Parse(dots < 0 ? codes : codes[..dots], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = dots < 0 ? start : int.Parse(codes[(dots + 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            (isMissing ? missing : ranges).Add((start, end, shared));
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new UcdRangeTable(
            ranges.Select(r => r.Start).ToArray(),
            ranges.Select(r => r.End).ToArray(),
            ranges.Select(r => r.Value).ToArray(),
            missing.ToArray());
    }

    /// <summary>The value of <paramref name="codePoint"/>, else the last matching <c>@missing</c> default, else null.</summary>
    public string? Lookup(int codePoint)
    {
        var index = Array.BinarySearch(starts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index >= 0 && codePoint <= ends[index])
        {
            return values[index];
        }

        for (var i = missing.Length - 1; i >= 0; i--)
        {
            if (codePoint >= missing[i].Start && codePoint <= missing[i].End)
            {
                return missing[i].Value;
            }
        }

        return null;
    }
}
