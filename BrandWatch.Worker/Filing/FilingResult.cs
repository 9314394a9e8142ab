namespace BrandWatch.Worker.Filing;

/// <summary>How one filing ended: filed (new or replayed), rejected for good (4xx), or worth retrying later.</summary>
internal sealed record FilingResult(FilingStatus Status, string? CaseId, string? Detail);
