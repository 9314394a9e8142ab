namespace BrandWatch.Api.Stats;

/// <summary>
/// The answer of <c>GET /api/stats</c>: one owner's cases (or every owner's, <c>*</c>) over a range of UTC days, in day
/// or week buckets; the top-level domains, registrars, hosting networks and campaigns of the new cases; and the
/// takedown reports. <see cref="Campaigns"/> stays empty until cases belong to campaigns.
/// </summary>
public sealed record StatsResponse(
    string Owner,
    DateOnly From,
    DateOnly To,
    string Bucket,
    StatsTotals Totals,
    IReadOnlyList<StatsBucket> Buckets,
    StatsTop Tlds,
    StatsTop Registrars,
    StatsTop Networks,
    StatsTop Campaigns,
    StatsTakedowns Takedowns);
