namespace BrandWatch.Api.Stats;

/// <summary>A checked stats request: one owner, an inclusive range of UTC days and the bucket size.</summary>
internal sealed record StatsQuery(string Owner, DateOnly From, DateOnly To, string Bucket);
