namespace BrandWatch.Worker.Content;

/// <summary>Wakes the content stage's poll loop when the screen stage has queued domains, instead of waiting for the next poll.</summary>
internal sealed class ContentSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up is enough.
        }
        catch (ObjectDisposedException)
        {
            // Shutting down: nobody waits any more.
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
