namespace BrandWatch.Api.Exports;

/// <summary>
/// Name-based (version 5) UUIDs, so that exporting the same case twice names the same objects and a receiving tool
/// updates them instead of adding copies. Observables use the STIX 2.1 namespace over the canonical JSON of their
/// identifying property (section 2.9); everything BrandWatch describes itself uses the project's own namespace.
/// </summary>
internal static class ExportIds
{
    /// <summary>The namespace STIX 2.1 fixes for cyber-observable ids.</summary>
    public static readonly Guid StixObservables = new("00abedb4-aa42-466c-9c01-fed23315a9b7");

    /// <summary>BrandWatch's own namespace for the objects it describes (cases, indicators, events, attributes).</summary>
    public static readonly Guid BrandWatch = new("5b0e7c3a-61d2-4c8e-9a57-2f4e8b9d1c60");

    /// <summary>
    /// The id of an observable whose only identifying property is <c>value</c> (domain-name, url, ipv4-addr,
    /// ipv6-addr): the canonical JSON of <c>{"value": …}</c> (RFC 8785) is that one member, serialised without spaces.
    /// </summary>
    public static string Observable(string type, string value) =>
        type + "--" + UUIDNext.Uuid.NewNameBased(StixObservables, "{\"value\":" + Canonical(value) + "}").ToString();

    /// <summary>An id of an object BrandWatch describes, from a name that says which case and which part of it.</summary>
    public static Guid Own(string name) => UUIDNext.Uuid.NewNameBased(BrandWatch, name);

    public static string Own(string type, string name) => type + "--" + Own(type + "/" + name).ToString();

    // RFC 8785 writes a string as JSON does, escaping only what must be escaped; System.Text.Json's relaxed encoder
    // leaves non-ASCII as is (JCS keeps it as UTF-8 too) but would still escape a few ASCII characters a URL may hold.
    private static string Canonical(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
