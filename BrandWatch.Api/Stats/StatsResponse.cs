namespace BrandWatch.Api.Stats;

/// <summary>The answer of <c>GET /api/stats</c>: one owner's cases over a range of UTC days, in day or week buckets.</summary>
public sealed record StatsResponse(string Owner, DateOnly From, DateOnly To, string Bucket, StatsTotals Totals, IReadOnlyList<StatsBucket> Buckets);
