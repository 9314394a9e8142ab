using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

internal static partial class CtFeedLog
{
    [LoggerMessage(101, LogLevel.Warning, "CT feed {Feed}: corrupt entry {Index} of log {Log} skipped: {Reason}")]
    public static partial void CorruptEntry(ILogger logger, string feed, long index, string log, string reason);

    [LoggerMessage(102, LogLevel.Warning, "CT feed {Feed}: log {Log} skipped this run: {Reason}")]
    public static partial void LogSkipped(ILogger logger, string feed, string log, string reason);

    [LoggerMessage(103, LogLevel.Information, "CT feed {Feed}: log {Log} starts at entry {Index} (tree size {TreeSize})")]
    public static partial void LogStarted(ILogger logger, string feed, string log, long index, long treeSize);

    [LoggerMessage(104, LogLevel.Information, "CT feed {Feed}: log list entry left out: {Reason}")]
    public static partial void LogLeftOut(ILogger logger, string feed, string reason);

    [LoggerMessage(105, LogLevel.Error, "CT feed {Feed}: log {Log} failed a Merkle proof and is flagged; it is no longer read until the flag is cleared in table ct_log_head: {Reason}")]
    public static partial void LogFlagged(ILogger logger, string feed, string log, string reason);

    [LoggerMessage(106, LogLevel.Warning, "CT feed {Feed}: log {Log} is not read, it stays flagged since a failed Merkle proof (clear the flag in table ct_log_head once explained): {Reason}")]
    public static partial void LogStillFlagged(ILogger logger, string feed, string log, string reason);
}
