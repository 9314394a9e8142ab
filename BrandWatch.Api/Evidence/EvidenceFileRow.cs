namespace BrandWatch.Api.Evidence;

/// <summary>One stored evidence file, as the Api answers about it.</summary>
public sealed record EvidenceFileRow
{
    public required string Sha256 { get; init; }

    public required long Bytes { get; init; }

    public required string MediaType { get; init; }

    public required string StoredAt { get; init; }
}
