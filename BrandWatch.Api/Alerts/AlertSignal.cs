namespace BrandWatch.Api.Alerts;

/// <summary>
/// Wakes the dispatcher before its next poll. Code that writes case events may call <see cref="Notify"/> after its
/// transaction commits; without it the event is still picked up at the next poll.
/// </summary>
public sealed class AlertSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of notifications.
        }
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
