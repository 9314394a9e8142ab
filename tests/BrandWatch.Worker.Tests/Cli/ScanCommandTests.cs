using BrandWatch.Worker.Cli;

namespace BrandWatch.Worker.Tests.Cli;

public sealed class ScanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Scan_SampleFiles_ReportsWhatItRead()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(RepoPaths.Of("samples", "marks.json"), RepoPaths.Of("samples", "feeds", "newly-registered.txt"), output, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("marks: 28 loaded, 0 rejected", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"domains: 30\d\d read, 3 rejected", output.ToString());
        Assert.Contains("newly-registered.txt:1502:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MissingMarksFile_PrintsOneLineAndExitsBadInput()
    {
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(_folder.File("nope.json"), "-", TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {_folder.File("nope.json")}: file not found", error.ToString().Trim());
    }

    [Fact]
    public async Task Scan_FeedOfJunkOnly_ExitsBadInput()
    {
        var feed = _folder.File("junk.txt");
        await File.WriteAllBytesAsync(feed, [0x00, 0x01, 0x02, (byte)'\n', 0xFF, 0xFE, 0x00], TestContext.Current.CancellationToken);

        var code = await ScanCommand.RunAsync(RepoPaths.Of("samples", "marks.json"), feed, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
    }

    public void Dispose() => _folder.Dispose();
}
