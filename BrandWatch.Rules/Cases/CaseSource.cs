namespace BrandWatch.Rules.Cases;

/// <summary>
/// Which watch found the subject of a filing. Part of the Api contract (kebab-case on the wire); absent in filings of
/// Workers that predate it.
/// </summary>
public enum CaseSource
{
    /// <summary>Content screening: the live page of a new domain, whatever its name.</summary>
    Content,
    /// <summary>A certificate-transparency log.</summary>
    Ct,
    /// <summary>A list of newly registered domains.</summary>
    Nrd,
    /// <summary>The difference of two zone files.</summary>
    Zone,
    /// <summary>A domain or URL a reviewer submitted.</summary>
    Submission,
}
