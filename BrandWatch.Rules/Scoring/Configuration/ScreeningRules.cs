using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>The "screening" section of the configuration, mapped onto <see cref="ScreeningOptions"/>.</summary>
public sealed record ScreeningRules
{
    public required IReadOnlyList<string> RiskyTerms { get; init; }

    public required IReadOnlyList<string> CorporateWords { get; init; }

    /// <summary>Per mark id: domains, labels or words never flagged against that mark.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; }

    public required double MinSimilarity { get; init; }

    public ScreeningOptions ToOptions() => ScreeningOptions.Default with
    {
        RiskyTerms = RiskyTerms,
        CorporateWords = CorporateWords,
        Exclusions = Exclusions,
        MinSimilarity = MinSimilarity,
    };
}
