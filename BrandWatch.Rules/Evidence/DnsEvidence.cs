namespace BrandWatch.Rules.Evidence;

/// <summary>What DNS said about a domain at one moment.</summary>
public sealed record DnsEvidence
{
    public required string Domain { get; init; }
    public required DnsOutcome Outcome { get; init; }
    public DateTimeOffset ObservedAt { get; init; }
    public IReadOnlyList<string> A { get; init; } = [];
    public IReadOnlyList<string> Aaaa { get; init; } = [];
    public string? Cname { get; init; }
    public IReadOnlyList<string> NameServers { get; init; } = [];
    public IReadOnlyList<string> Mx { get; init; } = [];
    public IReadOnlyList<string> Txt { get; init; } = [];
    public string? Spf { get; init; }
    public string? Dmarc { get; init; }

    /// <summary>True when a random label under the domain also resolves (catch-all zone); null when not checked.</summary>
    public bool? Wildcard { get; init; }

    /// <summary>True when a name server is a known parking service; null when unknown.</summary>
    public bool? Parked { get; init; }

    /// <summary>The parking name-server suffix that matched (e.g. "sedoparking.com"); null when not parked.</summary>
    public string? ParkingService { get; init; }

    /// <summary>How each query ended, keyed by "TYPE name" (e.g. "MX example.com"), so a partial answer can be judged.</summary>
    public IReadOnlyDictionary<string, DnsOutcome> Queries { get; init; } = new Dictionary<string, DnsOutcome>();

    public bool HasWebHost => A.Count > 0 || Aaaa.Count > 0 || Cname is not null;

    public bool ReceivesMail => Mx.Count > 0;
}
