using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Storage;

/// <summary>
/// Keeps an instance's claims alive while it runs (renewing them three times per lease, so one slow round does not
/// lose them) and gives them back when it stops cleanly.
/// </summary>
internal static partial class LeaseRenewal
{
    public static async Task RunAsync(Func<CancellationToken, Task<int>> renew, TimeSpan lease, TimeProvider time, ILogger log, CancellationToken stopping)
    {
        var every = lease / 3;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, stopping);
                await renew(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be back by the next round; a lease that runs out meanwhile only hands work over.
                RenewFailed(log, ex);
            }
        }
    }

    public static async Task ReleaseAsync(Func<CancellationToken, Task<int>> release, ILogger log)
    {
        try
        {
            await release(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Not fatal: the claims run out with their lease.
            ReleaseFailed(log, ex);
        }
    }

    [LoggerMessage(40, LogLevel.Warning, "Could not renew this instance's claims")]
    private static partial void RenewFailed(ILogger logger, Exception error);

    [LoggerMessage(41, LogLevel.Warning, "Could not give back this instance's claims at shutdown; they return to the others when their lease runs out")]
    private static partial void ReleaseFailed(ILogger logger, Exception error);
}
