using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(1, LogLevel.Information, "Feed {Feed}: {Read} read, {Rejected} rejected, {Skipped} already screened, {Screened} screened, {Matched} new cases")]
    public static partial void FeedDone(ILogger logger, string feed, long read, long rejected, long skipped, long screened, long matched);

    [LoggerMessage(2, LogLevel.Information, "Filed {Domain} for mark {MarkId} as case {CaseId} ({Status})")]
    public static partial void Filed(ILogger logger, string domain, string markId, string? caseId, string status);

    [LoggerMessage(3, LogLevel.Warning, "Stage {Stage} of {Domain} for mark {MarkId} failed (attempt {Attempt}), retrying in {Delay}: {Error}")]
    public static partial void Postponed(ILogger logger, string stage, string domain, string markId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(4, LogLevel.Warning, "Dropped {Domain} for mark {MarkId}: {Reason}")]
    public static partial void Dropped(ILogger logger, string domain, string markId, string reason);

    [LoggerMessage(5, LogLevel.Information, "Resuming {Count} work items left open")]
    public static partial void Resuming(ILogger logger, int count);

    [LoggerMessage(6, LogLevel.Information, "Shutting down: {InFlight} items in flight, waiting up to {Timeout}")]
    public static partial void Draining(ILogger logger, int inFlight, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Error, "Pipeline loop {Loop} failed")]
    public static partial void LoopFailed(ILogger logger, string loop, Exception error);

    [LoggerMessage(8, LogLevel.Information, "Page {Url}: {Reason}")]
    public static partial void PageSplit(ILogger logger, string url, string reason);

    [LoggerMessage(9, LogLevel.Information, "Owner's own domain {Domain} for mark {MarkId}, not filed: {Explanation}")]
    public static partial void OwnerDomain(ILogger logger, string domain, string markId, string explanation);

    [LoggerMessage(10, LogLevel.Information, "{Domain} for mark {MarkId} held back, not filed: {Explanation}")]
    public static partial void Held(ILogger logger, string domain, string markId, string explanation);

    [LoggerMessage(11, LogLevel.Information, "{Domain} for mark {MarkId}: {Explanation}")]
    public static partial void PresenceChanged(ILogger logger, string domain, string markId, string explanation);

    [LoggerMessage(12, LogLevel.Information, "Feed {Feed} is being read by instance {Holder}; this instance leaves it alone")]
    public static partial void FeedHeld(ILogger logger, string feed, string holder);

    [LoggerMessage(13, LogLevel.Warning, "{Domain} for mark {MarkId} at stage {Stage} was taken over by another instance (this one's lease ran out); its work here stops")]
    public static partial void ClaimLost(ILogger logger, string domain, string markId, string stage);
}
