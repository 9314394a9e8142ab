namespace BrandWatch.Api.Exports;

/// <summary>What every export format needs besides the cases: the TLP level, the time of the export, where the desk is, and what was asked.</summary>
/// <param name="Origin">The desk's absolute origin and path base (e.g. <c>https://brandwatch.example</c>), for links back to each case.</param>
/// <param name="Filters">The query string of the export (format and tlp left out), which names the selection in the MISP event.</param>
/// <param name="Scope">Who exported: every owner, or the owners of the caller's key; part of the MISP event's name-based id.</param>
internal sealed record ExportContext(ExportTlp Tlp, DateTimeOffset Now, string Origin, string Filters, string Scope)
{
    public string CaseLink(long id) => $"{Origin}/cases/{id}";

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
