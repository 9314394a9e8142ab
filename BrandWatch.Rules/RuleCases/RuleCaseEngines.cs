using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// The production engines for rule cases: the screening <see cref="MarkIndex"/> and the <see cref="PageAnalyzer"/>,
/// configured from the rules' "screening" and "pages" sections, plus the tarnishing check (D3) the analyser leaves out.
/// </summary>
public sealed class RuleCaseEngines : IRuleCaseEngines
{
    public static RuleCaseEngines Instance { get; } = new();

    public IDomainScreener CreateScreener(IReadOnlyList<Mark> marks, RuleSet rules) => new IndexScreener(MarkIndex.Build(marks, rules.Screening.ToOptions()));

    public IPageAnalyzer CreatePageAnalyzer(IReadOnlyList<Mark> marks, RuleSet rules) =>
        new AnalyzerWithTarnish(new PageAnalyzer(marks, rules.Pages.ToOptions()), rules.Pages.TarnishTerms);

    private sealed class IndexScreener(MarkIndex index) : IDomainScreener
    {
        public IReadOnlyList<DomainMatch> Screen(string domain) => index.Screen(domain);
    }

    private sealed class AnalyzerWithTarnish(PageAnalyzer analyzer, IReadOnlyList<string> tarnishTerms) : IPageAnalyzer
    {
        public IReadOnlyList<PageFinding> Analyze(string html, Uri url)
        {
            var findings = analyzer.Analyze(html, url);
            var term = TarnishScan.FirstTerm(html, tarnishTerms);
            return term is null ? findings :
            [
                .. findings,
                new PageFinding { Criterion = Criteria.D3, Evidence = term, Reason = $"The page carries adult or gambling content ('{term}')." },
            ];
        }
    }
}
