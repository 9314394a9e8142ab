using System.Globalization;
using System.Text;

namespace BrandWatch.Worker.Tests.Capture;

/// <summary>
/// An independent WARC/1.1 reader for the tests (it shares no code with the writer): a version line, named fields up to
/// a blank line, exactly Content-Length octets of block, then CRLF CRLF; anything else is a format error.
/// </summary>
public static class WarcReader
{
    public sealed record Record(string Version, IReadOnlyList<KeyValuePair<string, string>> Fields, byte[] Block)
    {
        public string? this[string name] => Fields.Where(f => f.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value).FirstOrDefault();

        public string Type => this["WARC-Type"] ?? throw new FormatException("record without WARC-Type");

        /// <summary>The HTTP message in the block: the status or request line, the header lines and the body.</summary>
        public (string StartLine, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body) Http()
        {
            var end = IndexOf(Block, "\r\n\r\n"u8, 0);
            if (end < 0)
            {
                throw new FormatException("HTTP block without the end of its head");
            }

            var lines = Encoding.Latin1.GetString(Block, 0, end).Split("\r\n");
            var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1].Trim())).ToList();
            return (lines[0], headers, Block[(end + 4)..]);
        }
    }

    public static List<Record> Read(byte[] file)
    {
        var records = new List<Record>();
        var at = 0;
        while (at < file.Length)
        {
            var version = Line(file, ref at);
            if (version != "WARC/1.1")
            {
                throw new FormatException($"expected WARC/1.1 at byte {at}, found '{version}'");
            }

            var fields = new List<KeyValuePair<string, string>>();
            for (var line = Line(file, ref at); line.Length > 0; line = Line(file, ref at))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                fields.Add(new(line[..colon], line[(colon + 1)..].Trim()));
            }

            var length = int.Parse(fields.Single(f => f.Key == "Content-Length").Value, CultureInfo.InvariantCulture);
            var block = file[at..(at + length)];
            at += length;
            if (file.Length < at + 4 || file[at] != '\r' || file[at + 1] != '\n' || file[at + 2] != '\r' || file[at + 3] != '\n')
            {
                throw new FormatException($"record at byte {at - length} does not end with CRLF CRLF after its {length} octets");
            }

            at += 4;
            records.Add(new Record(version, fields, block));
        }

        return records;
    }

    private static string Line(byte[] file, ref int at)
    {
        var end = IndexOf(file, "\r\n"u8, at);
        if (end < 0)
        {
            throw new FormatException($"unterminated line at byte {at}");
        }

        var line = Encoding.UTF8.GetString(file, at, end - at);
        at = end + 2;
        return line;
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what, int from)
    {
        var found = bytes.AsSpan(from).IndexOf(what);
        return found < 0 ? -1 : from + found;
    }
}
