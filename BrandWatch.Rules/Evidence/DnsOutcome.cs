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
}
