using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Scoring;

/// <summary>One case to score: a mark, the subject (a domain or a page URL), its matches and whatever evidence exists.</summary>
public sealed record ScoringInput
{
    public required Mark Mark { get; init; }

    /// <summary>The domain (ASCII or Unicode) or the page URL the case is about.</summary>
    public required string Subject { get; init; }

    /// <summary>Screening matches of the subject; those for other marks are ignored.</summary>
    public IReadOnlyList<DomainMatch> Matches { get; init; } = [];

    public CaseEvidence Evidence { get; init; } = new();

    public PortfolioContext Portfolio { get; init; } = PortfolioContext.Empty;
}
