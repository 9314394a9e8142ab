using System.IO.Compression;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Turns a path into the sources of a feed: a plain text file, a <c>.gz</c> file, every text entry of a <c>.zip</c>,
/// or every such file in a folder (not recursive), all in ordinal name order so a cursor can resume across them.
/// </summary>
internal static class FeedFiles
{
    public static IReadOnlyList<FeedSource> Sources(string path, DecompressionLimit? limit = null)
    {
        limit ??= DecompressionLimit.Default;
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
            files.Sort(StringComparer.Ordinal);
            return files.SelectMany(f => SourcesOfFile(f, Path.GetFileName(f), limit)).ToList();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: feed file or folder not found", path);
        }

        return SourcesOfFile(path, Path.GetFileName(path), limit);
    }

    /// <summary>
    /// Reads every line of the sources after <paramref name="after"/>, each with the position that covers it and
    /// <paramref name="found"/> as the watch that found it (filed as the case's source).
    /// </summary>
    public static async IAsyncEnumerable<FeedItem> ReadAsync(IReadOnlyList<FeedSource> sources, FeedPosition after, CaseSource? found,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var order = string.CompareOrdinal(source.Name, after.Source);
            if (after.Source.Length > 0 && order < 0)
            {
                continue;
            }

            var skipThrough = order == 0 ? after.Line : 0;
            using var reader = source.Open();
            await foreach (var line in FeedLineReader.ReadAsync(reader, cancellationToken))
            {
                if (line.LineNumber <= skipThrough)
                {
                    continue;
                }

                yield return new FeedItem(source.Name, line, new FeedPosition(source.Name, line.LineNumber).ToString(), Found: found);
            }
        }
    }

    private static List<FeedSource> SourcesOfFile(string path, string name, DecompressionLimit limit)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var archive = ZipFile.OpenRead(path);
            var entries = archive.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).Select(e => e.FullName).ToList();
            entries.Sort(StringComparer.Ordinal);
            return entries.Select(entry => new FeedSource($"{name}/{entry}", () => OpenZipEntry(path, entry, limit))).ToList();
        }

        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return [new FeedSource(name, () => new StreamReader(limit.GZip(File.OpenRead(path), path), detectEncodingFromByteOrderMarks: true))];
        }

        return [new FeedSource(name, () => new StreamReader(File.OpenRead(path), detectEncodingFromByteOrderMarks: true))];
    }

    private static OwningStreamReader OpenZipEntry(string path, string entryName, DecompressionLimit limit)
    {
        var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry(entryName) ?? throw new FileNotFoundException($"{path}: entry {entryName} vanished");
        var where = $"{path}/{entryName}";
        var stream = limit.Bound(entry.Open(), entry.CompressedLength, where);
        if (entryName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = limit.GZip(stream, where);
        }

        return new OwningStreamReader(stream, archive);
    }

    /// <summary>A reader that also disposes the archive its entry stream came from.</summary>
    private sealed class OwningStreamReader(Stream stream, IDisposable owner) : StreamReader(stream, detectEncodingFromByteOrderMarks: true)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                owner.Dispose();
            }
        }
    }
}
