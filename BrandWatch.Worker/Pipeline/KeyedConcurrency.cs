using System.Collections.Concurrent;

namespace BrandWatch.Worker.Pipeline;

/// <summary>At most N operations at once per key (a remote host), so one slow or hostile server cannot take every slot.</summary>
internal sealed class KeyedConcurrency(int perKey)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> RunAsync<T>(string key, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(perKey, perKey));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }
}
