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

    /// <summary>True for the results that say the site is gone.</summary>
    public static bool IsGone(SiteCheckResult result) =>
        result is SiteCheckResult.Nxdomain or SiteCheckResult.NoAddress or SiteCheckResult.NotAnswering or SiteCheckResult.PageRemoved or SiteCheckResult.MisuseRemoved;
}
