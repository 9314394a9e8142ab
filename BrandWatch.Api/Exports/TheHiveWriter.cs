using System.Text.Json;
using BrandWatch.Time;

namespace BrandWatch.Api.Exports;

/// <summary>
/// TheHive alerts (the body of TheHive 5's alert creation, one per case, in a JSON array): the case's summary as
/// Markdown, its severity from the priority, the TLP level, and its domain, URLs and addresses as observables. The
/// source reference is the case id, so that TheHive recognises an alert it has already imported.
/// </summary>
internal sealed class TheHiveWriter(Stream output, ExportContext context) : IExportWriter
{
    public const string Source = "BrandWatch";
    public const string Type = "brand-look-alike";

    /// <summary>PAP:AMBER: the recipient may act on the observables without tipping off the registrant by active probing.</summary>
    public const int Pap = 2;

    private readonly Utf8JsonWriter _json = new(output, ExportJson.Options);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _json.WriteStartArray();
        await _json.FlushAsync(cancellationToken);
    }

    public async Task WriteAsync(ExportCase item, CancellationToken cancellationToken)
    {
        var row = item.Row;
        _json.WriteStartObject();
        _json.WriteString("type", Type);
        _json.WriteString("source", Source);
        _json.WriteString("sourceRef", $"case-{row.Id}");
        _json.WriteString("externalLink", context.CaseLink(row.Id));
        _json.WriteString("title", $"Look-alike of {row.MarkId}: {row.Subject}");
        _json.WriteString("description", Description(item));
        _json.WriteNumber("severity", Severity(row.Priority));
        _json.WriteNumber("date", BrandWatch.Time.StoredTime.Parse(row.FiledAt).ToUnixTimeMilliseconds());
        _json.WriteNumber("tlp", context.Tlp.TheHive);
        _json.WriteNumber("pap", Pap);
        Strings("tags", Tags(item));
        _json.WriteStartArray("observables");
        if (!System.Net.IPAddress.TryParse(row.Domain, out _))
        {
            Observable("domain", row.Domain, item.Confirmed, $"The {row.Kind} case's host name.");
        }

        foreach (var url in item.Urls)
        {
            Observable("url", url, item.Confirmed, "A page of the case as fetched.");
        }

        foreach (var address in item.Ipv4.Concat(item.Ipv6))
        {
            Observable("ip", address, false, $"{row.Domain} resolved to it when last checked.");
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    /// <summary>TheHive's severities run 1 (low) to 4 (critical); a case's priority runs 0–100.</summary>
    internal static int Severity(long priority) => priority switch { >= 90 => 4, >= 70 => 3, >= 40 => 2, _ => 1 };

    private static IEnumerable<string> Tags(ExportCase item) =>
        ["brandwatch", $"mark:{item.Row.MarkId}", $"kind:{item.Row.Kind}", $"status:{item.Row.Status}", $"outcome:{item.Row.Outcome}"];

    private string Description(ExportCase item)
    {
        var row = item.Row;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
            **{row.Kind}** case on `{row.Subject}` for the mark **{row.MarkId}** of {row.Owner}.

            - Status: {row.Status}; outcome {row.Outcome}; priority {row.Priority}
            - Recommended action: {row.Action} ({row.ActionReason})
            - Elements: act {row.Act:0.00}, fault {row.Fault:0.00}, damage {row.Damage:0.00}, causation {row.Causation:0.00} (rules {row.RuleVersion})
            - Filed {row.FiledAt}, {row.Filings} filing(s)

            Review it on BrandWatch: {context.CaseLink(row.Id)}
            """);
    }

    private void Observable(string dataType, string data, bool ioc, string message)
    {
        _json.WriteStartObject();
        _json.WriteString("dataType", dataType);
        _json.WriteString("data", data);
        _json.WriteBoolean("ioc", ioc);
        _json.WriteNumber("tlp", context.Tlp.TheHive);
        _json.WriteNumber("pap", Pap);
        _json.WriteString("message", message);
        Strings("tags", ["brandwatch"]);
        _json.WriteEndObject();
    }

    private void Strings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }
}
