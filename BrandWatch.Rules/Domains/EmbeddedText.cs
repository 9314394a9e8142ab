using System.Reflection;

namespace BrandWatch.Rules.Domains;

/// <summary>Reads the reference data files embedded in this assembly (linked from ../data in the project file).</summary>
internal static class EmbeddedText
{
    public static string Read(string name)
    {
        var assembly = typeof(EmbeddedText).Assembly;
        using var stream = assembly.GetManifestResourceStream("BrandWatch.Rules." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
