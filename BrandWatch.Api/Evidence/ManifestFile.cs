namespace BrandWatch.Api.Evidence;

/// <summary>One file of an evidence package: its path in the zip, what it is, its SHA-256 and, for filings, when and by whom.</summary>
public sealed record ManifestFile(
    string Path,
    string Role,
    string Sha256,
    long Bytes,
    long? FilingId,
    DateTimeOffset? FiledAt,
    DateTimeOffset? ObservedAt,
    string? FiledBy);
