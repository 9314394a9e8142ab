using System.IO.Compression;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Streams the delegated names of an RFC 1035 master file (a TLD zone as ICANN's CZDS hands it out, plain or gzip):
/// the owners of NS records below the zone's apex, lower-case, without the trailing dot. Handles <c>$ORIGIN</c>,
/// <c>$TTL</c>, relative and <c>@</c> owners, a blank owner (the previous one), TTL and class in either order,
/// parentheses over several lines and <c>;</c> comments. Names repeat (one line per NS record); callers de-duplicate.
/// </summary>
internal static class ZoneFileReader
{
    public static TextReader Open(string path, DecompressionLimit? limit = null)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = (limit ?? DecompressionLimit.Default).GZip(stream, path);
        }

        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    public static IEnumerable<string> DelegatedNames(TextReader reader, string? origin = null)
    {
        var currentOrigin = Normalise(origin ?? string.Empty);
        string? apex = currentOrigin.Length > 0 ? currentOrigin : null;
        var previousOwner = currentOrigin;
        var fields = new List<string>(8);
        var pending = new System.Text.StringBuilder();
        var depth = 0;

        string? lastRawOwner = null;
        string? lastOwnerName = null;
        while (reader.ReadLine() is { } raw)
        {
            // Fast path for the one-record-per-line form CZDS uses: tokens are read as spans and a name is only
            // allocated when it changes from the previous line's owner.
            if (depth == 0 && pending.Length == 0 && raw.Length > 0 && raw[0] != '$' && raw.AsSpan().IndexOfAny("()\"\\") < 0)
            {
                var span = raw.AsSpan();
                var semicolon = span.IndexOf(';');
                if (semicolon >= 0)
                {
                    span = span[..semicolon];
                }

                var inherits = char.IsWhiteSpace(span.Length > 0 ? span[0] : ' ');
                var rest = span;
                string fastOwner;
                if (inherits)
                {
                    if (NextToken(ref rest).IsEmpty)
                    {
                        continue;
                    }

                    rest = span;
                    fastOwner = previousOwner;
                }
                else
                {
                    var ownerToken = NextToken(ref rest);
                    if (lastRawOwner is not null && ownerToken.SequenceEqual(lastRawOwner))
                    {
                        fastOwner = lastOwnerName!; // set together with lastRawOwner
                    }
                    else
                    {
                        lastRawOwner = ownerToken.ToString();
                        fastOwner = lastRawOwner == "@" ? currentOrigin : Absolute(lastRawOwner, currentOrigin);
                        lastOwnerName = fastOwner;
                    }
                }

                previousOwner = fastOwner;
                var fastType = NextToken(ref rest);
                while (!fastType.IsEmpty && (IsTtl(fastType) || IsClass(fastType)))
                {
                    fastType = NextToken(ref rest);
                }

                if (fastType.IsEmpty)
                {
                    continue;
                }

                if (fastType.Equals("SOA", StringComparison.OrdinalIgnoreCase))
                {
                    apex ??= fastOwner;
                }
                else if (fastType.Equals("NS", StringComparison.OrdinalIgnoreCase) && fastOwner.Length > 0 && !(apex is not null && fastOwner == apex))
                {
                    yield return fastOwner;
                }

                continue;
            }

            var line = StripComment(raw);
            depth += Count(line, '(') - Count(line, ')');
            if (depth > 0)
            {
                pending.Append(line.Replace('(', ' ')).Append(' ');
                continue;
            }

            if (pending.Length > 0)
            {
                pending.Append(line.Replace('(', ' ').Replace(')', ' '));
                line = pending.ToString();
                pending.Clear();
                depth = 0;
            }

            if (line.Length == 0 || IsBlank(line))
            {
                continue;
            }

            if (line[0] == '$')
            {
                Split(line, fields);
                if (fields.Count >= 2 && fields[0].Equals("$ORIGIN", StringComparison.OrdinalIgnoreCase))
                {
                    currentOrigin = Absolute(fields[1], currentOrigin);
                    apex ??= currentOrigin;
                    lastRawOwner = null; // relative owners now resolve against the new origin
                }

                continue;
            }

            var inheritsOwner = char.IsWhiteSpace(line[0]);
            Split(line, fields);
            if (fields.Count == 0)
            {
                continue;
            }

            var index = 0;
            string owner;
            if (inheritsOwner)
            {
                owner = previousOwner;
            }
            else
            {
                owner = fields[0] == "@" ? currentOrigin : Absolute(fields[0], currentOrigin);
                index = 1;
            }

            previousOwner = owner;

            // Skip the optional TTL and class, which may come in either order.
            while (index < fields.Count && (IsTtl(fields[index]) || IsClass(fields[index])))
            {
                index++;
            }

            if (index >= fields.Count)
            {
                continue;
            }

            var type = fields[index];
            if (type.Equals("SOA", StringComparison.OrdinalIgnoreCase))
            {
                apex ??= owner;
                continue;
            }

            if (!type.Equals("NS", StringComparison.OrdinalIgnoreCase) || owner.Length == 0)
            {
                continue;
            }

            if (apex is not null && owner == apex)
            {
                continue;
            }

            yield return owner;
        }
    }

    private static string StripComment(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\':
                    i++;
                    break;
                case ';' when !quoted:
                    return line[..i];
            }
        }

        return line;
    }

    private static int Count(string text, char c)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Split(string line, List<string> fields)
    {
        fields.Clear();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var separator = i == line.Length || char.IsWhiteSpace(line[i]);
            if (separator && start >= 0)
            {
                fields.Add(line[start..i]);
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }
    }

    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length && char.IsWhiteSpace(rest[start]))
        {
            start++;
        }

        var end = start;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var token = rest[start..end];
        rest = rest[end..];
        return token;
    }

    private static bool IsTtl(string field) => IsTtl(field.AsSpan());

    private static bool IsClass(string field) => IsClass(field.AsSpan());

    private static bool IsTtl(ReadOnlySpan<char> field)
    {
        if (field.Length == 0 || !char.IsAsciiDigit(field[0]))
        {
            return false;
        }

        foreach (var c in field)
        {
            if (!char.IsAsciiDigit(c) && "smhdwSMHDW".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClass(ReadOnlySpan<char> field) =>
        field.Equals("IN", StringComparison.OrdinalIgnoreCase) || field.Equals("CH", StringComparison.OrdinalIgnoreCase)
        || field.Equals("HS", StringComparison.OrdinalIgnoreCase) || field.Equals("CS", StringComparison.OrdinalIgnoreCase);

    private static string Absolute(string name, string origin)
    {
        if (name.EndsWith('.'))
        {
            return Normalise(name);
        }

        var relative = Normalise(name);
        return origin.Length == 0 ? relative : $"{relative}.{origin}";
    }

    private static string Normalise(string name) => name.TrimEnd('.').ToLowerInvariant();
}
