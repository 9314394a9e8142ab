namespace BrandWatch.Worker.Feeds;

/// <summary>Counts from one zone comparison: distinct delegations in each zone and those new in the current one.</summary>
internal sealed record ZoneDiffResult(long PreviousDelegations, long CurrentDelegations, long Added, long Removed);
