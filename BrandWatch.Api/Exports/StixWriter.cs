using System.Text.Json;
using BrandWatch.Api.Cases;
using BrandWatch.Time;

namespace BrandWatch.Api.Exports;

/// <summary>
/// A STIX 2.1 bundle: BrandWatch as the producing identity, the TLP marking, and per case its observables
/// (domain-name, url, ipv4-addr, ipv6-addr, with the resolves-to relationships between name and addresses), an
/// observed-data over them, an indicator with a STIX pattern based on that observation, and a grouping that is the
/// case. Ids are name-based, so a second export of the same case names the same objects; <c>modified</c> follows the case.
/// </summary>
internal sealed class StixWriter(Stream output, ExportContext context) : IExportWriter
{
    /// <summary>When BrandWatch's identity object was first described; it never changes.</summary>
    private const string IdentityCreated = "2026-01-01T00:00:00.000Z";

    public static readonly string IdentityId = ExportIds.Own("identity", "brandwatch");

    private readonly Utf8JsonWriter _json = new(output, ExportJson.Options);

    // An observable or relationship shared by several cases (one address hosting many look-alikes) is written once.
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteString("type", "bundle");
        _json.WriteString("id", "bundle--" + Guid.NewGuid().ToString());
        _json.WriteStartArray("objects");

        _json.WriteStartObject();
        _json.WriteString("type", "marking-definition");
        _json.WriteString("spec_version", "2.1");
        _json.WriteString("id", context.Tlp.StixMarkingId);
        _json.WriteString("created", ExportTlp.StixMarkingCreated);
        _json.WriteString("definition_type", "tlp");
        _json.WriteString("name", "TLP:" + context.Tlp.StixColour.ToUpperInvariant());
        _json.WriteStartObject("definition");
        _json.WriteString("tlp", context.Tlp.StixColour);
        _json.WriteEndObject();
        _json.WriteEndObject();

