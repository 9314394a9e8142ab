namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Counts from one pass over a feed: lines read, rejected, skipped as already screened, screened, cases created; and the
/// instance that held the feed when this one left it alone or lost it midway (another Worker of the cluster reading it).
/// </summary>
internal sealed record FeedRunResult(string Feed, long Read, long Rejected, long AlreadyScreened, long Screened, long Matched, string? HeldBy = null);
