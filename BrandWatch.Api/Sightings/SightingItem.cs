namespace BrandWatch.Api.Sightings;

/// <summary>
/// One sighting of a case's name as the Api lists it: the watch, its feed and the item in it, when it was seen and
/// recorded, the filing it came with (null when reported alone), and for CT the log, index and certificate SHA-256.
/// </summary>
public sealed record SightingItem
{
    public required long Id { get; init; }

    /// <summary>content | ct | nrd | zone | submission.</summary>
    public required string Source { get; init; }

    public required string Feed { get; init; }
    public required string Item { get; init; }
    public required DateTimeOffset SeenAt { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public long? FilingId { get; init; }
    public string? Log { get; init; }
    public long? Index { get; init; }
    public string? CertificateSha256 { get; init; }
    public string? Issuer { get; init; }
    public IReadOnlyList<string>? SubjectAlternativeNames { get; init; }
}
