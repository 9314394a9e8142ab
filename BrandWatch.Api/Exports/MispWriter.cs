using System.Globalization;
using System.Text.Json;
using BrandWatch.Time;

namespace BrandWatch.Api.Exports;

/// <summary>
/// One MISP event (MISP core format) holding the selected cases: per case its domain, URLs and addresses as
/// attributes in the "Network activity" category and a link back to the case in "External analysis". A case a
/// reviewer confirmed or acted on has its domain and URLs marked for detection (<c>to_ids</c>); addresses never are,
/// since a shared host serves lawful sites too. The event is unpublished and shared with the organisation only; the
/// TLP level is its tag. Event and attribute uuids are name-based, so a re-import updates instead of adding.
/// </summary>
internal sealed class MispWriter(Stream output, ExportContext context) : IExportWriter
{
    private readonly Utf8JsonWriter _json = new(output, ExportJson.Options);
    private readonly HashSet<Guid> _written = [];
    private long _cases;
    private long? _highestPriority;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("Event");
        _json.WriteString("uuid", ExportIds.Own($"misp-event/{context.Scope}?{context.Filters}").ToString());
        _json.WriteString("date", context.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        _json.WriteString("timestamp", Epoch(context.Now));
        _json.WriteString("publish_timestamp", "0");
        _json.WriteBoolean("published", false);
        _json.WriteString("analysis", "1");
        _json.WriteString("distribution", "0");
        _json.WriteString("sharing_group_id", "0");
        _json.WriteStartArray("Tag");
        _json.WriteStartObject();
        _json.WriteString("name", context.Tlp.MispTag);
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteStartArray("Attribute");
        await _json.FlushAsync(cancellationToken);
    }

    public async Task WriteAsync(ExportCase item, CancellationToken cancellationToken)
    {
        var row = item.Row;
        _cases++;
        _highestPriority ??= row.Priority;
        var updated = Epoch(BrandWatch.Time.StoredTime.Parse(row.UpdatedAt));
        var comment = $"BrandWatch case {row.Id} ({row.Kind}, mark {row.MarkId}): {row.Status}, outcome {row.Outcome}, priority {row.Priority}";
        if (!System.Net.IPAddress.TryParse(row.Domain, out _))
        {
            Attribute(row.Id, "domain", "Network activity", row.Domain, item.Confirmed, updated, comment);
        }

        foreach (var url in item.Urls)
        {
            Attribute(row.Id, "url", "Network activity", url, item.Confirmed, updated, comment);
        }

        foreach (var address in item.Ipv4.Concat(item.Ipv6))
        {
            Attribute(row.Id, "ip-dst", "Network activity", address, false, updated, comment + $"; {row.Domain} resolved to it");
        }

        Attribute(row.Id, "link", "External analysis", context.CaseLink(row.Id), false, updated, comment);
        await _json.FlushAsync(cancellationToken);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        _json.WriteString("attribute_count", _written.Count.ToString(CultureInfo.InvariantCulture));
        _json.WriteString("info", $"BrandWatch: {_cases} look-alike case{(_cases == 1 ? string.Empty : "s")}" + (context.Filters.Length == 0 ? string.Empty : $" ({context.Filters})"));
        // MISP's levels run 1 (high) to 4 (undefined); the cases come highest priority first.
        _json.WriteString("threat_level_id", _highestPriority switch { null => "4", >= 80 => "1", >= 50 => "2", _ => "3" });
        _json.WriteEndObject();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void Attribute(long caseId, string type, string category, string value, bool toIds, string timestamp, string comment)
    {
        // The same value in two cases is two attributes: each carries its own case's comment.
        var uuid = ExportIds.Own($"misp-attribute/{context.Scope}/case/{caseId}/{type}/{value}");
        if (!_written.Add(uuid))
        {
            return;
        }

        _json.WriteStartObject();
        _json.WriteString("uuid", uuid.ToString());
        _json.WriteString("type", type);
        _json.WriteString("category", category);
        _json.WriteString("value", value);
        _json.WriteBoolean("to_ids", toIds);
        _json.WriteString("distribution", "5");
        _json.WriteString("timestamp", timestamp);
        _json.WriteString("comment", comment);
        _json.WriteEndObject();
    }

    private static string Epoch(DateTimeOffset value) => value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
