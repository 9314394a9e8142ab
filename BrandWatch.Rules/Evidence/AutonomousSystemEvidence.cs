namespace BrandWatch.Rules.Evidence;

/// <summary>
/// The autonomous system that announces a network, from RDAP for autonomous system numbers (RFC 9083 autnum object):
/// its number, handle, name, holder and abuse contact. <see cref="Failure"/> says why it is unknown when the lookup did
/// not answer.
/// </summary>
public sealed record AutonomousSystemEvidence
{
    public required long Number { get; init; }

    public string? Handle { get; init; }
    public string? Name { get; init; }
    public string? Country { get; init; }

    /// <summary>The organisation the AS number is registered to (the registrant entity).</summary>
    public string? Holder { get; init; }

    public AbuseContact? Abuse { get; init; }

    /// <summary>The RDAP URL that answered, or was asked when it failed.</summary>
    public string? Server { get; init; }

    /// <summary>not-found | timeout | rate-limited | unavailable | malformed | no-service | refused; null when found.</summary>
    public string? Failure { get; init; }
}
