namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>The "screening" section of the configuration, mapped onto the screening options.</summary>
public sealed record ScreeningRules
{
    public required IReadOnlyList<string> RiskyTerms { get; init; }

    public required IReadOnlyList<string> CorporateWords { get; init; }

    /// <summary>Domains never screened (exact registrable domains).</summary>
    public required IReadOnlyList<string> Exclusions { get; init; }

    public required double MinSimilarity { get; init; }
}
