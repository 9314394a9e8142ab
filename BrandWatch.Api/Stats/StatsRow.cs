namespace BrandWatch.Api.Stats;

/// <summary>A row of case_stats_daily.</summary>
internal sealed record StatsRow(string Dimension, string Day, string Value, long N);
