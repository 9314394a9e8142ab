namespace BrandWatch.Worker.Pipeline;

/// <summary>Counts from one pass over a feed: lines read, rejected, skipped as already screened, screened, cases created.</summary>
internal sealed record FeedRunResult(string Feed, long Read, long Rejected, long AlreadyScreened, long Screened, long Matched);
