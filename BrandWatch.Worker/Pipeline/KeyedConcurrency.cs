namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// At most N operations at once per key (a remote host), so one slow or hostile server cannot take every slot. A key's
/// gate lives only while someone holds or waits for it: a feed names millions of hosts, each crawled once, and a gate
/// kept per host would grow without bound.
/// </summary>
internal sealed class KeyedConcurrency(int perKey)
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gates held or waited for right now.</summary>
    public int Count
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    public async Task<T> RunAsync<T>(string key, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate!))
            {
                gate = new Gate(new SemaphoreSlim(perKey, perKey));
                _gates[key] = gate;
            }

            gate.Users++;
        }

        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                return await action();
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            lock (_gates)
            {
                if (--gate.Users == 0)
                {
                    _gates.Remove(key);
                    gate.Semaphore.Dispose();
                }
            }
        }
    }

    private sealed class Gate(SemaphoreSlim semaphore)
    {
        public SemaphoreSlim Semaphore { get; } = semaphore;

        /// <summary>Holders and waiters; changed only under the dictionary's lock.</summary>
        public int Users { get; set; }
    }
}
