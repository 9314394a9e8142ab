namespace BrandWatch.Rules.Cases;

/// <summary>
/// A case whose site the takedown follow-up should look at again (<c>GET /api/takedowns/watch</c>): it has a report
/// under way (sent, acknowledged) or resolved, and its last look is old enough.
/// </summary>
public sealed record TakedownWatch
{
    public required long CaseId { get; init; }

    /// <summary>The mark's id: the page is analysed for it.</summary>
    public required string Mark { get; init; }

    /// <summary>The host name (a domain case) or URL (a page case).</summary>
    public required string Subject { get; init; }

    public required SubjectKind Kind { get; init; }

    /// <summary>The host name whose DNS is looked up.</summary>
    public required string Domain { get; init; }

    /// <summary>The pages the latest filing fetched (at most five), looked at again.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>
    /// True when the latest filing's pages showed the misuse (<see cref="SiteCheck.ShowsMisuse"/>): only then can a page
    /// that answers but no longer shows it count as gone.
    /// </summary>
    public bool ShowedMisuse { get; init; }

    /// <summary>True when an earlier look found the site gone: a live site now means it re-emerged.</summary>
    public bool Gone { get; init; }

    public DateTimeOffset? CheckedAt { get; init; }
}
