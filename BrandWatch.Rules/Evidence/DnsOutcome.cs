namespace BrandWatch.Rules.Evidence;

/// <summary>How a DNS lookup ended. Failures are values, not exceptions.</summary>
public enum DnsOutcome
{
    Resolved,
    NoData,
    NxDomain,
    ServFail,
    Refused,
    Timeout,
    Error,

    /// <summary>
    /// The resolver said the name has no records (NXDOMAIN or an empty answer), but a confirming resolver answered with
    /// records or could not be asked: "no DNS" is not established, so the look is unknown.
    /// </summary>
    Disputed,
}
