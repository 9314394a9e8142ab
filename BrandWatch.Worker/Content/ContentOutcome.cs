using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Pipeline;

namespace BrandWatch.Worker.Content;

/// <summary>What screening one domain's content came to: how to close it, why, how many pages, the cases to file and the portfolio they were found under.</summary>
internal sealed record ContentOutcome(ContentStatus Status, string Detail, int Pages, IReadOnlyList<WorkState> Cases, string? PortfolioVersion = null)
{
    /// <summary>Every page read, with all its findings (the cases carry only the filed marks'); empty when nothing was fetched.</summary>
    public IReadOnlyList<PageEvidence> Read { get; init; } = [];
}
