using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Pipeline;

/// <summary>One version of the portfolio with the screener built for it. The version is a hash of the portfolio text and the screener.</summary>
internal sealed record PortfolioSnapshot(string Version, Portfolio Portfolio, IDomainScreener Screener)
{
    public Mark? Find(string markId) => Portfolio.Marks.FirstOrDefault(m => string.Equals(m.Id, markId, StringComparison.OrdinalIgnoreCase));
}
