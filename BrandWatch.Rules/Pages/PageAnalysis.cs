using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Pages;

/// <summary>What one parse of a page yields: the findings, and the page's structural fingerprint (<see cref="PageTemplate"/>).</summary>
public sealed record PageAnalysis(IReadOnlyList<PageFinding> Findings, string? Template)
{
    public static PageAnalysis None { get; } = new([], null);
}
