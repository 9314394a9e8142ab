using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.RuleCases;

/// <summary>Analyses one page for the marks it was built for (the shape of Pages' PageAnalyzer).</summary>
public interface IPageAnalyzer
{
    IReadOnlyList<PageFinding> Analyze(string html, Uri url);
}
