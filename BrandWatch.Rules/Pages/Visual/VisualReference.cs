namespace BrandWatch.Rules.Pages.Visual;

/// <summary>One of a mark's reference logos or favicons (from the portfolio), decoded by the host.</summary>
public sealed record VisualReference
{
    public required string MarkId { get; init; }

    /// <summary>"logo" or "favicon".</summary>
    public required string Kind { get; init; }

    /// <summary>How the portfolio names it: the file name, or "data URL (N bytes)".</summary>
    public required string Source { get; init; }

    public required ImageFingerprint Fingerprint { get; init; }
}
