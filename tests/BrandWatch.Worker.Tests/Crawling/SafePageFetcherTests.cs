using System.Globalization;
using System.Security.Cryptography;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Crawling;

public sealed class SafePageFetcherTests(LoopbackSiteServer site) : IClassFixture<LoopbackSiteServer>
{
    private const int Cap = 2 * 1024 * 1024;
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Fetch_NormalPage_RecordsStatusHeadersBodyAndHash()
    {
        var result = await Fetch(site.HttpUrl("/"));

        Assert.Equal(FetchError.None, result.Error);
        Assert.Equal(200, result.Status);
        Assert.True(result.Succeeded);
        Assert.Equal(site.HttpUrl("/").AbsoluteUri, result.FinalUrl);
        Assert.Equal("text/html", result.ContentType);
        Assert.Equal("brandwatch-test-site", result.Headers["X-Served-By"]);
        Assert.Equal(LoopbackSiteServer.HomePage, result.Body);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(LoopbackSiteServer.HomePage)), result.Sha256);
        Assert.Contains("<title>PayPa1 Secure – Account Centre</title>", result.Text, StringComparison.Ordinal);
        Assert.False(result.Truncated);
        Assert.Empty(result.RedirectChain);
        Assert.Null(result.Certificate);
        Assert.Equal(Start, result.FetchedAt);
    }

    [Fact]
    public async Task Fetch_RedirectChain_FollowedByHandAndRecorded()
    {
        var result = await Fetch(site.HttpUrl("/chain/3"));

        Assert.Equal(200, result.Status);
        Assert.Equal(site.HttpUrl("/final").AbsoluteUri, result.FinalUrl);
        Assert.Equal(
            [(site.HttpUrl("/chain/3").AbsoluteUri, 301), (site.HttpUrl("/chain/2").AbsoluteUri, 302), (site.HttpUrl("/chain/1").AbsoluteUri, 307)],
            result.RedirectChain.Select(h => (h.Url, h.Status)));
        Assert.Equal("/final", result.RedirectChain[^1].Location);
        Assert.Contains("you arrived", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_EndlessRedirects_StopsAfterTheFifth()
    {
        var result = await Fetch(site.HttpUrl("/loop/100"));

        Assert.Equal(FetchError.TooManyRedirects, result.Error);
        Assert.Equal(302, result.Status);
        Assert.Equal(6, result.RedirectChain.Count);
        Assert.Equal(1, site.Hits("/loop/105"));
        Assert.Equal(0, site.Hits("/loop/106"));
    }

    [Theory]
    [InlineData("http://10.0.0.1/admin", "private (10.0.0.0/8)")]
    [InlineData("http://192.168.1.1/", "private (192.168.0.0/16)")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local (169.254.0.0/16)")]
    [InlineData("http://[::ffff:10.0.0.1]/", "IPv4-mapped private (10.0.0.0/8)")]
    [InlineData("http://[fe80::1]/", "link-local (fe80::/10)")]
    [InlineData("http://[fd00::1]/", "unique local (fc00::/7)")]
    [InlineData("http://0.0.0.0:8080/", "unspecified")]
    [InlineData("http://224.0.0.1/", "multicast (224.0.0.0/4)")]
    public async Task Fetch_RedirectToForbiddenAddress_RefusedBeforeConnecting(string target, string reason)
    {
        var result = await Fetch(site.HttpUrl("/redirect-to?target=" + Uri.EscapeDataString(target)));

        Assert.Equal(FetchError.BlockedAddress, result.Error);
        Assert.Contains(reason, result.ErrorDetail, StringComparison.Ordinal);
        Assert.Equal(new Uri(target).AbsoluteUri, result.FinalUrl);
        Assert.Single(result.RedirectChain);
        Assert.Null(result.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fetch_LoopbackWithoutAllowance_Refused(bool byName)
    {
        var url = byName ? new Uri($"http://localhost:{site.Http.Port}/") : site.HttpUrl("/");

        var result = await Fetch(url, o => o.AllowLoopback = false);

        Assert.Equal(FetchError.BlockedAddress, result.Error);
        Assert.Contains("loopback", result.ErrorDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_GzipBomb_StopsAtCapCountedAfterDecompression()
    {
        var before = site.Hits("/gzip-bomb");

        var result = await Fetch(site.HttpUrl("/gzip-bomb"));

        Assert.Equal(200, result.Status);
        Assert.True(result.Truncated);
        Assert.Equal(Cap, result.Body.Length);
        Assert.True(site.BombCompressedBytes < Cap, "the bomb must be small on the wire for the test to mean something");
        Assert.Equal(before + 1, site.Hits("/gzip-bomb"));
    }

    [Theory]
    [InlineData(3 * 1024 * 1024, Cap, true)]
    [InlineData(Cap, Cap, false)]
    [InlineData(1000, 1000, false)]
    public async Task Fetch_LargePage_CutAtCap(int served, int kept, bool truncated)
    {
        var result = await Fetch(site.HttpUrl("/big/" + served.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(kept, result.Body.Length);
        Assert.Equal(truncated, result.Truncated);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(result.Body)), result.Sha256);
    }

    [Fact]
    public async Task Fetch_SlowServer_EndsAsTimeout()
    {
        var result = await Fetch(site.HttpUrl("/slow"), o => o.TotalTimeout = TimeSpan.FromMilliseconds(800));

        Assert.Equal(FetchError.Timeout, result.Error);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Fetch_CookieSetOnRedirect_NeverSentBack()
    {
        var result = await Fetch(site.HttpUrl("/set-cookie"));

        Assert.Equal(200, result.Status);
        Assert.Contains("cookie=(none)", result.Text, StringComparison.Ordinal);
        Assert.Single(result.RedirectChain);
    }

    [Fact]
    public async Task Fetch_SendsTheConfiguredHonestUserAgent()
    {
        var result = await Fetch(site.HttpUrl("/echo"), o => o.UserAgent = "BrandWatchBot/9.9 (+https://brandwatch.invalid/bot)");

        Assert.Contains("ua=BrandWatchBot/9.9 (+https://brandwatch.invalid/bot)", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/latin1", "Café de la Paix")]
    [InlineData("/cyrillic-meta", "заландо")]
    public async Task Fetch_LegacyCharset_DecodedFromHeaderOrMetaTag(string path, string expected)
    {
        var result = await Fetch(site.HttpUrl(path));

        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_BinaryContent_KeepsBytesWithoutText()
    {
        var result = await Fetch(site.HttpUrl("/image"));

        Assert.Equal("image/png", result.ContentType);
        Assert.Equal(8, result.Body.Length);
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task Fetch_HttpsWithSelfSignedCertificate_RecordsCertificateAndStillFetches()
    {
        var result = await Fetch(site.HttpsUrl("/"));

        Assert.Equal(200, result.Status);
        var certificate = Assert.IsType<CertificateDetails>(result.Certificate);
        Assert.Equal("CN=paypa1-secure.test, O=Look-alike Test Site", certificate.Subject);
        Assert.True(certificate.SelfSigned);
        Assert.Equal(["paypa1-secure.test", "www.paypa1-secure.test", "127.0.0.1"], certificate.SubjectAlternativeNames);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), certificate.NotBefore);
        Assert.Equal(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero), certificate.NotAfter);
        Assert.Contains("RemoteCertificateChainErrors", certificate.ValidationErrors, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(site.Certificate.RawData)), certificate.Sha256Fingerprint);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/x")]
    public async Task Fetch_NonHttpTarget_RefusedAsUnsupportedScheme(string target)
    {
        var direct = await Fetch(new Uri(target));
        var redirected = await Fetch(site.HttpUrl("/redirect-to?target=" + Uri.EscapeDataString(target)));

        Assert.Equal(FetchError.UnsupportedScheme, direct.Error);
        Assert.Equal(FetchError.UnsupportedScheme, redirected.Error);
    }

    [Fact]
    public async Task Fetch_NobodyListening_ReportsConnectFailed()
    {
        using var closed = new ClosedPort();
        var result = await Fetch(new Uri($"http://127.0.0.1:{closed.Port}/"));

        Assert.Equal(FetchError.ConnectFailed, result.Error);
        Assert.Null(result.Status);
    }

    [Fact]
    public async Task ToPageEvidence_NoResponse_HasNoBodyFingerprint()
    {
        using var closed = new ClosedPort();
        var evidence = (await Fetch(new Uri($"http://127.0.0.1:{closed.Port}/"))).ToPageEvidence();

        Assert.Null(evidence.Status);
        Assert.Null(evidence.Sha256);
    }

    [Fact]
    public async Task ToPageEvidence_RedirectedFetch_CarriesChainEndingAtFinalUrl()
    {
        var evidence = (await Fetch(site.HttpUrl("/chain/2"))).ToPageEvidence();

        Assert.Equal([site.HttpUrl("/chain/2").AbsoluteUri, site.HttpUrl("/chain/1").AbsoluteUri, site.HttpUrl("/final").AbsoluteUri], evidence.RedirectChain);
        Assert.Equal(200, evidence.Status);
    }

    private static Task<FetchResult> Fetch(Uri url, Action<PageFetcherOptions>? configure = null)
    {
        var options = new PageFetcherOptions { AllowLoopback = true, TotalTimeout = TimeSpan.FromSeconds(20) };
        configure?.Invoke(options);
        return new SafePageFetcher(Options.Create(options), new FakeTimeProvider(Start)).FetchAsync(url, TestContext.Current.CancellationToken);
    }
}
