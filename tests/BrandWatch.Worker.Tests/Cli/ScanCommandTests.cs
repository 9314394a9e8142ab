using System.Text.Json;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Worker.Tests.Cli;

public sealed class ScanCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Marks => RepoPaths.Of("samples", "marks.json");

    private static string Feed => RepoPaths.Of("samples", "feeds", "newly-registered.txt");

    [Fact]
    public async Task Scan_SampleFiles_PrintsMatchTableAndSummary()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(Marks, Feed, output, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        var text = output.ToString();
        Assert.Contains("marks: 28 loaded, 0 rejected", text, StringComparison.Ordinal);
        Assert.Matches(@"domains: 30\d\d read, 3 rejected", text);
        Assert.Matches(@"matches: \d+ on \d+ domains \(combosquat", text);
        Assert.Matches(@"(?m)^paypa1\.com\s+paypal\s+homoglyph\s+0\.95", text);
        Assert.Matches(@"(?m)^myequifaz\.com\s+equifax\s+combosquat", text);
        Assert.Contains("newly-registered.txt:1502:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Jsonl_HomographOfFamousMarkOutranksMarkInsideOrdinaryWord()
    {
        var output = new StringWriter();

        await ScanCommand.RunAsync(Marks, Feed, output, TextWriter.Null, TestContext.Current.CancellationToken, format: "jsonl", minSimilarity: 0.3);

        var objects = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        int PriorityOf(string domain) => objects.First(o => o.GetProperty("domain").GetString() == domain).GetProperty("priority").GetInt32();
        Assert.True(PriorityOf("xn--pypal-4ve.com") > PriorityOf("pineapple-farm.com"),
            $"homograph {PriorityOf("xn--pypal-4ve.com")} vs pineapple {PriorityOf("pineapple-farm.com")}");
    }

    [Fact]
    public async Task Scan_Jsonl_OneObjectPerMatchWithContractFields()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(Marks, Feed, output, error, TestContext.Current.CancellationToken, format: "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 30, $"{lines.Length} matches");
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var o in objects)
        {
            foreach (var field in new[] { "domain", "unicode", "mark", "kind", "similarity", "explanation" })
            {
                Assert.True(o.TryGetProperty(field, out _), $"{field} missing in {o}");
            }
        }

        var homograph = Assert.Single(objects, o => o.GetProperty("domain").GetString() == "xn--pypal-4ve.com");
        Assert.Equal("pаypal.com", homograph.GetProperty("unicode").GetString());
        Assert.Equal("paypal", homograph.GetProperty("mark").GetString());
        Assert.Equal("homoglyph", homograph.GetProperty("kind").GetString());
        Assert.InRange(homograph.GetProperty("priority").GetInt32(), 1, 100);
        Assert.False(string.IsNullOrEmpty(homograph.GetProperty("action").GetString()));
        Assert.False(string.IsNullOrEmpty(homograph.GetProperty("ruleVersion").GetString()));
        Assert.Contains("domains: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(objects, o => o.GetProperty("domain").GetString() == "canadarugs.com");
    }

    [Fact]
    public async Task Scan_Csv_WritesHeaderAndQuotesExplanations()
    {
        var feed = _folder.File("feed.txt");
        await File.WriteAllTextAsync(feed, "pizzahut-deals-online.com\nexample.org\n", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await ScanCommand.RunAsync(Marks, feed, output, TextWriter.Null, TestContext.Current.CancellationToken, format: "csv");

        Assert.Equal(ExitCodes.Success, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("domain,unicode,mark,kind,similarity,label_form,added_words,inside_dictionary_word,explanation,priority,outcome,action", lines[0]);
        Assert.StartsWith("pizzahut-deals-online.com,pizzahut-deals-online.com,pizzahut,combosquat,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",deals online,false,\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Scan_MinSimilarity_DropsWeakMatches()
    {
        var feed = _folder.File("feed.txt");
        await File.WriteAllTextAsync(feed, "pineapple-farm.com\napple-id-verify.com\n", TestContext.Current.CancellationToken);
        var loose = new StringWriter();
        var strict = new StringWriter();
        var byDefault = new StringWriter();

        await ScanCommand.RunAsync(Marks, feed, loose, TextWriter.Null, TestContext.Current.CancellationToken, format: "jsonl", minSimilarity: 0.3);
        await ScanCommand.RunAsync(Marks, feed, strict, TextWriter.Null, TestContext.Current.CancellationToken, format: "jsonl", minSimilarity: 0.5);
        await ScanCommand.RunAsync(Marks, feed, byDefault, TextWriter.Null, TestContext.Current.CancellationToken, format: "jsonl");

        Assert.Contains("pineapple-farm.com", loose.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pineapple-farm.com", strict.ToString(), StringComparison.Ordinal);
        Assert.Contains("apple-id-verify.com", strict.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pineapple-farm.com", byDefault.ToString(), StringComparison.Ordinal);
        Assert.Contains("apple-id-verify.com", byDefault.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_MinSimilarityOutOfRange_ExitsBadInput()
    {
        var error = new StringWriter();

        var code = await ScanCommand.RunAsync(Marks, Feed, TextWriter.Null, error, TestContext.Current.CancellationToken, minSimilarity: 1.5);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--min-similarity", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_RejectedLines_SummarisedByReason()
    {
        var feed = _folder.File("feed.txt");
        await File.WriteAllTextAsync(feed, "-a-.com\n-b-.com\nxn--a.com\npaypal.shop\n", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await ScanCommand.RunAsync(Marks, feed, output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("domains: 1 read, 3 rejected", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("rejected 2: label '…' starts or ends with a hyphen", output.ToString(), StringComparison.Ordinal);
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

        var code = await ScanCommand.RunAsync(Marks, feed, TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
    }

    public void Dispose() => _folder.Dispose();
}
