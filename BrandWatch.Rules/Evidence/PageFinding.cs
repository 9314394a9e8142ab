namespace BrandWatch.Rules.Evidence;

/// <summary>One thing a page shows about a mark, with the fragment that proves it.</summary>
public sealed record PageFinding
{
    /// <summary>Criterion id (A8–A12, U1, U3–U6, X4, X8, X9 …), see <see cref="Criteria"/>.</summary>
    public required string Criterion { get; init; }

    /// <summary>The mark's id; null for findings not tied to one mark (parking, for-sale).</summary>
    public string? Mark { get; init; }

    /// <summary>The HTML fragment or text that shows it.</summary>
    public required string Evidence { get; init; }

    public required string Reason { get; init; }

    /// <summary>Extra structured facts (e.g. "target" URL of a deep link, "ads" count).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}
