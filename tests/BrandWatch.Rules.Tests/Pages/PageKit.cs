using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>The sample portfolio, one shared analyser, and small builders for HTML-in, findings-out tests.</summary>
internal static class PageKit
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<Mark> Marks { get; } = PortfolioJson.Parse(File.ReadAllText(Path.Combine(Root, "samples", "marks.json")), "marks.json").Marks;

    public static PageAnalyzer Analyzer { get; } = new(Marks, PageAnalysisOptions.Default);

    public static Uri Url { get; } = new("https://lookalike.example/offers/index.html");

    public static IReadOnlyList<PageFinding> Analyze(string html, string? url = null) => Analyzer.Analyze(html, url is null ? Url : new Uri(url));

    /// <summary>A whole document around a head and a body fragment.</summary>
    public static string Page(string body, string head = "", string title = "Weekly offers") =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>{head}</head><body>{body}</body></html>";

    public static IEnumerable<PageFinding> Of(this IReadOnlyList<PageFinding> findings, string criterion, string? mark) =>
        findings.Where(f => f.Criterion == criterion && f.Mark == mark);

    public static string Describe(this IReadOnlyList<PageFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Criterion} {f.Mark}: {f.Reason} [{string.Join(", ", f.Facts.Select(p => p.Key + "=" + p.Value))}]"));

    public static string SamplePath(params string[] parts) => Path.Combine([Root, "samples", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BrandWatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BrandWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
