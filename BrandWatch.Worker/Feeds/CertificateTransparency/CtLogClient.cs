using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BrandWatch.Rules.CertificateTransparency;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// The reads the feed makes of a log: RFC 6962 §4.3 <c>get-sth</c> and §4.6 <c>get-entries</c>, and the
/// static-ct-api <c>checkpoint</c> and data tiles (gzip accepted, as the API allows logs to send it unasked).
/// </summary>
internal sealed class CtLogClient(HttpClient http)
{
    /// <summary>A data tile holds 256 entries; far beyond a few megabytes it is not a tile.</summary>
    private const long MaxTileBytes = 64L << 20;

    private const long MaxCheckpointBytes = 64 * 1024;

    public async Task<CtTreeHead> GetTreeHeadAsync(CtLog log, CancellationToken cancellationToken)
    {
        var sth = await http.GetFromJsonAsync<SignedTreeHead>(new Uri(log.Url, "ct/v1/get-sth"), cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: get-sth answered null");
        try
        {
            return new CtTreeHead(sth.TreeSize, sth.Timestamp, Convert.FromBase64String(sth.RootHash ?? string.Empty), Convert.FromBase64String(sth.Signature ?? string.Empty));
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{log.Url}: get-sth answered a root hash or signature that is not base64");
        }
    }

    /// <summary>Entries <paramref name="start"/>..<paramref name="end"/> inclusive; a log may answer fewer (never more are kept).</summary>
    public async Task<IReadOnlyList<LogEntry>> GetEntriesAsync(CtLog log, long start, long end, CancellationToken cancellationToken)
    {
        var url = new Uri(log.Url, FormattableString.Invariant($"ct/v1/get-entries?start={start}&end={end}"));
        var answer = await http.GetFromJsonAsync<EntriesAnswer>(url, cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: get-entries answered null");
        var entries = answer.Entries ?? [];
        return entries.Count > end - start + 1 ? entries.Take((int)(end - start + 1)).ToList() : entries;
    }

    /// <summary>RFC 6962 §4.4 <c>get-sth-consistency</c>: the proof that the tree of <paramref name="second"/> extends the tree of <paramref name="first"/>.</summary>
    public async Task<IReadOnlyList<byte[]>> GetConsistencyAsync(CtLog log, long first, long second, CancellationToken cancellationToken)
    {
        var url = new Uri(log.Url, FormattableString.Invariant($"ct/v1/get-sth-consistency?first={first}&second={second}"));
        var answer = await http.GetFromJsonAsync<ConsistencyAnswer>(url, cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: get-sth-consistency answered null");
        return Hashes(log, "get-sth-consistency", answer.Consistency);
    }

    /// <summary>RFC 6962 §4.5 <c>get-proof-by-hash</c>: the index of the leaf with <paramref name="leafHash"/> and its audit path in the tree of <paramref name="treeSize"/>.</summary>
    public async Task<(long Index, IReadOnlyList<byte[]> Path)> GetInclusionAsync(CtLog log, byte[] leafHash, long treeSize, CancellationToken cancellationToken)
    {
        var hash = Uri.EscapeDataString(Convert.ToBase64String(leafHash));
        var url = new Uri(log.Url, FormattableString.Invariant($"ct/v1/get-proof-by-hash?hash={hash}&tree_size={treeSize}"));
        var answer = await http.GetFromJsonAsync<InclusionAnswer>(url, cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: get-proof-by-hash answered null");
        return (answer.LeafIndex, Hashes(log, "get-proof-by-hash", answer.AuditPath));
    }

    private static List<byte[]> Hashes(CtLog log, string call, List<string>? hashes)
    {
        try
        {
            return (hashes ?? []).Select(Convert.FromBase64String).ToList();
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{log.Url}: {call} answered a hash that is not base64");
        }
    }

    public async Task<string> GetCheckpointAsync(CtLog log, CancellationToken cancellationToken)
    {
        var bytes = await GetBytesAsync(new Uri(log.Url, "checkpoint"), MaxCheckpointBytes, cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: the log has no checkpoint (404)");
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Data tile <paramref name="index"/> holding <paramref name="width"/> entries. A partial tile the log no longer
    /// serves (404, once the full tile exists) is read from the full tile, as the API tells clients to.
    /// </summary>
    public async Task<byte[]> GetDataTileAsync(CtLog log, long index, int width, CancellationToken cancellationToken)
    {
        var tile = await GetBytesAsync(new Uri(log.Url, CtTileParser.DataTilePath(index, width)), MaxTileBytes, cancellationToken);
        if (tile is null && width < 256)
        {
            tile = await GetBytesAsync(new Uri(log.Url, CtTileParser.DataTilePath(index, 256)), MaxTileBytes, cancellationToken);
        }

        return tile ?? throw new InvalidDataException($"{log.Url}: data tile {index} (width {width}) is not served (404)");
    }

    private async Task<byte[]?> GetBytesAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        request.Headers.AcceptEncoding.ParseAdd("identity");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url}: answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var gzip = response.Content.Headers.ContentEncoding.Contains("gzip", StringComparer.OrdinalIgnoreCase);
        await using var content = gzip ? new DecompressionLimit(maxBytes, 1000).GZip(body, url.ToString()) : body;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException($"{url}: more than {maxBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal sealed record SignedTreeHead(
        [property: JsonPropertyName("tree_size")] long TreeSize,
        [property: JsonPropertyName("timestamp")] ulong Timestamp,
        [property: JsonPropertyName("sha256_root_hash")] string? RootHash,
        [property: JsonPropertyName("tree_head_signature")] string? Signature);

    internal sealed record ConsistencyAnswer([property: JsonPropertyName("consistency")] List<string>? Consistency);

    internal sealed record InclusionAnswer(
        [property: JsonPropertyName("leaf_index")] long LeafIndex,
        [property: JsonPropertyName("audit_path")] List<string>? AuditPath);

    internal sealed record EntriesAnswer([property: JsonPropertyName("entries")] List<LogEntry>? Entries);

    internal sealed record LogEntry(
        [property: JsonPropertyName("leaf_input")] string? LeafInput,
        [property: JsonPropertyName("extra_data")] string? ExtraData);
}
