using BrandWatch.Rules.Marks;

namespace BrandWatch.Benchmarks;

/// <summary>
/// Files of the repository (samples, data) for the benchmarks' setup. BenchmarkDotNet runs each benchmark in a
/// process of its own, built under this project's output folder, so the root is found by walking up to BrandWatch.sln.
/// </summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The 28 sample marks of samples/marks.json.</summary>
    public static IReadOnlyList<Mark> SampleMarks()
    {
        var path = Of("samples", "marks.json");
        return PortfolioJson.Parse(File.ReadAllText(path), path).Marks;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "BrandWatch.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("BrandWatch.sln not found above " + Environment.CurrentDirectory + " or " + AppContext.BaseDirectory);
    }
}
