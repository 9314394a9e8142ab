namespace BrandWatch.Rules.Tests.Domains;

/// <summary>Finds the repository's data/ and test data files from the test's output folder.</summary>
internal static class RepoData
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "BrandWatch.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BrandWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
