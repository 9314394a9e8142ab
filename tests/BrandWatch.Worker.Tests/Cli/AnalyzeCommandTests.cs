using System.Text.Json;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Worker.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Marks => RepoPaths.Of("samples", "marks.json");

    [Fact]
    public async Task Analyze_PhishingSample_PrintsFindingsAsJsonWithContractFieldNames()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await AnalyzeCommand.RunAsync(Marks, "http://paypa1.com/signin", RepoPaths.Of("samples", "sites", "phishing-paypa1-login.html"),
            TextReader.Null, output, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error.ToString());
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("http://paypa1.com/signin", json.RootElement.GetProperty("url").GetString());
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var login = findings.First(f => f.GetProperty("criterion").GetString() == "U1");
        Assert.Equal("paypal", login.GetProperty("mark").GetString());
        Assert.Contains("type=\"password\"", login.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("A form asks for password", login.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://paypa1-secure-verify.xyz/auth/collect.php", login.GetProperty("facts").GetProperty("action").GetString());
        Assert.Contains(findings, f => f.GetProperty("criterion").GetString() == "A10");
    }

    [Fact]
    public async Task Analyze_PageOnStandardInput_IsRead()
    {
        var output = new StringWriter();
        var input = new StringReader("<html><head><meta http-equiv=refresh content=\"0;url=https://www.wastequip.com/\"></head><body>Moved</body></html>");

        var code = await AnalyzeCommand.RunAsync(Marks, "http://wastequips.com/", "-", input, output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output.ToString());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("U5", finding.GetProperty("criterion").GetString());
        Assert.Equal("wastequip", finding.GetProperty("mark").GetString());
    }

    [Fact]
    public async Task Analyze_PageWithoutFindings_PrintsEmptyList()
    {
        var page = _folder.File("plain.html");
        await File.WriteAllTextAsync(page, "<html><body><p>Opening hours: 9 to 5.</p></body></html>", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await AnalyzeCommand.RunAsync(Marks, "https://bakery.example/", page, TextReader.Null, output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
    }

    [Theory]
    [InlineData("not a url", "error: --url: 'not a url' is not an absolute http or https URL")]
    [InlineData("/relative/path", "error: --url: '/relative/path' is not an absolute http or https URL")]
    [InlineData("ftp://files.example/x", "error: --url: 'ftp://files.example/x' is not an absolute http or https URL")]
    public async Task Analyze_BadUrl_PrintsOneLineAndExitsBadInput(string url, string message)
    {
        var error = new StringWriter();

        var code = await AnalyzeCommand.RunAsync(Marks, url, "-", new StringReader("<p>x</p>"), TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(message, error.ToString().Trim());
    }

    [Fact]
    public async Task Analyze_MissingHtmlFile_PrintsOneLineAndExitsBadInput()
    {
        var error = new StringWriter();
        var missing = _folder.File("missing.html");

        var code = await AnalyzeCommand.RunAsync(Marks, "https://x.example/", missing, TextReader.Null, TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {missing}: file not found", error.ToString().Trim());
    }

    [Fact]
    public async Task Analyze_EmptyStandardInput_ExitsBadInput()
    {
        var error = new StringWriter();

        var code = await AnalyzeCommand.RunAsync(Marks, "https://x.example/", "-", new StringReader(string.Empty), TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: standard input: empty page", error.ToString().Trim());
    }

    [Fact]
    public async Task Analyze_MissingMarksFile_ExitsBadInput()
    {
        var error = new StringWriter();
        var missing = _folder.File("marks.json");

        var code = await AnalyzeCommand.RunAsync(missing, "https://x.example/", "-", new StringReader("<p>x</p>"), TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"error: {missing}: file not found", error.ToString().Trim());
    }

    [Fact]
    public async Task Analyze_BinaryJunkFile_StillPrintsJson()
    {
        var page = _folder.File("junk.bin");
        await File.WriteAllBytesAsync(page, [0x00, 0xFF, 0xFE, 0x3C, 0x00, 0x80, 0x3E, 0x0A, 0xC3], TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var code = await AnalyzeCommand.RunAsync(Marks, "https://x.example/", page, TextReader.Null, output, TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
    }

    public void Dispose() => _folder.Dispose();
}
