using System.Globalization;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Filing;

public sealed class ScanFileToTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ScanFileTo_RunTwice_FilesEachCaseOnceAndReportsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["paypal-login.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" });
        await using var api = await CaseApiServer.StartAsync();
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, "paypal-login.com", "paypall.com", "quiet-garden.org");
        string[] settings =
        [
            $"Dns:NameServers:0=127.0.0.1:{dns.Port}", $"Pipeline:WebPort={sites.Address.Port.ToString(CultureInfo.InvariantCulture)}",
            "Fetcher:AllowLoopback=true", "Crawler:DelayPerHost=00:00:00", "Pipeline:LookupRegistration=false", "Pipeline:FileMinimumOutcome=Unlikely",
        ];
        var first = new StringWriter();
        var second = new StringWriter();

        var firstCode = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), feed, api.Address.AbsoluteUri, api.Key, _folder.File("state"), TimeSpan.FromMinutes(2), settings, first, TextWriter.Null, ct);
        var secondCode = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), feed, api.Address.AbsoluteUri, api.Key, _folder.File("state"), TimeSpan.FromMinutes(2), settings, second, TextWriter.Null, ct);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (firstCode, secondCode));
        Assert.Contains("domains: 3 read, 0 rejected, 0 already screened, 3 screened, 2 new cases", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("cases: 2 filed into", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("domains: 0 read", second.ToString(), StringComparison.Ordinal);
        Assert.Contains("cases: 0 filed into", second.ToString(), StringComparison.Ordinal);
        // paypal-login.com's page asks for PayPal credentials: a phishing case about that page, not a domain case.
        Assert.Equal(
            [($"http://paypal-login.com:{sites.Address.Port.ToString(CultureInfo.InvariantCulture)}/", BrandWatch.Rules.Cases.SubjectKind.Phishing), ("paypall.com", BrandWatch.Rules.Cases.SubjectKind.Domain)],
            api.Cases.Select(c => (c.Filing.Subject, c.Filing.Kind)).OrderBy(c => c.Subject, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false, 0, 0)]
    [InlineData(true, 1, 1)]
    public async Task ScanFileTo_ContentFlag_AloneFetchesUnmatchedSitesAndFilesTheImitation(bool content, int homeFetches, int phishingCases)
    {
        var ct = TestContext.Current.CancellationToken;
        const string imitation = "account-resolution-centre.com";
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { [imitation] = "127.0.0.1" });
        await using var sites = await ContentSites.StartAsync(new Dictionary<string, IReadOnlyDictionary<string, string>> { [imitation] = ContentSites.Imitation });
        await using var api = await CaseApiServer.StartAsync();
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, imitation, "quiet-garden.org");
        string[] settings =
        [
            $"Dns:NameServers:0=127.0.0.1:{dns.Port}", $"Pipeline:WebPort={sites.Address.Port.ToString(CultureInfo.InvariantCulture)}",
            "Fetcher:AllowLoopback=true", "Pipeline:LookupRegistration=false", "Pipeline:FileMinimumOutcome=Unlikely", "Content:FetchesPerSecond=100",
        ];
        var output = new StringWriter();

        var code = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), feed, api.Address.AbsoluteUri, api.Key, _folder.File("state"),
            TimeSpan.FromMinutes(2), settings, output, TextWriter.Null, ct, content);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(homeFetches, sites.Hits(imitation));
        Assert.Equal(phishingCases, api.Cases.Count(c => c.Filing.Kind == BrandWatch.Rules.Cases.SubjectKind.Phishing && c.Filing.Source == BrandWatch.Rules.Cases.CaseSource.Content));
        Assert.Equal(content, output.ToString().Contains("content: 1 with page cases, 0 screened without, 1 not fetched, 0 still pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanFileTo_OwnersOwnDomain_IsListedWithItsEvidenceAndNotFiled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(
            new Dictionary<string, string>(),
            nameServers: new Dictionary<string, string[]> { ["paypal.com"] = ["ns1.paypal.com"], ["paypal-wallet.com"] = ["ns1.paypal.com"] });
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, "paypal-wallet.com", "paypall.com");
        string[] settings =
        [
            $"Dns:NameServers:0=127.0.0.1:{dns.Port}", $"Pipeline:WebPort={sites.Address.Port.ToString(CultureInfo.InvariantCulture)}",
            "Fetcher:AllowLoopback=true", "Pipeline:LookupRegistration=false", "Pipeline:FileMinimumOutcome=Unlikely",
        ];
        var output = new StringWriter();

        var code = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), feed, api.Address.AbsoluteUri, api.Key, _folder.File("state"), TimeSpan.FromMinutes(2), settings, output, TextWriter.Null, ct);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("1 the owner's own, 0 still open", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("owner-domain: paypal-wallet.com (paypal) by name-servers: name server ns1.paypal.com of paypal-wallet.com also serves paypal.com", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(["paypall.com"], api.Cases.Select(c => c.Filing.Subject));
    }

    [Fact]
    public async Task ScanFileTo_NotAnHttpUrl_PrintsOneLineAndExitsBadInput()
    {
        var error = new StringWriter();

        var code = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), RepoPaths.Of("samples", "feeds", "newly-registered.txt"),
            "ftp://127.0.0.1/", "bw_key", _folder.File("state"), TimeSpan.FromSeconds(1), [], TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("error: --file-to ftp://127.0.0.1/: expected the Api's absolute http(s) base URL", error.ToString().Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/", "00:00:01")]
    [InlineData("not a url", "00:00:01")]
    public async Task ScanCommandLine_FileToAndWait_AreParsedWithoutAStackTrace(string url, string wait)
    {
        var command = ScanCommand.Create();
        string[] args = ["--marks", RepoPaths.Of("samples", "marks.json"), "--domains", RepoPaths.Of("samples", "feeds", "newly-registered.txt"),
            "--file-to", url, "--api-key", "", "--wait", wait, "--state", _folder.File("state")];

        var parse = command.Parse(args);
        var code = await parse.InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(parse.Errors);
        Assert.Equal(ExitCodes.BadInput, code);
    }

    [Fact]
    public async Task ScanFileTo_NoKey_PrintsOneLineAndExitsBadInput()
    {
        var error = new StringWriter();

        var code = await ScanFileTo.RunAsync(RepoPaths.Of("samples", "marks.json"), RepoPaths.Of("samples", "feeds", "newly-registered.txt"),
            "http://127.0.0.1:9/", null, _folder.File("state"), TimeSpan.FromSeconds(1), [], TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: --file-to needs an API key: BRANDWATCH_API_KEY, --api-key-file FILE or --api-key", error.ToString().Trim());
    }

    [Fact]
    public async Task ResolveKey_FromTheEnvironment_IsUsedWithoutAWarning()
    {
        var error = new StringWriter();

        var key = await ScanFileTo.ResolveKeyAsync(null, null, "bw_from_env", error, TestContext.Current.CancellationToken);

        Assert.Equal("bw_from_env", key);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task ResolveKey_FromAFile_IsReadAndTrimmedAndWinsOverTheEnvironment()
    {
        var file = _folder.File("worker.key");
        await File.WriteAllTextAsync(file, "  bw_from_file\n", TestContext.Current.CancellationToken);
        var error = new StringWriter();

        var key = await ScanFileTo.ResolveKeyAsync(null, file, "bw_from_env", error, TestContext.Current.CancellationToken);

        Assert.Equal("bw_from_file", key);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task ResolveKey_OnTheCommandLine_StillWorksButWarnsThatItShowsInTheProcessList()
    {
        var error = new StringWriter();

        var key = await ScanFileTo.ResolveKeyAsync("bw_on_command_line", null, null, error, TestContext.Current.CancellationToken);

        Assert.Equal("bw_on_command_line", key);
        Assert.StartsWith("warning: --api-key is visible to every user of this machine (ps)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveKey_FileMissing_PrintsOneLineNamingIt()
    {
        var error = new StringWriter();
        var file = _folder.File("absent.key");

        var key = await ScanFileTo.ResolveKeyAsync(null, file, "bw_from_env", error, TestContext.Current.CancellationToken);

        Assert.Null(key);
        Assert.Equal($"error: --api-key-file {file}: file not found", error.ToString().Trim());
    }

    public void Dispose() => _folder.Dispose();
}
