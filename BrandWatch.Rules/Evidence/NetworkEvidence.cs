namespace BrandWatch.Rules.Evidence;

/// <summary>
/// The network that holds one A/AAAA address of the subject, from RDAP for IP addresses (RFC 9083 ip network
/// object): its handle, range, holder and abuse contact. <see cref="Failure"/> says why it is unknown when the lookup
/// did not answer (an expected outcome, not an error).
/// </summary>
public sealed record NetworkEvidence
{
    /// <summary>The address looked up, as DNS gave it.</summary>
    public required string Address { get; init; }

    public string? Handle { get; init; }
    public string? Name { get; init; }
    public string? StartAddress { get; init; }
    public string? EndAddress { get; init; }
    public string? Country { get; init; }

    /// <summary>The organisation the network is registered to (the registrant entity).</summary>
    public string? Holder { get; init; }

    public AbuseContact? Abuse { get; init; }

    /// <summary>
    /// The origin AS numbers the network's answer names (ARIN's <c>arin_originas0_originautnums</c>); null (not
    /// empty) when the registry does not say, so that filings from every other registry keep their bytes.
    /// </summary>
    public IReadOnlyList<long>? OriginAutnums { get; init; }

    /// <summary>The first origin AS looked up in RDAP for autnums; null when the answer named none.</summary>
    public AutonomousSystemEvidence? AutonomousSystem { get; init; }

    /// <summary>The RDAP URL that answered, or was asked when it failed.</summary>
    public string? Server { get; init; }

    /// <summary>not-found | timeout | rate-limited | unavailable | malformed | no-service | refused; null when found.</summary>
    public string? Failure { get; init; }
}
