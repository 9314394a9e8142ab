using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PdfSharp.Fonts;

namespace BrandWatch.Api.Enforcement.Documents;

/// <summary>
/// Finds the fonts a PDF draft is embedded with: in <c>Enforcement:FontsFolder</c> first, then the system's font
/// folders. PDFsharp draws only TrueType outlines, so the search names TrueType files (DejaVu, Liberation, Noto,
/// FreeFont; Droid Sans Fallback for CJK), never the CFF-outlined Noto CJK collections.
/// </summary>
public sealed class DraftFonts(IOptions<EnforcementOptions> options)
{
    /// <summary>The Debian packages that provide the fonts, named in the error when none is found.</summary>
    public const string Packages = "fonts-dejavu-core (text) and fonts-droid-fallback (Chinese, Japanese, Korean)";

    private static readonly string[][] SansFamilies =
    [
        ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"],
        ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"],
        ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"],
        ["FreeSans.ttf", "FreeSansBold.ttf", "FreeSansOblique.ttf", "FreeSansBoldOblique.ttf"],
    ];

    private static readonly string[][] MonoFamilies =
    [
        ["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"],
        ["LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"],
        ["NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf"],
        ["FreeMono.ttf", "FreeMonoBold.ttf"],
    ];

    private static readonly string[] CjkFaces = ["DroidSansFallbackFull.ttf", "DroidSansFallback.ttf"];

    private static readonly string[] SystemFolders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    private readonly Lazy<(DraftFontSet? Set, string? Problem)> _found = new(() => Find(options.Value.FontsFolder));

    /// <summary>The fonts found, or why no PDF can be written (naming the packages to install).</summary>
    public (DraftFontSet? Set, string? Problem) Resolve()
    {
        InstallResolver();
        return _found.Value;
    }

    internal static (DraftFontSet? Set, string? Problem) Find(string? folder)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var root in new[] { folder }.Concat(SystemFolders))
        {
            if (string.IsNullOrWhiteSpace(root) || !Directory.Exists(root))
            {
                continue;
            }

            var found = Directory.EnumerateFiles(root, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive });
            foreach (var file in found.Order(StringComparer.Ordinal))
            {
                // The first folder that has a file wins: the configured one before the system's.
                files.TryAdd(Path.GetFileName(file), file);
            }
        }

        string? Get(string name) => files.GetValueOrDefault(name);
        var sans = SansFamilies.FirstOrDefault(f => Get(f[0]) is not null);
        var mono = MonoFamilies.FirstOrDefault(f => Get(f[0]) is not null);
        if (sans is null || mono is null)
        {
            var where = string.IsNullOrWhiteSpace(folder) ? "the system's font folders" : $"{folder} and the system's font folders";
            return (null, $"No {(sans is null ? "sans-serif" : "monospace")} TrueType font for PDF drafts was found in {where}; " +
                $"install {Packages}, or put DejaVuSans.ttf and DejaVuSansMono.ttf in Enforcement:FontsFolder.");
        }

        return (new DraftFontSet(Get(sans[0])!, Get(sans[1]), Get(sans[2]), Get(sans[3]), Get(mono[0])!, Get(mono[1]),
            CjkFaces.Select(Get).FirstOrDefault(f => f is not null)), null);
    }

    private static readonly Lock Installing = new();

    /// <summary>PDFsharp has one font resolver per process: ours takes a font file's path as the family name.</summary>
    private static void InstallResolver()
    {
        lock (Installing)
        {
            if (GlobalFontSettings.FontResolver is not PathFontResolver)
            {
                GlobalFontSettings.FontResolver = new PathFontResolver();
            }
        }
    }

    /// <summary>Resolves a family named by its file's path; asks PDFsharp to simulate the style when no styled file was found.</summary>
    private sealed class PathFontResolver : IFontResolver
    {
        private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            File.Exists(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

        public byte[]? GetFont(string faceName) => _bytes.GetOrAdd(faceName, File.ReadAllBytes);
    }
}
