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
        await foreach (var item in FeedFiles.ReadAsync(FeedFiles.Sources(path), FeedPosition.Parse(position), TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        return items;
    }

    public void Dispose() => _folder.Dispose();
}
