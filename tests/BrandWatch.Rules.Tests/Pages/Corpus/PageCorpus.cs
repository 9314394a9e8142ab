using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages.Corpus;

/// <summary>The labelled pages of samples/pages, their portfolio, and the analyser's findings on each (computed once).</summary>
internal static class PageCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusPage>> LazyPages = new(Load);
    private static readonly Dictionary<string, IReadOnlyList<PageFinding>> Cache = [];

    public static string Folder { get; } = PageKit.SamplePath("pages");

    public static IReadOnlyList<Mark> Marks { get; } = PortfolioJson.Parse(File.ReadAllText(Path.Combine(Folder, "marks.json")), "marks.json").Marks;

    public static PageAnalyzer Analyzer { get; } = new(Marks, PageAnalysisOptions.Default);

    public static IReadOnlyList<CorpusPage> Pages => LazyPages.Value;

    public static CorpusPage Page(string name) => Pages.Single(p => p.Name == name);

    public static string Html(string name) => File.ReadAllText(Path.Combine(Folder, name + ".html"));

    public static IReadOnlyList<PageFinding> Findings(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var findings))
            {
                findings = Analyzer.Analyze(Html(name), Page(name).Url);
                Cache[name] = findings;
            }

            return findings;
        }
    }

    /// <summary>The distinct misuse findings (criterion:mark) of a page.</summary>
    public static IReadOnlySet<string> MisuseFound(string name) =>
        Findings(name).Where(f => CorpusPage.MisuseCriteria.Contains(f.Criterion)).Select(f => $"{f.Criterion}:{f.Mark ?? "-"}").ToHashSet(StringComparer.Ordinal);

    private static List<CorpusPage> Load()
    {
        var pages = new List<CorpusPage>();
        foreach (var html in Directory.GetFiles(Folder, "*.html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(html);
            var labelPath = Path.Combine(Folder, name + ".label");
            if (!File.Exists(labelPath))
            {
                throw new InvalidOperationException($"{name}.html has no {name}.label");
            }

            var (page, error) = CorpusPage.Parse(name, File.ReadAllText(labelPath));
            pages.Add(page ?? throw new InvalidOperationException(error));
        }

        return pages;
    }
}
