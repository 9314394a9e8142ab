using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;
using BrandWatch.Rules.Tests.Domains;

namespace BrandWatch.Rules.Tests.Screening;

/// <summary>The index of the sample portfolio (samples/marks.json), built once for all screening tests.</summary>
internal static class SampleIndex
{
    private static readonly Lazy<Portfolio> LazyPortfolio = new(() => PortfolioJson.Parse(RepoData.Text("samples", "marks.json"), "samples/marks.json"));
    private static readonly Lazy<MarkIndex> LazyIndex = new(() => MarkIndex.Build(Portfolio.Marks, ScreeningOptions.Default));

    public static Portfolio Portfolio => LazyPortfolio.Value;

    public static MarkIndex Index => LazyIndex.Value;
}
