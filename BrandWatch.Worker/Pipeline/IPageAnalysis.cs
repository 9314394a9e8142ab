using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Finds a mark's use in a fetched page (the Rules PageAnalyzer once on main).</summary>
internal interface IPageAnalysis
{
    IReadOnlyList<PageFinding> Analyze(string html, Uri url, Mark mark);
}
