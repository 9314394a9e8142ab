namespace BrandWatch.Api.Stats;

/// <summary>
/// The values with the most new cases in the range (at most <see cref="StatsReport.TopSize"/>, most first), the
/// cases of every other value, and the cases whose evidence does not name one.
/// </summary>
public sealed record StatsTop(IReadOnlyList<StatsCount> Top, long Other, long Unknown);
