namespace BrandWatch.Rules.Evidence;

/// <summary>A fetched page and what its analysis found.</summary>
public sealed record PageEvidence
{
    public required string Url { get; init; }
    public string? FinalUrl { get; init; }
    public int? Status { get; init; }
    public string? Sha256 { get; init; }
    public DateTimeOffset? FetchedAt { get; init; }
    public IReadOnlyList<string> RedirectChain { get; init; } = [];

    /// <summary>The certificate of the final HTTPS response; null over plain HTTP or when none was seen.</summary>
    public ServerCertificateEvidence? Certificate { get; init; }
    public IReadOnlyList<PageFinding> Findings { get; init; } = [];

    /// <summary>The page's structural fingerprint (<see cref="Pages.PageTemplate"/>), by which campaigns meet; null when too small or not HTML.</summary>
    public string? Template { get; init; }

    /// <summary>Files captured with the page (WARC, certificate chain, DNS answers, screenshot); null when none were made.</summary>
    public IReadOnlyList<CaptureFile>? Captures { get; init; }
}
