namespace BrandWatch.Rules.Pages;

/// <summary>
/// A set of domains, each standing for itself and its subdomains, with ids attached (marks owning the domain, or
/// nothing for plain host lists). A lookup tries the host and each parent domain: a few hash probes, no scanning.
/// </summary>
internal sealed class HostSet
{
    private readonly Dictionary<string, List<int>> _domains = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public HostSet()
    {
        _lookup = _domains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public HostSet(IEnumerable<string> domains)
        : this()
    {
        foreach (var domain in domains)
        {
            Add(domain, -1);
        }
    }

    public void Add(string domain, int id)
    {
        var key = domain.Trim().TrimEnd('.');
        if (key.Length == 0)
        {
            return;
        }

        if (!_domains.TryGetValue(key, out var ids))
        {
            ids = [];
            _domains[key] = ids;
        }

        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    public bool Contains(ReadOnlySpan<char> host) => Find(host) is not null;

    /// <summary>The ids of the domain the host is on (the most specific one), or null.</summary>
    public List<int>? Find(ReadOnlySpan<char> host)
    {
        host = host.TrimEnd('.');
        while (host.Length > 0)
        {
            if (_lookup.TryGetValue(host, out var ids))
            {
                return ids;
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            host = host[(dot + 1)..];
        }

        return null;
    }

    /// <summary>The ids of every domain the host is on (itself and each parent domain).</summary>
    public List<int> OwnersOf(ReadOnlySpan<char> host)
    {
        var owners = new List<int>();
        host = host.TrimEnd('.');
        while (host.Length > 0)
        {
            if (_lookup.TryGetValue(host, out var ids))
            {
                owners.AddRange(ids);
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            host = host[(dot + 1)..];
        }

        return owners;
    }

    /// <summary>True when the host is on a domain registered under <paramref name="id"/>.</summary>
    public bool Owns(ReadOnlySpan<char> host, int id)
    {
        host = host.TrimEnd('.');
        while (host.Length > 0)
        {
            if (_lookup.TryGetValue(host, out var ids) && ids.Contains(id))
            {
                return true;
            }

            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            host = host[(dot + 1)..];
        }

        return false;
    }
}
