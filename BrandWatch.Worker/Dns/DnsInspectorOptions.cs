using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Dns;

/// <summary>Settings of <see cref="DnsInspector"/>, bound from the "Dns" configuration section.</summary>
public sealed class DnsInspectorOptions
{
    /// <summary>Name servers as "address" or "address:port" ("[v6]:port" for IPv6); empty uses the system resolvers.</summary>
    public IList<string> NameServers { get; init; } = [];

    /// <summary>
    /// Independent resolvers that must agree before a name counts as having no DNS: when the name servers above answer
    /// NXDOMAIN or nothing, these are asked for its A and AAAA records, and unless they too find none the outcome is
    /// <c>disputed</c> (unknown, never gone). Empty: the first answer stands. Use resolvers of another operator than
    /// <see cref="NameServers"/>, so that one operator's stale or filtered view cannot make a live site look gone.
    /// </summary>
    public IList<string> ConfirmingNameServers { get; init; } = [];

    /// <summary>How long one query waits for an answer before it is retried or given up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries of a query that timed out (DnsClient's own retry loop, bounded).</summary>
    [Range(0, 5)]
    public int Retries { get; set; } = 1;

    /// <summary>Query a random label under the domain to detect catch-all (wildcard) zones.</summary>
    public bool DetectWildcard { get; set; } = true;

    /// <summary>Domains cached at once; 0 disables the cache.</summary>
    [Range(0, 1_000_000)]
    public int CacheCapacity { get; set; } = 4096;

    /// <summary>Upper bound on how long an answer is cached, whatever its TTL says.</summary>
    public TimeSpan MaximumCacheTime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an NXDOMAIN or empty answer is cached (failures such as timeouts are never cached).</summary>
    public TimeSpan NegativeCacheTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Name-server suffixes of parking and domain-sale services; a domain delegated to one is parked.</summary>
    public IList<string> ParkingNameServers { get; init; } =
    [
        "sedoparking.com",
        "parkingcrew.net",
        "bodis.com",
        "above.com",
        "parklogic.com",
        "dan.com",
        "afternic.com",
        "undeveloped.com",
        "parkpage.foundationapi.com",
        "uniregistrymarket.link",
        "namebrightdns.com",
        "ztomy.com",
    ];
}
