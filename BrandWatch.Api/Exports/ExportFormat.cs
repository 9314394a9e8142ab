namespace BrandWatch.Api.Exports;

/// <summary>The formats of <c>GET /api/cases/export</c>, with the media type and file extension each is served as.</summary>
internal static class ExportFormat
{
    public const string Stix = "stix";
    public const string Misp = "misp";
    public const string TheHive = "thehive";
    public const string Csv = "csv";

    public static readonly IReadOnlyList<string> All = [Stix, Misp, TheHive, Csv];

    public static string MediaType(string format) => format switch
    {
        Stix => "application/stix+json;version=2.1",
        Csv => "text/csv; charset=utf-8; header=present",
        _ => "application/json; charset=utf-8",
    };

    public static string FileName(string format, DateTimeOffset now) =>
        $"brandwatch-cases-{now:yyyyMMdd'T'HHmmss'Z'}" + format switch
        {
            Stix => ".stix.json",
            Misp => ".misp.json",
            TheHive => ".thehive.json",
            _ => ".csv",
        };
}
