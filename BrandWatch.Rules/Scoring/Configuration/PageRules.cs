namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>The "pages" section of the configuration: phrases page analysis looks for (lower-case).</summary>
public sealed record PageRules
{
    public required IReadOnlyList<string> ForSaleMarkers { get; init; }

    public required IReadOnlyList<string> ShopMarkers { get; init; }

    public required IReadOnlyList<string> DisclosurePhrases { get; init; }

    public required IReadOnlyList<string> AttributionPhrases { get; init; }

    public required IReadOnlyList<string> ReviewTerms { get; init; }

    public required IReadOnlyList<string> CriticismTerms { get; init; }

    public required IReadOnlyList<string> AdMarkers { get; init; }

    public required IReadOnlyList<string> TarnishTerms { get; init; }

    /// <summary>Occurrences of a mark in metadata from which it is keyword stuffing (A11).</summary>
    public required int StuffingRepeats { get; init; }
}
