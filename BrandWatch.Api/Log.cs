namespace BrandWatch.Api;

/// <summary>The Api's structured log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Database {DataSource} migrated: applied {Applied}")]
    public static partial void Migrated(ILogger logger, string dataSource, string applied);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Database busy on {Method} {Path}")]
    public static partial void Busy(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Case {CaseId} filed for mark {MarkId} on {Subject} ({Kind}), priority {Priority}")]
    public static partial void CaseFiled(ILogger logger, long caseId, string markId, string subject, string kind, int priority);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Case {CaseId} reopened for review: priority {Priority} above the reviewed {ReviewedPriority}")]
    public static partial void CaseReopened(ILogger logger, long caseId, int priority, int reviewedPriority);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Case {CaseId} moved {From} -> {To} by {Actor}")]
    public static partial void CaseTransition(ILogger logger, long caseId, string from, string to, string actor);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "A batch of {Count} filings met another instance's lock (attempt {Attempt}) and is tried again: {Reason}")]
    public static partial void BatchRetried(ILogger logger, int count, int attempt, string reason);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "A batch of {Count} filings started together failed and is filed again one savepoint per filing: {Reason}")]
    public static partial void SetBasedBatchAbandoned(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 16, Level = LogLevel.Information, Message = "A batch of {Count} filings started together met an Idempotency-Key another instance answered meanwhile and is filed again one savepoint per filing")]
    public static partial void SetBasedBatchMetAnsweredKey(ILogger logger, int count);

    [LoggerMessage(EventId = 91, Level = LogLevel.Information, Message = "Campaign ids given to {Cases} case(s) of the campaigns formed before migration 0130")]
    public static partial void CampaignsAssigned(ILogger logger, int cases);

    [LoggerMessage(EventId = 90, Level = LogLevel.Information, Message = "Webhook secrets: {Seen} stored, {Protected} protected from plain text, {Reprotected} re-protected under the current key, {Unreadable} unreadable (subscriptions {UnreadableIds}; left untouched)")]
    public static partial void WebhookSecretsMigrated(ILogger logger, int seen, int @protected, int reprotected, int unreadable, string unreadableIds);
}
