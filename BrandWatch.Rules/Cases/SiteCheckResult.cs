namespace BrandWatch.Rules.Cases;

/// <summary>What the takedown follow-up saw when it looked at a case's site again (kebab-case on the wire).</summary>
public enum SiteCheckResult
{
    /// <summary>The site answers and its page still shows the misuse.</summary>
    Live,

    /// <summary>The name does not exist any more (NXDOMAIN).</summary>
    Nxdomain,

    /// <summary>The name exists but has no A, AAAA or CNAME record.</summary>
    NoAddress,

    /// <summary>The address refuses or resets the connection.</summary>
    NotAnswering,

    /// <summary>The page answers 404, 410 or 451.</summary>
    PageRemoved,

    /// <summary>The page answers but no longer shows the mark or a use of it (phishing form, offer, …).</summary>
    MisuseRemoved,

    /// <summary>Nothing can be said (a DNS timeout, a server error, a fetch that timed out); gone and live stay as they were.</summary>
    Inconclusive,
}
