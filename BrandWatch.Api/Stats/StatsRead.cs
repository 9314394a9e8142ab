namespace BrandWatch.Api.Stats;

/// <summary>What one stats request reads: the daily rows of the range, the open counts before it, and the top-list sums.</summary>
internal sealed record StatsRead(
    IReadOnlyList<StatsRow> Rows,
    long OpenBefore,
    long TakedownsOpenBefore,
    IReadOnlyList<(string Dimension, string Value, long N)> Places);
