using System.Security.Cryptography;
using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Capture;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Capture;

/// <summary>
/// Captures against real servers: the loopback site over HTTP and HTTPS, dnsmasq for the DNS answers, and Debian's
/// Chromium for the screenshots (run .ci/install-test-deps when it is missing: these tests fail with that advice).
/// </summary>
public sealed class PageCapturerTests(LoopbackSiteServer site, DnsmasqFixture dns) : IClassFixture<LoopbackSiteServer>, IClassFixture<DnsmasqFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    private static IOptions<PageFetcherOptions> Fetcher => Options.Create(new PageFetcherOptions { AllowLoopback = true, TotalTimeout = TimeSpan.FromSeconds(20) });

    private static ChromiumScreenshots Screenshots(CaptureOptions options, ILogger<ChromiumScreenshots>? log = null) =>
        new(Options.Create(options), Fetcher, SystemHostAddressResolver.Instance, log ?? new CaptureLog<ChromiumScreenshots>());

    private static string Chromium()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(f => Path.Combine(f, "chromium")).FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException("Chromium is not installed: the screenshot tests drive Debian's chromium. Run .ci/install-test-deps.");
    }

    [Fact]
    public async Task DnsAnswers_NameTheResolverTheTimeAndEveryRecordAsZoneFileLines()
    {
        var capture = new DnsAnswerCapture(Options.Create(new DnsInspectorOptions { NameServers = [dns.NameServer] }), TimeProvider.System);

        var text = Encoding.UTF8.GetString(await capture.CaptureAsync("example.test", "BrandWatch.Worker tests", Ct));

        Assert.Contains("; DNS answers for example.test\n", text, StringComparison.Ordinal);
        Assert.Contains($"; resolvers asked: {dns.NameServer}", text, StringComparison.Ordinal);
        Assert.Matches(@"; captured \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z by BrandWatch\.Worker tests", text);
        Assert.Matches(@"(?m)^; A example\.test: NOERROR, 1 answer\(s\) from 127\.0\.0\.1:\d+$", text);
        Assert.Matches(@"(?m)^example\.test\.\s+\d+\s+IN\s+A\s+192\.0\.2\.1$", text);
        Assert.Matches(@"(?m)^example\.test\.\s+\d+\s+IN\s+AAAA\s+2001:db8::1$", text);
        Assert.Matches(@"(?m)^example\.test\.\s+\d+\s+IN\s+MX\s+10 mail\.example\.test\.$", text);
        Assert.Matches(@"(?m)^example\.test\.\s+\d+\s+IN\s+TXT\s+""v=spf1 ip4:192\.0\.2\.0/24 -all""$", text);
    }

    [Fact]
    public async Task DnsAnswers_OfANameThatDoesNotExist_SayNxDomain()
    {
        var capture = new DnsAnswerCapture(Options.Create(new DnsInspectorOptions { NameServers = [dns.NameServer] }), TimeProvider.System);

        var text = Encoding.UTF8.GetString(await capture.CaptureAsync("gone.test", "BrandWatch.Worker tests", Ct));

        Assert.Matches(@"(?m)^; A gone\.test: NXDOMAIN", text);
        Assert.DoesNotMatch(@"(?m)^gone\.test\.", text);
    }

    [Fact]
    public async Task Screenshot_OfATallLoopbackPage_IsAFullPagePngShowingItsTopAndBottom_AndNothingOffTheHostWasRequested()
    {
        var log = new CaptureLog<ChromiumScreenshots>();
        await using var screenshots = Screenshots(new CaptureOptions { ChromiumPath = Chromium(), ViewportWidth = 800, ViewportHeight = 600 }, log);

        var shot = await screenshots.CaptureAsync(site.HttpUrl("/painted"), Ct);

        Assert.True(shot.HasValue, string.Join(" | ", log.Lines.Select(l => l.Message)));
        var image = PngImage.Decode(shot.Value.Png);
        Assert.Equal(800, image.Width);
        Assert.Equal(LoopbackSiteServer.PaintedPageHeight, image.Height);
        Assert.Equal((255, 0, 0), image[400, LoopbackSiteServer.PaintedBandHeight / 2]);
        Assert.Equal((255, 255, 255), image[400, LoopbackSiteServer.PaintedPageHeight / 2]);
        Assert.Equal((0, 0, 255), image[400, LoopbackSiteServer.PaintedPageHeight - LoopbackSiteServer.PaintedBandHeight / 2]);
        Assert.StartsWith("Chromium ", shot.Value.Tool, StringComparison.Ordinal);
        Assert.True(site.Hits("/painted.css") >= 1);
        Assert.Equal(0, site.Hits("/beacon-name") + site.Hits("/beacon-fetch") + site.Hits("/beacon-socket"));
    }

    [Fact]
    public async Task Screenshot_TallerThanTheLimit_IsCutAtTheLimit()
    {
        await using var screenshots = Screenshots(new CaptureOptions { ChromiumPath = Chromium(), ViewportWidth = 640, ViewportHeight = 480, MaxScreenshotHeight = 1000 });

        var shot = await screenshots.CaptureAsync(site.HttpUrl("/painted"), Ct);

        Assert.NotNull(shot);
        var image = PngImage.Decode(shot.Value.Png);
        Assert.Equal((640, 1000), (image.Width, image.Height));
        Assert.Equal((255, 0, 0), image[10, 10]);
    }

    [Fact]
    public async Task Screenshot_OfAPageTheAddressGuardRefuses_IsNotTaken()
    {
        await using var screenshots = new ChromiumScreenshots(Options.Create(new CaptureOptions { ChromiumPath = Chromium() }),
            Options.Create(new PageFetcherOptions { AllowLoopback = false }), SystemHostAddressResolver.Instance, new CaptureLog<ChromiumScreenshots>());
        var before = site.Hits("/painted");

        var shot = await screenshots.CaptureAsync(site.HttpUrl("/painted"), Ct);

        Assert.Null(shot);
        Assert.Equal(before, site.Hits("/painted"));
    }

    [Fact]
    public async Task Screenshot_WithoutABrowser_IsOffAndSaysSoOnceInTheLog()
    {
        var log = new CaptureLog<ChromiumScreenshots>();
        await using var screenshots = Screenshots(new CaptureOptions { ChromiumPath = Path.Combine(_folder.Path, "no-chromium") }, log);

        var first = await screenshots.CaptureAsync(site.HttpUrl("/painted"), Ct);
        var second = await screenshots.CaptureAsync(site.HttpUrl("/"), Ct);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Null(screenshots.Executable);
        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal($"screenshots off: Capture:ChromiumPath {Path.Combine(_folder.Path, "no-chromium")} does not exist", line.Message);
    }

    [Fact]
    public async Task Capturer_OfANamedHost_ResolvesItThroughTheConfiguredServers_ForTheFetchTheDnsAnswersAndTheBrowser()
    {
        using var zone = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["shop-capture.test"] = "127.0.0.1" });
        var servers = Options.Create(new DnsInspectorOptions { NameServers = [$"127.0.0.1:{zone.Port}"], Timeout = TimeSpan.FromSeconds(2) });
        var resolver = new DnsHostAddressResolver(servers);
        var options = new CaptureOptions { Folder = _folder.File("named"), ChromiumPath = Chromium(), ViewportWidth = 800 };
        var store = new CaptureStore(Options.Create(options));
        await using var screenshots = new ChromiumScreenshots(Options.Create(options), Fetcher, resolver, new CaptureLog<ChromiumScreenshots>());
        var capturer = new PageCapturer(store, new DnsAnswerCapture(servers, TimeProvider.System), screenshots, Options.Create(options), TimeProvider.System, new CaptureLog<PageCapturer>());
        var url = new Uri($"http://shop-capture.test:{site.Http.Port}/painted");
        var page = await new SafePageFetcher(Fetcher, resolver: resolver).FetchAsync(url, Ct);

        var files = (await capturer.CaptureAsync([page], Ct))[0];

        Assert.Equal([CaptureKind.Warc, CaptureKind.DnsAnswers, CaptureKind.Screenshot], files.Select(f => f.Kind));
        var answers = Encoding.UTF8.GetString(await ReadAsync(store, files[1]));
        Assert.Matches(@"(?m)^shop-capture\.test\.\s+\d+\s+IN\s+A\s+127\.0\.0\.1$", answers);
        var image = PngImage.Decode(await ReadAsync(store, files[2]));
        Assert.Equal((255, 0, 0), image[100, 100]);
        var response = WarcReader.Read(await ReadAsync(store, files[0])).Single(r => r.Type == "response");
        Assert.Equal(url.AbsoluteUri, response["WARC-Target-URI"]);
    }

    private static async Task<byte[]> ReadAsync(CaptureStore store, CaptureFile file)
    {
        await using var stream = store.OpenRead(file.Sha256)!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    [Fact]
    public async Task Capturer_KeepsAWarcChainDnsAnswersAndScreenshotPerPage_InTheStoreUnderTheirHashes()
    {
        var options = new CaptureOptions { Folder = _folder.File("captures"), ChromiumPath = Chromium(), ScreenshotsPerSite = 1 };
        var store = new CaptureStore(Options.Create(options));
        await using var screenshots = Screenshots(options);
        var capturer = new PageCapturer(store, new DnsAnswerCapture(Options.Create(new DnsInspectorOptions { NameServers = [dns.NameServer] }), TimeProvider.System),
            screenshots, Options.Create(options), TimeProvider.System, new CaptureLog<PageCapturer>());
        var fetcher = new SafePageFetcher(Fetcher);
        var pages = new[] { await fetcher.FetchAsync(site.HttpsUrl("/painted"), Ct), await fetcher.FetchAsync(site.HttpUrl("/about"), Ct) };

        var files = await capturer.CaptureAsync(pages, Ct);

        Assert.Equal([CaptureKind.Warc, CaptureKind.CertificateChain, CaptureKind.Screenshot], files[0].Select(f => f.Kind));
        Assert.Equal([CaptureKind.Warc], files[1].Select(f => f.Kind)); // plain HTTP, an address host (no DNS), screenshots used up
        foreach (var file in files.SelectMany(f => f))
        {
            await using var stored = store.OpenRead(file.Sha256);
            Assert.NotNull(stored);
            using var copy = new MemoryStream();
            await stored.CopyToAsync(copy, Ct);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())));
            Assert.Equal(file.Bytes, copy.Length);
        }

        Assert.Equal("image/png", files[0][2].MediaType);
        Assert.Equal("application/warc", files[0][0].MediaType);
        Assert.StartsWith("BrandWatch.Worker ", files[0][0].Tool, StringComparison.Ordinal);
    }
}
