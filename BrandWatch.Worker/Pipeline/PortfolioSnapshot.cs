using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// One version of the portfolio and the rule configuration, with the screener, page analyzer and scorer built for it.
/// The version is a hash of the marks, the rules and the screener's name.
/// </summary>
internal sealed record PortfolioSnapshot(string Version, Portfolio Portfolio, RuleSet Rules, MarkIndex Screener, PageAnalyzer Analyzer, Scorer Scorer)
{
    /// <summary>The portfolio context of each case, built the same way as everywhere else.</summary>
    public PortfolioContextBuilder Contexts { get; } = new(Portfolio.Marks);

    public Mark? Find(string markId) => Portfolio.Marks.FirstOrDefault(m => string.Equals(m.Id, markId, StringComparison.OrdinalIgnoreCase));
}
