using System.IO.Compression;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Tests.Feeds;

public sealed class FeedFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("list.txt")]
    [InlineData("list.txt.gz")]
    [InlineData("list.zip")]
    public async Task Read_EachFileFormat_YieldsEveryDomainInOrder(string name)
    {
        var path = _folder.File(name);
        WriteFeed(path, "# header", "alpha.com", "", "beta.net # trailing comment", "gamma.org");

        var domains = await ReadAllAsync(path, string.Empty);

        Assert.Equal(["alpha.com", "beta.net", "gamma.org"], domains.Select(d => d.Line.Text));
    }

    [Fact]
    public async Task Read_Folder_ReadsFilesInNameOrderAcrossFormats()
    {
        var folder = Path.Combine(_folder.Path, "nrd");
        Directory.CreateDirectory(folder);
        WriteFeed(Path.Combine(folder, "2026-01-02.txt.gz"), "second.com");
        WriteFeed(Path.Combine(folder, "2026-01-01.txt"), "first.com");
        WriteFeed(Path.Combine(folder, "2026-01-03.zip"), "third.com");

        var domains = await ReadAllAsync(folder, string.Empty);

        Assert.Equal(["first.com", "second.com", "third.com"], domains.Select(d => d.Line.Text));
    }

    [Fact]
    public async Task Read_FromStoredPosition_ResumesAfterTheLastHandledLine()
    {
        var folder = Path.Combine(_folder.Path, "nrd");
        Directory.CreateDirectory(folder);
        WriteFeed(Path.Combine(folder, "a.txt"), "a1.com", "a2.com");
        WriteFeed(Path.Combine(folder, "b.txt"), "b1.com", "b2.com", "b3.com");
        var all = await ReadAllAsync(folder, string.Empty);

        var resumed = await ReadAllAsync(folder, all[3].Position);

        Assert.Equal(["b3.com"], resumed.Select(d => d.Line.Text));
    }

    [Fact]
    public async Task Read_BinaryJunkLine_IsRejectedWithItsLineNumber()
    {
        var path = _folder.File("junk.txt");
        File.WriteAllText(path, "good.com\nbad\u0001line.com\n");

        var items = await ReadAllAsync(path, string.Empty);

        Assert.Null(items[0].Line.Rejection);
        Assert.Equal(2, items[1].Line.LineNumber);
        Assert.NotNull(items[1].Line.Rejection);
    }

    [Theory]
    [InlineData("bomb.txt.gz")]
    [InlineData("bomb.zip")]
    public async Task Read_CompressionBomb_StopsNamingTheFileInsteadOfExpandingItAll(string name)
    {
        // 48 MiB of one repeated line, compressed as tightly as deflate can (about 1,000 to 1); real lists compress 4-10 to 1.
        var path = _folder.File(name);
        WriteBomb(path, "same-name-again.com\n", 48 << 20);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAllAsync(path, string.Empty));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("MaxCompressionRatio", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ListExpandingPastTheConfiguredSize_IsRefusedAfterTheCap()
    {
        var path = _folder.File("big.txt.gz");
        WriteFeed(path, Enumerable.Range(0, 200_000).Select(i => $"brand-{i * 7919 % 1_000_003}-shop.com").ToArray());
        var limit = new DecompressionLimit(MaxBytes: 1 << 20, MaxRatio: 100);
        var items = new List<FeedItem>();

        var refused = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in FeedFiles.ReadAsync(FeedFiles.Sources(path, limit), FeedPosition.Parse(string.Empty), null, TestContext.Current.CancellationToken))
            {
                items.Add(item);
            }
        });

        Assert.Contains("MaxDecompressedBytes", refused.Message, StringComparison.Ordinal);
        Assert.InRange(items.Count, 1, (1 << 20) / "brand-0-shop.com\n".Length);
    }

    [Fact]
    public void Read_ZoneFileBomb_IsRefusedByTheZoneReaderToo()
    {
        var path = _folder.File("bomb.zone.gz");
        WriteBomb(path, "same IN NS ns1.example.net.\n", 48 << 20);

        using var reader = ZoneFileReader.Open(path);
        var refused = Assert.Throws<InvalidDataException>(() => ZoneFileReader.DelegatedNames(reader, "com").Count());

        Assert.Contains("MaxCompressionRatio", refused.Message, StringComparison.Ordinal);
    }

    private static void WriteBomb(string path, string line, int bytes)
    {
        var block = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(line, 65536 / line.Length)));
        using var file = File.Create(path);
        using var archive = path.EndsWith(".zip", StringComparison.Ordinal) ? new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true) : null;
        using var target = archive is null ? file : archive.CreateEntry("domains.txt", CompressionLevel.SmallestSize).Open();
        using var stream = archive is null ? new GZipStream(file, CompressionLevel.SmallestSize, leaveOpen: true) : target;
        for (var written = 0; written < bytes; written += block.Length)
        {
            stream.Write(block);
        }
    }

    internal static void WriteFeed(string path, params string[] lines)
    {
        var text = string.Join('\n', lines) + "\n";
        if (path.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
            using var writer = new StreamWriter(archive.CreateEntry("domains.txt").Open());
            writer.Write(text);
        }
        else if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            using var writer = new StreamWriter(gzip);
            writer.Write(text);
        }
        else
        {
            File.WriteAllText(path, text);
        }
    }

    private static async Task<List<FeedItem>> ReadAllAsync(string path, string position)
    {
        var items = new List<FeedItem>();
        await foreach (var item in FeedFiles.ReadAsync(FeedFiles.Sources(path), FeedPosition.Parse(position), null, TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    public void Dispose() => _folder.Dispose();
}
