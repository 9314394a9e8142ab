using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BrandWatch.Worker.Capture;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Capture;

/// <summary>WARC files written from real fetches of the loopback site, read back by the tests' own reader.</summary>
public sealed class PageWarcTests(LoopbackSiteServer site) : IClassFixture<LoopbackSiteServer>
{
    private static readonly DateTimeOffset WrittenAt = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static string Hex(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<(FetchResult Fetch, List<WarcReader.Record> Records)> CaptureAsync(Uri url, int cap = 2 * 1024 * 1024)
    {
        var fetcher = new SafePageFetcher(Options.Create(new PageFetcherOptions { AllowLoopback = true, MaxResponseBytes = cap, TotalTimeout = TimeSpan.FromSeconds(20) }));
        var fetch = await fetcher.FetchAsync(url, TestContext.Current.CancellationToken);
        var warc = PageWarc.Write(fetch, "BrandWatch.Worker tests", WrittenAt);
        Assert.NotNull(warc);
        return (fetch, WarcReader.Read(warc));
    }

    [Fact]
    public async Task Warc_OfAPageServedOverHttp_ReadsBackRecordByRecordWithTheBodyServed()
    {
        var url = site.HttpUrl("/");

        var (_, records) = await CaptureAsync(url);

        Assert.Equal(["warcinfo", "response", "request", "metadata"], records.Select(r => r.Type));
        Assert.All(records, r => Assert.Equal(Hex(r.Block), r["WARC-Block-Digest"]));
        Assert.All(records, r => Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", r["WARC-Record-ID"]!));
        Assert.Equal(records.Count, records.Select(r => r["WARC-Record-ID"]).Distinct().Count());
        var (info, response, request, metadata) = (records[0], records[1], records[2], records[3]);
        Assert.Equal("application/warc-fields", info["Content-Type"]);
        Assert.Contains("format: WARC File Format 1.1\r\n", Encoding.UTF8.GetString(info.Block), StringComparison.Ordinal);
        Assert.Equal("2026-03-04T05:06:07.000000Z", info["WARC-Date"]);

        var (status, headers, body) = response.Http();
        Assert.Equal("HTTP/1.1 200 OK", status);
        Assert.Equal(LoopbackSiteServer.HomePage, body);
        Assert.Equal(Hex(LoopbackSiteServer.HomePage), response["WARC-Payload-Digest"]);
        Assert.Contains(headers, h => h.Key == "X-Served-By" && h.Value == "brandwatch-test-site");
        Assert.Equal(url.AbsoluteUri, response["WARC-Target-URI"]);
        Assert.Equal("127.0.0.1", response["WARC-IP-Address"]);
        Assert.Equal("application/http;msgtype=response", response["Content-Type"]);
        Assert.Null(response["WARC-Truncated"]);

        var (requestLine, sent, _) = request.Http();
        Assert.Equal("GET / HTTP/1.1", requestLine);
        Assert.Equal(("Host", url.Authority), (sent[0].Key, sent[0].Value));
        Assert.Contains(sent, h => h.Key == "User-Agent" && h.Value.StartsWith("BrandWatchBot/1.0", StringComparison.Ordinal));
        Assert.Equal(response["WARC-Record-ID"], request["WARC-Concurrent-To"]);
        Assert.Equal(request["WARC-Record-ID"], response["WARC-Concurrent-To"]);
        Assert.Equal(response["WARC-Record-ID"], metadata["WARC-Refers-To"]);
        Assert.All(records.Skip(1), r => Assert.Equal(info["WARC-Record-ID"], r["WARC-Warcinfo-ID"]));
        Assert.Contains($"body-sha256: {Convert.ToHexStringLower(SHA256.HashData(LoopbackSiteServer.HomePage))}\r\n", Encoding.UTF8.GetString(metadata.Block), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warc_OfARedirectChain_RecordsEveryHopInOrderAndTheFinalBodyOnce()
    {
        var (_, records) = await CaptureAsync(site.HttpUrl("/chain/2"));

        var responses = records.Where(r => r.Type == "response").ToList();
        Assert.Equal(["HTTP/1.1 302 Found", "HTTP/1.1 307 Temporary Redirect", "HTTP/1.1 200 OK"], responses.Select(r => r.Http().StartLine));
        Assert.Equal([site.HttpUrl("/chain/2").AbsoluteUri, site.HttpUrl("/chain/1").AbsoluteUri, site.HttpUrl("/final").AbsoluteUri], responses.Select(r => r["WARC-Target-URI"]));
        Assert.Contains(responses[0].Http().Headers, h => h.Key == "Location" && h.Value == "/chain/1");
        Assert.Equal("<html><body>you arrived</body></html>", Encoding.UTF8.GetString(responses[2].Http().Body));
        Assert.Equal(3, records.Count(r => r.Type == "request"));
        Assert.Equal(responses[2]["WARC-Record-ID"], records.Single(r => r.Type == "metadata")["WARC-Refers-To"]);
    }

    [Fact]
    public async Task Warc_OfAGzippedPage_HoldsTheDecodedBodyAndTheServersCodingHeadersRenamed()
    {
        var (fetch, records) = await CaptureAsync(site.HttpUrl("/gzip-page"));

        var (_, headers, body) = records.Single(r => r.Type == "response").Http();
        Assert.Equal(LoopbackSiteServer.GzipPage, body);
        Assert.Equal(LoopbackSiteServer.GzipPage, fetch.Body);
        Assert.Contains(headers, h => h.Key == PageWarc.OriginalPrefix + "Content-Encoding" && h.Value == "gzip");
        Assert.Contains(headers, h => h.Key == PageWarc.OriginalPrefix + "Content-Length" && int.Parse(h.Value, System.Globalization.CultureInfo.InvariantCulture) < body.Length);
        Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), headers.Single(h => h.Key == "Content-Length").Value);
        Assert.DoesNotContain(headers, h => h.Key == "Content-Encoding");
    }

    [Fact]
    public async Task Warc_OfAPageCutAtTheSizeCap_IsMarkedTruncatedAndHoldsTheCappedBody()
    {
        var (_, records) = await CaptureAsync(site.HttpUrl("/big/300000"), cap: 100_000);

        var response = records.Single(r => r.Type == "response");
        Assert.Equal("length", response["WARC-Truncated"]);
        Assert.Equal(100_000, response.Http().Body.Length);
        Assert.Contains("body-truncated: true\r\n", Encoding.UTF8.GetString(records.Single(r => r.Type == "metadata").Block), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warc_OfAFetchThatGotNoAnswer_IsNotWritten()
    {
        var fetcher = new SafePageFetcher(Options.Create(new PageFetcherOptions { AllowLoopback = false }));
        var fetch = await fetcher.FetchAsync(site.HttpUrl("/"), TestContext.Current.CancellationToken);

        Assert.Equal(FetchError.BlockedAddress, fetch.Error);
        Assert.Null(PageWarc.Write(fetch, "BrandWatch.Worker tests", WrittenAt));
    }

    [Fact]
    public async Task CertificateChain_OfAnHttpsPage_IsThePemOfTheCertificateServed_AndTheWarcNamesIt()
    {
        var (fetch, records) = await CaptureAsync(site.HttpsUrl("/"));

        var pem = Encoding.ASCII.GetString(CertificateChainPem.Write("127.0.0.1", fetch.CertificateChain));
        var read = new X509Certificate2Collection();
        read.ImportFromPem(pem);

        Assert.Single(read);
        Assert.Equal(site.Certificate.RawData, read[0].RawData);
        Assert.Contains($"#   sha256: {Convert.ToHexStringLower(SHA256.HashData(site.Certificate.RawData))}", pem, StringComparison.Ordinal);
        Assert.Contains($"certificate-sha256: {fetch.Certificate!.Sha256Fingerprint}\r\n", Encoding.UTF8.GetString(records.Single(r => r.Type == "metadata").Block), StringComparison.Ordinal);
        Assert.Equal(site.HttpsUrl("/").AbsoluteUri, records.Single(r => r.Type == "response")["WARC-Target-URI"]);
    }
}
