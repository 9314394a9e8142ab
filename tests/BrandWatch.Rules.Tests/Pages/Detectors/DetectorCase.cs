namespace BrandWatch.Rules.Tests.Pages.Detectors;

/// <summary>
/// One row of the detector table: a page the detector fires on (the finding it must give and words of its
/// explanation), and a lawful near-miss of the same shape that it must not fire on.
/// </summary>
internal sealed record DetectorCase
{
    public required string Detector { get; init; }

    public required string Html { get; init; }

    public string Url { get; init; } = PageKit.Url.AbsoluteUri;

    public required string Criterion { get; init; }

    public required string? Mark { get; init; }

    /// <summary>Words the finding's reason must contain.</summary>
    public required string Reason { get; init; }

    public required string NearMiss { get; init; }

    public string? NearMissUrl { get; init; }
}
