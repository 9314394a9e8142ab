using System.Globalization;

namespace BrandWatch.Rules.Domains;

/// <summary>The UTS #46 IDNA Mapping Table (<c>IdnaMappingTable.txt</c>): a status and a mapping per code point range.</summary>
internal sealed class IdnaMappingTable
{
    private static readonly Lazy<IdnaMappingTable> Shipped = new(() => Parse(EmbeddedText.Read("IdnaMappingTable.txt")));

    private readonly int[] starts;
    private readonly IdnaStatus[] statuses;
    private readonly string[] mappings;

    // The range of each BMP code point, so the common case is one array read instead of a binary search (128 KiB).
    private readonly ushort[] bmpRange;

    private IdnaMappingTable(int[] starts, IdnaStatus[] statuses, string[] mappings)
    {
        this.starts = starts;
        this.statuses = statuses;
        this.mappings = mappings;
        bmpRange = new ushort[0x10000];
        for (var range = 0; range < starts.Length && starts[range] < 0x10000; range++)
        {
            var end = range + 1 < starts.Length ? Math.Min(starts[range + 1], 0x10000) : 0x10000;
            bmpRange.AsSpan(starts[range], end - starts[range]).Fill((ushort)range);
        }
    }

    /// <summary>The table shipped in <c>data/</c> (Unicode 17.0).</summary>
    public static IdnaMappingTable Default => Shipped.Value;

    public static IdnaMappingTable Parse(string text)
    {
        var starts = new List<int>();
        var statuses = new List<IdnaStatus>();
        var mappings = new List<string>();
        var next = 0;
        Span<Range> fields = stackalloc Range[5];
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var count = line.Split(fields, ';');
            var codes = line[fields[0]].Trim();
            var dots = codes.IndexOf("..", StringComparison.Ordinal);
            var start = int.Parse(dots < 0 ? codes : codes[..dots], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = dots < 0 ? start : int.Parse(codes[(dots + 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var status = line[fields[1]].Trim() switch
            {
                "valid" => IdnaStatus.Valid,
                "ignored" => IdnaStatus.Ignored,
                "mapped" => IdnaStatus.Mapped,
                "deviation" => IdnaStatus.Deviation,
                "disallowed" => IdnaStatus.Disallowed,
                var other => throw new FormatException($"IdnaMappingTable.txt: unknown status '{other.ToString()}' at U+{start:X4}"),
            };
            var mapping = count > 2 ? Decode(line[fields[2]].Trim()) : string.Empty;
            if (start != next)
            {
                throw new FormatException($"IdnaMappingTable.txt: gap before U+{start:X4}");
            }

            starts.Add(start);
            statuses.Add(status);
            mappings.Add(mapping);
            next = end + 1;
        }

        return new IdnaMappingTable([.. starts], [.. statuses], [.. mappings]);
    }

    /// <summary>The status of <paramref name="codePoint"/> and, for mapped and deviation code points, its mapping.</summary>
    public IdnaStatus Lookup(int codePoint, out string mapping)
    {
        int index;
        if (codePoint < 0x10000)
        {
            index = bmpRange[codePoint];
        }
        else
        {
            index = Array.BinarySearch(starts, codePoint);
            if (index < 0)
            {
                index = ~index - 1;
            }
        }

        mapping = mappings[index];
        return statuses[index];
    }

    private static string Decode(ReadOnlySpan<char> hexCodePoints)
    {
        if (hexCodePoints.Length == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var range in hexCodePoints.Split(' '))
        {
            var part = hexCodePoints[range];
            if (part.Length > 0)
            {
                builder.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }

        return builder.ToString();
    }
}
