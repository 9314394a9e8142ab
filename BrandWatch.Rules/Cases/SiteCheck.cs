namespace BrandWatch.Rules.Cases;

/// <summary>
/// One look at a case's site by the takedown follow-up (<c>POST /api/cases/{id}/site-checks</c>): when it looked, what
/// it saw and a line of detail (the DNS outcome, the status, the findings still there).
/// </summary>
public sealed record SiteCheck
{
    public required DateTimeOffset CheckedAt { get; init; }

    public required SiteCheckResult Result { get; init; }

    public string? Detail { get; init; }

    /// <summary>
    /// True when a page finding shows the misuse a takedown is about: a finding tied to the case's mark (its name,
    /// logo or style on the page) or an illegal use (U1 phishing, U4 counterfeits, U8 malware). Parking, for-sale and
    /// passive-holding findings (U3, U6, U7) name no mark: a domain left parked shows no misuse of it.
    /// </summary>
    public static bool ShowsMisuse(Evidence.PageFinding finding, string markId) =>
        string.Equals(finding.Mark, markId, StringComparison.OrdinalIgnoreCase)
        || finding.Criterion is Evidence.Criteria.U1 or Evidence.Criteria.U4 or Evidence.Criteria.U8;

    /// <summary>True for the results that say the site is gone.</summary>
    public static bool IsGone(SiteCheckResult result) =>
        result is SiteCheckResult.Nxdomain or SiteCheckResult.NoAddress or SiteCheckResult.NotAnswering or SiteCheckResult.PageRemoved or SiteCheckResult.MisuseRemoved;
}
