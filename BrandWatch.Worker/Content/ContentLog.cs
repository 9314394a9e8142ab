using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Content;

internal static partial class ContentLog
{
    [LoggerMessage(101, LogLevel.Information, "Content of {Domain}: {Status}, {Detail}")]
    public static partial void Screened(ILogger logger, string domain, ContentStatus status, string detail);

    [LoggerMessage(102, LogLevel.Warning, "Content of {Domain} failed (attempt {Attempt}), retrying in {Delay}: {Error}")]
    public static partial void Postponed(ILogger logger, string domain, long attempt, TimeSpan delay, string error);

    [LoggerMessage(103, LogLevel.Error, "Content stage loop {Loop} failed")]
    public static partial void LoopFailed(ILogger logger, string loop, Exception error);

    [LoggerMessage(104, LogLevel.Information, "Content stage stopping: {InFlight} domains in flight, waiting up to {Timeout}")]
    public static partial void Draining(ILogger logger, int inFlight, TimeSpan timeout);
}
