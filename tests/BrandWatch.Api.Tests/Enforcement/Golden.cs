namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>Compares an output with a checked-in file; BRANDWATCH_REWRITE_GOLDEN=1 rewrites the file instead.</summary>
public static class Golden
{
    public static void Compare(string relativePath, string actual)
    {
        var path = RepoPaths.Of("tests", "BrandWatch.Api.Tests", relativePath);
        if (Environment.GetEnvironmentVariable("BRANDWATCH_REWRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} does not exist; run once with BRANDWATCH_REWRITE_GOLDEN=1 and review the file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
