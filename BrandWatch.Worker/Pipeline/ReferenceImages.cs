using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages.Visual;
using BrandWatch.Worker.Crawling;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Decodes the portfolio's reference logos and favicons (files relative to the portfolio file, or data URLs) into the
/// fingerprints the page analysis compares with. A reference that cannot be read is reported and left out.
/// </summary>
internal static class ReferenceImages
{
    public static (List<VisualReference> References, List<string> Problems) Load(IReadOnlyList<Mark> marks, string? baseDirectory)
    {
        var references = new List<VisualReference>();
        var problems = new List<string>();
        foreach (var mark in marks)
        {
            foreach (var (kind, sources) in new[] { ("logo", mark.Logos), ("favicon", mark.Favicons) })
            {
                foreach (var source in sources)
                {
                    var (bytes, error) = Read(source, baseDirectory);
                    var (fingerprint, decodeError) = bytes is null ? (null, null) : ImageFingerprints.FromBytes(bytes);
                    if (fingerprint is null)
                    {
                        problems.Add($"mark \"{mark.Id}\": {kind} {ReferenceImage.Describe(source)}: {error ?? decodeError}");
                        continue;
                    }

                    references.Add(new VisualReference { MarkId = mark.Id, Kind = kind, Source = ReferenceImage.Describe(source), Fingerprint = fingerprint });
                }
            }
        }

        return (references, problems);
    }

    private static (byte[]? Bytes, string? Error) Read(string source, string? baseDirectory)
    {
        if (ReferenceImage.IsDataUrl(source))
        {
            return ReferenceImage.Decode(source) is { } decoded ? (decoded, null) : (null, "not a base64 image data URL");
        }

        if (baseDirectory is null)
        {
            return (null, "a file reference needs a portfolio file; the Api's portfolio carries data URLs");
        }

        var path = Path.GetFullPath(Path.Combine(baseDirectory, source));
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, $"file not found ({path})");
            }

            return info.Length > ReferenceImage.MaxBytes ? (null, "file larger than 1 MiB") : (File.ReadAllBytes(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}");
        }
    }
}