        _json.WriteStartObject();
        _json.WriteString("type", "identity");
        _json.WriteString("spec_version", "2.1");
        _json.WriteString("id", IdentityId);
        _json.WriteString("created", IdentityCreated);
        _json.WriteString("modified", IdentityCreated);
        _json.WriteString("name", "BrandWatch");
        _json.WriteString("description", "Trademark-protection monitoring: look-alike domains and pages found and judged for a brand owner.");
        _json.WriteString("identity_class", "system");
        Markings();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public async Task WriteAsync(ExportCase item, CancellationToken cancellationToken)
    {
        var row = item.Row;
        // The TLP level is part of the name: the same case marked differently is another object, never a conflicting version.
        var name = $"{row.Owner}/case/{row.Id}/tlp:{context.Tlp.Name}";
        var filed = Iso(row.FiledAt);
        var updated = Iso(row.UpdatedAt);
        var observed = Iso(row.ObservedAt);
        var created = ExportContext.Timestamp(filed);
        var modified = ExportContext.Timestamp(updated < filed ? filed : updated);
        var refs = new List<string>();

        string? domainId = null;
        if (!System.Net.IPAddress.TryParse(row.Domain, out _))
        {
            domainId = Observable("domain-name", row.Domain, refs);
        }

        foreach (var url in item.Urls)
        {
            Observable("url", url, refs);
        }

        foreach (var (type, addresses) in new[] { ("ipv4-addr", item.Ipv4), ("ipv6-addr", item.Ipv6) })
        {
            foreach (var address in addresses)
            {
                var addressId = Observable(type, address, refs);
                if (domainId is not null)
                {
                    refs.Add(Relationship("resolves-to", domainId, addressId, created, modified, $"{domainId}/resolves-to/{addressId}/tlp:{context.Tlp.Name}"));
                }
            }
        }

        var observables = refs.Where(r => !r.StartsWith("relationship--", StringComparison.Ordinal)).ToList();
        var observationId = ExportIds.Own("observed-data", name);
        _json.WriteStartObject();
        Common("observed-data", observationId, created, modified);
        var (first, last) = filed <= observed ? (filed, observed) : (observed, filed);
        _json.WriteString("first_observed", ExportContext.Timestamp(first));
        _json.WriteString("last_observed", ExportContext.Timestamp(last));
        _json.WriteNumber("number_observed", Math.Clamp(row.Filings, 1, 999_999_999));
        Strings("object_refs", observables);
        _json.WriteEndObject();
        refs.Add(observationId);

        var indicatorId = ExportIds.Own("indicator", name);
        _json.WriteStartObject();
        Common("indicator", indicatorId, created, modified);
        _json.WriteString("name", $"Look-alike of the mark {row.MarkId}: {Subject(row)}");
        _json.WriteString("description", Description(row));
        Strings("indicator_types", [row.Outcome == "likely" ? "malicious-activity" : "anomalous-activity"]);
        _json.WriteString("pattern", Pattern(row));
        _json.WriteString("pattern_type", "stix");
        _json.WriteString("valid_from", created);
        _json.WriteEndObject();
        refs.Add(indicatorId);
        refs.Add(Relationship("based-on", indicatorId, observationId, created, modified, name + "/based-on"));

        _json.WriteStartObject();
        Common("grouping", ExportIds.Own("grouping", name), created, modified);
        _json.WriteString("name", $"BrandWatch case {row.Id}: {Subject(row)}");
        _json.WriteString("description", Description(row));
        _json.WriteString("context", "suspicious-activity");
        Strings("labels", ["brand-protection", row.Kind, row.Status]);
        _json.WriteStartArray("external_references");
        _json.WriteStartObject();
        _json.WriteString("source_name", "BrandWatch");
        _json.WriteString("external_id", $"case-{row.Id}");
        _json.WriteString("url", context.CaseLink(row.Id));
        _json.WriteEndObject();
        _json.WriteEndArray();
        Strings("object_refs", refs);
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    /// <summary>The STIX pattern of a case: its URL for a page case, its name (or address) for a domain case.</summary>
    internal static string Pattern(CaseRow row)
    {
        if (row.Subject.StartsWith("http://", StringComparison.Ordinal) || row.Subject.StartsWith("https://", StringComparison.Ordinal))
        {
            return $"[url:value = '{Escape(row.Subject)}']";
        }

        if (System.Net.IPAddress.TryParse(row.Domain, out var address))
        {
            var type = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ipv6-addr" : "ipv4-addr";
            return $"[{type}:value = '{Escape(address.ToString())}']";
        }

        return $"[domain-name:value = '{Escape(row.Domain)}']";
    }

    // A pattern's string literal is quoted with ' and escapes only ' and \ (STIX 2.1 patterning, section 9.3).
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

    private static string Subject(CaseRow row) => row.Subject;

    private string Description(CaseRow row) =>
        $"{row.Kind} case on {row.Subject} for the mark {row.MarkId} of {row.Owner}: {row.Status}, outcome {row.Outcome}, priority {row.Priority}; " +
        $"recommended action {row.Action} ({row.ActionReason}). Rules {row.RuleVersion}. {context.CaseLink(row.Id)}";

    private string Observable(string type, string value, List<string> refs)
    {
        var id = ExportIds.Observable(type, value);
        refs.Add(id);
        if (_written.Add(id))
        {
            _json.WriteStartObject();
            _json.WriteString("type", type);
            _json.WriteString("spec_version", "2.1");
            _json.WriteString("id", id);
            _json.WriteString("value", value);
            Markings();
            _json.WriteEndObject();
        }

        return id;
    }

    private string Relationship(string type, string source, string target, string created, string modified, string name)
    {
        var id = ExportIds.Own("relationship", name);
        if (_written.Add(id))
        {
            _json.WriteStartObject();
            Common("relationship", id, created, modified);
            _json.WriteString("relationship_type", type);
            _json.WriteString("source_ref", source);
            _json.WriteString("target_ref", target);
            _json.WriteEndObject();
        }

        return id;
    }

    private void Common(string type, string id, string created, string modified)
    {
        _json.WriteString("type", type);
        _json.WriteString("spec_version", "2.1");
        _json.WriteString("id", id);
        _json.WriteString("created_by_ref", IdentityId);
        _json.WriteString("created", created);
        _json.WriteString("modified", modified);
        Markings();
    }

    private void Markings() => Strings("object_marking_refs", [context.Tlp.StixMarkingId]);

    private void Strings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private static DateTimeOffset Iso(string value) => BrandWatch.Time.StoredTime.Parse(value);
}
