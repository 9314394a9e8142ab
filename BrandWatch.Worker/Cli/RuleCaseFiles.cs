namespace BrandWatch.Worker.Cli;

/// <summary>
/// The case files of a rule-case folder: its *.json files and those of its subfolders (decisions/ …), except the
/// evidence folders whose files cases refer to (pages/, evidence/, sites/).
/// </summary>
internal static class RuleCaseFiles
{
    private static readonly HashSet<string> EvidenceFolders = new(StringComparer.OrdinalIgnoreCase) { "pages", "evidence", "sites" };

    public static string[] Find(string directory)
    {
        var files = new List<string>();
        Collect(directory, files);
        return files.Order(StringComparer.Ordinal).ToArray();
    }

    private static void Collect(string directory, List<string> files)
    {
        files.AddRange(Directory.GetFiles(directory, "*.json"));
        foreach (var folder in Directory.GetDirectories(directory))
        {
            if (!EvidenceFolders.Contains(Path.GetFileName(folder)))
            {
                Collect(folder, files);
            }
        }
    }
}
