using System.Collections.Concurrent;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Dns;

/// <summary>A small bounded cache of DNS evidence that honours the answers' TTLs.</summary>
internal sealed class DnsEvidenceCache(int capacity, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string domain, out DnsEvidence evidence)
    {
        if (_entries.TryGetValue(domain, out var entry))
        {
            if (entry.ExpiresAt > time.GetUtcNow())
            {
                evidence = entry.Evidence;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(domain, entry));
        }

        evidence = null!;
        return false;
    }

    public void Add(string domain, DnsEvidence evidence, TimeSpan lifetime)
    {
        if (capacity == 0 || lifetime <= TimeSpan.Zero)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            Evict();
            if (_entries.Count >= capacity)
            {
                return;
            }
        }

        _entries[domain] = new Entry(evidence, time.GetUtcNow() + lifetime);
    }

    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(pair);
            }
        }

        // Still full of live entries: drop the half that expires soonest rather than refuse new domains forever.
        if (_entries.Count >= capacity)
        {
            foreach (var pair in _entries.OrderBy(p => p.Value.ExpiresAt).Take(Math.Max(1, capacity / 2)).ToList())
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed record Entry(DnsEvidence Evidence, DateTimeOffset ExpiresAt);
}
