using System.Globalization;
using System.Text;
using BrandWatch.Worker.Crawling;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// One fetch as a WARC/1.1 file: a warcinfo record, then for every exchange (redirects first) a request record and a
/// response record, and a metadata record about the final response. The final response carries the body as kept
/// (decoded, at most <c>Fetcher:MaxResponseBytes</c>); the redirect responses carry their head only.
/// </summary>
/// <remarks>
/// The body is stored decoded, so the headers that describe the wire form are renamed with the
/// <see cref="OriginalPrefix"/> (Content-Encoding, Content-Length, Transfer-Encoding) and a Content-Length of the stored
/// body is written: the HTTP message in the record stays readable by any WARC reader, and nothing the server said is
/// dropped. A body cut at the size cap is marked <c>WARC-Truncated: length</c>.
/// </remarks>
internal static class PageWarc
{
    public const string MediaType = "application/warc";
    public const string OriginalPrefix = "X-BrandWatch-Original-";

    private static readonly HashSet<string> WireHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Encoding", "Content-Length", "Transfer-Encoding" };

    /// <summary>The WARC bytes of a fetch, or null when nothing was received (no exchange to record).</summary>
    public static byte[]? Write(FetchResult fetch, string software, DateTimeOffset writtenAt)
    {
        if (fetch.Exchanges.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var warc = new WarcWriter(buffer);
        var infoId = WarcWriter.NewRecordId();
        var info = new StringBuilder()
            .Append("software: ").Append(software).Append("\r\n")
            .Append("format: WARC File Format 1.1\r\n")
            .Append("conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
            .Append("description: evidence capture of ").Append(fetch.Url).Append("\r\n")
            .Append("robots: ignore (evidence of a suspected infringement)\r\n");
        warc.Write("warcinfo", infoId, writtenAt, [new("WARC-Filename", FileName(fetch))], "application/warc-fields", Encoding.UTF8.GetBytes(info.ToString()));

        string? finalResponseId = null;
        for (var i = 0; i < fetch.Exchanges.Count; i++)
        {
            var exchange = fetch.Exchanges[i];
            var last = i == fetch.Exchanges.Count - 1;
            var responseId = WarcWriter.NewRecordId();
            var requestId = WarcWriter.NewRecordId();
            var body = last ? fetch.Body : [];
            var common = new List<KeyValuePair<string, string>> { new("WARC-Target-URI", exchange.Url), new("WARC-Warcinfo-ID", infoId) };
            if (exchange.RemoteAddress is { } address)
            {
                common.Add(new("WARC-IP-Address", address));
            }

            var responseFields = new List<KeyValuePair<string, string>>(common) { new("WARC-Concurrent-To", requestId) };
            if (last)
            {
                responseFields.Add(new("WARC-Payload-Digest", WarcWriter.Digest(body)));
                if (fetch.Truncated)
                {
                    responseFields.Add(new("WARC-Truncated", "length"));
                }
            }
            else if (HasBody(exchange))
            {
                // A redirect's body is not read: the record holds its head only.
                responseFields.Add(new("WARC-Truncated", "unspecified"));
            }

            warc.Write("response", responseId, exchange.At, responseFields, "application/http;msgtype=response", ResponseBlock(exchange, body));
            warc.Write("request", requestId, exchange.At, [.. common, new("WARC-Concurrent-To", responseId)], "application/http;msgtype=request", RequestBlock(exchange));
            if (last)
            {
                finalResponseId = responseId;
            }
        }

        var metadata = new StringBuilder()
            .Append("fetchTimeMs: ").Append(((long)fetch.Elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("requested-url: ").Append(fetch.Url).Append("\r\n")
            .Append("final-url: ").Append(fetch.FinalUrl).Append("\r\n")
            .Append("redirects: ").Append(fetch.RedirectChain.Count.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("body-sha256: ").Append(fetch.Sha256).Append("\r\n")
            .Append("body-bytes-kept: ").Append(fetch.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("body-truncated: ").Append(fetch.Truncated ? "true" : "false").Append("\r\n");
        if (fetch.Certificate is { } certificate)
        {
            metadata.Append("certificate-sha256: ").Append(certificate.Sha256Fingerprint).Append("\r\n")
                .Append("certificate-validation: ").Append(certificate.ValidationErrors).Append("\r\n");
        }

        if (fetch.Error != FetchError.None)
        {
            metadata.Append("fetch-error: ").Append(fetch.Error.ToString()).Append(" (").Append(fetch.ErrorDetail?.ReplaceLineEndings(" ")).Append(")\r\n");
        }

        warc.Write("metadata", WarcWriter.NewRecordId(), writtenAt,
            [new("WARC-Target-URI", fetch.Exchanges[^1].Url), new("WARC-Warcinfo-ID", infoId), new("WARC-Refers-To", finalResponseId!)], // set on the last pass of the loop
            "application/warc-fields", Encoding.UTF8.GetBytes(metadata.ToString()));
        return buffer.ToArray();
    }

    private static string FileName(FetchResult fetch) =>
        $"brandwatch-{fetch.FetchedAt.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}-{fetch.Sha256[..12]}.warc";

    private static bool HasBody(HttpExchange exchange) => exchange.ResponseHeaders.Any(h =>
        h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
        || (h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && h.Value.Trim() != "0"));

    private static byte[] RequestBlock(HttpExchange exchange)
    {
        var head = new StringBuilder().Append("GET ").Append(exchange.RequestTarget).Append(" HTTP/").Append(exchange.HttpVersion).Append("\r\n");
        foreach (var (name, value) in exchange.RequestHeaders)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(head.Append("\r\n").ToString());
    }

    private static byte[] ResponseBlock(HttpExchange exchange, byte[] body)
    {
        var head = new StringBuilder().Append("HTTP/").Append(exchange.HttpVersion).Append(' ')
            .Append(exchange.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(exchange.Reason ?? string.Empty).Append("\r\n");
        foreach (var (name, value) in exchange.ResponseHeaders)
        {
            head.Append(WireHeaders.Contains(name) ? OriginalPrefix + name : name).Append(": ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var headBytes = Encoding.Latin1.GetBytes(head.ToString());
        var block = new byte[headBytes.Length + body.Length];
        headBytes.CopyTo(block, 0);
        body.CopyTo(block, headBytes.Length);
        return block;
    }
}
