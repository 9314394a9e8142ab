using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// The production engines for rule cases: the screening <see cref="MarkIndex"/> and the <see cref="PageAnalyzer"/>,
/// configured from the rules' "screening" and "pages" sections: the same findings the production pipeline sees.
/// </summary>
public sealed class RuleCaseEngines : IRuleCaseEngines
{
    public static RuleCaseEngines Instance { get; } = new();

    public IDomainScreener CreateScreener(IReadOnlyList<Mark> marks, RuleSet rules) => new IndexScreener(MarkIndex.Build(marks, rules.Screening.ToOptions()));

    public IPageAnalyzer CreatePageAnalyzer(IReadOnlyList<Mark> marks, RuleSet rules) =>
        new Analyzer(new PageAnalyzer(marks, rules.Pages.ToOptions()));

    private sealed class IndexScreener(MarkIndex index) : IDomainScreener
    {
        public IReadOnlyList<DomainMatch> Screen(string domain) => index.Screen(domain);
    }

    private sealed class Analyzer(PageAnalyzer analyzer) : IPageAnalyzer
    {
        public IReadOnlyList<PageFinding> Analyze(string html, Uri url) => analyzer.Analyze(html, url);
    }
}
