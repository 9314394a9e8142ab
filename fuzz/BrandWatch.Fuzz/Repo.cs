namespace BrandWatch.Fuzz;

/// <summary>The repository the fuzzer runs in: found by walking up to BrandWatch.sln.</summary>
internal sealed class Repo(string root)
{
    public string Root { get; } = root;

    public static Repo Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BrandWatch.sln")))
            {
                return new Repo(dir.FullName);
            }
        }

        throw new DirectoryNotFoundException("BrandWatch.sln not found above " + AppContext.BaseDirectory);
    }

    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public IEnumerable<byte[]> Files(string folder, string pattern) =>
        Directory.Exists(Path(folder))
            ? Directory.GetFiles(Path(folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)
            : [];

    public IEnumerable<string> FeedNames() =>
        File.ReadLines(Path("samples", "feeds", "newly-registered.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
