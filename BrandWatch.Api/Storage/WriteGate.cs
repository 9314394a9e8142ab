namespace BrandWatch.Api.Storage;

/// <summary>
/// Serialises this process's case writes before they reach SQLite, so concurrent filings queue in order instead of
/// spinning in SQLite's busy handler. Other processes are still serialised by BEGIN IMMEDIATE and the busy timeout.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
