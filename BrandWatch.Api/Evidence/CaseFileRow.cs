namespace BrandWatch.Api.Evidence;

/// <summary>A file one filing of a case names, with what the Worker said about it.</summary>
internal sealed record CaseFileRow
{
    public required long FilingId { get; init; }

    public required string Sha256 { get; init; }

    public required string Kind { get; init; }

    public required string PageUrl { get; init; }

    public required string MediaType { get; init; }

    public required string CapturedAt { get; init; }

    public required string Tool { get; init; }
}
