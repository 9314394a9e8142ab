using BrandWatch.Rules.Marks;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Tests.Scoring;

namespace BrandWatch.Rules.Tests.RuleCases;

/// <summary>Reads the rule cases shipped in samples/rule-cases with the sample mark library.</summary>
internal static class ShippedCases
{
    public static string Folder { get; } = Path.Combine(RuleSetJsonTests.RepoRoot(), "samples", "rule-cases");

    public static IReadOnlyList<Mark> Library { get; } =
        PortfolioJson.Parse(File.ReadAllText(Path.Combine(RuleSetJsonTests.RepoRoot(), "samples", "marks.json")), "marks.json").Marks;

    /// <summary>The shipped cases: samples/rule-cases/*.json and the published decisions in decisions/.</summary>
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder, "*.json").Concat(Directory.GetFiles(Path.Combine(Folder, "decisions"), "*.json")).Order(StringComparer.Ordinal);

    public static RuleCase Load(string file, RuleSet? rules = null) =>
        RuleCaseJson.Parse(File.ReadAllText(file), Path.GetFileName(file), Sibling(Path.GetDirectoryName(file)!), Library, rules ?? RuleSetJson.Default);

    public static Func<string, string?> Sibling(string folder) => relative =>
    {
        var path = Path.Combine(folder, relative);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    };
}
