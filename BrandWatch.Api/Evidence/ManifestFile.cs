namespace BrandWatch.Api.Evidence;

/// <summary>
/// One file of an evidence package: its path in the zip, what it is, its SHA-256 and, for filings, when and by whom;
/// for captured files (WARC, certificate chain, DNS answers, screenshot) the page, the capture time and the tool.
/// </summary>
public sealed record ManifestFile(
    string Path,
    string Role,
    string Sha256,
    long Bytes,
    long? FilingId,
    DateTimeOffset? FiledAt,
    DateTimeOffset? ObservedAt,
    string? FiledBy,
    string? MediaType = null,
    string? PageUrl = null,
    DateTimeOffset? CapturedAt = null,
    string? Tool = null);
