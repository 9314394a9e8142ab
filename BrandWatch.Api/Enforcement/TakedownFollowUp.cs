using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// Follows takedown reports up: every <c>Enforcement:FollowUpInterval</c> it reminds (alert event
/// <c>takedown-overdue</c>) about each report whose answer date passed without an answer, and escalates
/// (<c>takedown-escalated</c>, saying what to do next) each one still unanswered <c>EscalateAfter</c> later. The alerts
/// reach the case owner's subscriptions like any case event. It also ends the watch of sites gone for longer than
/// <c>Enforcement:WatchGoneFor</c>, closing their reports as done with an audit line.
/// </summary>
internal sealed partial class TakedownFollowUp(TakedownStore store, SiteCheckStore sites, IOptions<EnforcementOptions> options, TimeProvider time, ILogger<TakedownFollowUp> logger) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>One pass, as the timer runs it; returns how many reports were reminded about and escalated.</summary>
    public async Task<(int Reminded, int Escalated)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var (reminded, escalated) = await store.FollowUpAsync(time.GetUtcNow(), options.Value.EscalateAfter, BatchSize, cancellationToken);
        if (reminded + escalated > 0)
        {
            LogFollowedUp(logger, reminded, escalated);
        }

        var goneFor = options.Value.WatchGoneFor;
        var closed = goneFor > TimeSpan.Zero ? await sites.EndWatchAsync(time.GetUtcNow(), goneFor, BatchSize, cancellationToken) : 0;
        if (closed > 0)
        {
            LogWatchEnded(logger, closed, goneFor.TotalDays);
        }

        return (reminded, escalated);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.FollowUpInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or failing database is retried at the next tick; the service must not die with it.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Takedown follow-up: {Reminded} report(s) overdue, {Escalated} escalated")]
    private static partial void LogFollowedUp(ILogger logger, int reminded, int escalated);

    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Takedown follow-up: {Closed} report(s) closed as done, their site gone for {Days} days")]
    private static partial void LogWatchEnded(ILogger logger, int closed, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Takedown follow-up failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
