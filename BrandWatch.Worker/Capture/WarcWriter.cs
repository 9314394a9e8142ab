using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// Writes WARC/1.1 records (ISO 28500:2017) to a stream: the version line, named fields, a blank line, the block of
/// exactly Content-Length octets, and two CRLFs. Every record gets a fresh <c>urn:uuid</c> record id and a
/// <c>WARC-Block-Digest</c>; digests are labelled <c>sha256:</c> with lower-case hex (a token, and the same text as
/// <c>sha256sum</c> prints). No maintained WARC writer is published on NuGet, so this is the small part written here.
/// </summary>
internal sealed class WarcWriter(Stream output)
{
    private static readonly byte[] Crlf = "\r\n"u8.ToArray();

    public static string NewRecordId() => $"<urn:uuid:{Guid.NewGuid():D}>";

    /// <summary>WARC-Date: UTC, with the fraction of a second WARC/1.1 allows.</summary>
    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string Digest(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Writes one record; <paramref name="fields"/> come after WARC-Type, WARC-Record-ID and WARC-Date.</summary>
    public void Write(string type, string recordId, DateTimeOffset at, IEnumerable<KeyValuePair<string, string>> fields, string? contentType, ReadOnlySpan<byte> block)
    {
        var head = new StringBuilder("WARC/1.1\r\n");
        Field(head, "WARC-Type", type);
        Field(head, "WARC-Record-ID", recordId);
        Field(head, "WARC-Date", Date(at));
        foreach (var (name, value) in fields)
        {
            Field(head, name, value);
        }

        if (contentType is not null)
        {
            Field(head, "Content-Type", contentType);
        }

        Field(head, "WARC-Block-Digest", Digest(block));
        Field(head, "Content-Length", block.Length.ToString(CultureInfo.InvariantCulture));
        head.Append("\r\n");
        output.Write(Encoding.UTF8.GetBytes(head.ToString()));
        output.Write(block);
        output.Write(Crlf);
        output.Write(Crlf);
    }

    private static void Field(StringBuilder head, string name, string value)
    {
        // A field value is one line: a CR or LF from hostile input would start a field of its own.
        head.Append(name).Append(": ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
    }
}
