namespace BrandWatch.Api.Evidence;

/// <summary>One CT log entry of a certificate: the log's URL, the entry's index and when it was seen there.</summary>
public sealed record ManifestLogEntry(string? Log, long? Index, DateTimeOffset SeenAt);
