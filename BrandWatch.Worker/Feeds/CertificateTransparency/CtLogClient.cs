using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>The two RFC 6962 calls the feed needs (§4.3 <c>get-sth</c>, §4.6 <c>get-entries</c>).</summary>
internal sealed class CtLogClient(HttpClient http)
{
    public async Task<long> GetTreeSizeAsync(CtLog log, CancellationToken cancellationToken)
    {
        var sth = await http.GetFromJsonAsync<SignedTreeHead>(new Uri(log.Url, "ct/v1/get-sth"), cancellationToken)
            ?? throw new InvalidDataException($"{log.Url}: get-sth answered null");
        return sth.TreeSize >= 0 ? sth.TreeSize : throw new InvalidDataException($"{log.Url}: get-sth answered a negative tree size {sth.TreeSize}");
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

    internal sealed record SignedTreeHead([property: JsonPropertyName("tree_size")] long TreeSize);

    internal sealed record EntriesAnswer([property: JsonPropertyName("entries")] List<LogEntry>? Entries);

    internal sealed record LogEntry(
        [property: JsonPropertyName("leaf_input")] string? LeafInput,
        [property: JsonPropertyName("extra_data")] string? ExtraData);
}
