using System.Security.Cryptography;
using BrandWatch.Rules.Evidence;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// The Worker's folder of captured files, each named by its SHA-256 (<c>ab/abcdef…</c>): identical files are kept once,
/// a file is written to a temporary name and renamed only when complete, and a crash never leaves half a file under a
/// hash. The filer uploads from here; the purge job deletes files older than <see cref="CaptureOptions.KeepFor"/>.
/// </summary>
internal sealed class CaptureStore
{
    private readonly string _root;

    public CaptureStore(IOptions<CaptureOptions> options)
    {
        _root = Path.GetFullPath(options.Value.Folder);
    }

    public string Root => _root;

    public async Task<CaptureFile> SaveAsync(byte[] bytes, CaptureKind kind, string mediaType, DateTimeOffset capturedAt, string tool, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = PathOf(sha);
        if (File.Exists(path))
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // captured again: kept for another KeepFor from now
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // PathOf always has a folder
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary); // the same bytes arrived from another capture meanwhile
            }
        }

        return new CaptureFile { Kind = kind, Sha256 = sha, Bytes = bytes.LongLength, MediaType = mediaType, CapturedAt = capturedAt, Tool = tool };
    }

    /// <summary>The file's bytes as a stream, or null when the Worker no longer has it.</summary>
    public Stream? OpenRead(string sha256) =>
        IsHash(sha256) && File.Exists(PathOf(sha256)) ? new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous) : null;

    /// <summary>Deletes files (and leftovers of interrupted writes) last written before <paramref name="before"/>.</summary>
    public int Purge(DateTimeOffset before)
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) < before.UtcDateTime)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    private string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256);

    private static bool IsHash(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);
}
