namespace BrandWatch.Api.Stats;

/// <summary>Takedown reports sent, acknowledged and resolved in one day or week, and those open at its end.</summary>
public sealed record StatsTakedownBucket(DateOnly Start, DateOnly End, long Sent, long Acknowledged, long Resolved, long OpenAtEnd);
