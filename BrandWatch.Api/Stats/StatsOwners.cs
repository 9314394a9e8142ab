namespace BrandWatch.Api.Stats;

/// <summary>The owners this key may ask stats for (those with marks or cases), for the dashboard's owner choice.</summary>
public sealed record StatsOwners(IReadOnlyList<string> Owners);
