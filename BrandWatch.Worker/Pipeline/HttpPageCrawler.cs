using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The crawl stage's fetch of a domain's front page, under the fetcher limits (<c>Fetcher</c> section: time-outs,
/// response size, redirects, loopback). Host names are resolved through <see cref="IDnsInspector"/>, the same resolver
/// that produced the DNS evidence, and every address passes <see cref="AddressGuard"/> before a connection is made.
/// Redirects are followed by hand; no script runs. The page is analysed by the Rules page analyzer for the case's mark.
/// </summary>
internal sealed class HttpPageCrawler : IPageCrawler, IDisposable
{
    private readonly HttpClient _http;
    private readonly PageFetcherOptions _fetcher;
    private readonly PipelineOptions _pipeline;
    private readonly PortfolioProvider _portfolio;
    private readonly TimeProvider _time;
    private readonly KeyedConcurrency _perHost;

    static HttpPageCrawler() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public HttpPageCrawler(IOptions<PageFetcherOptions> fetcher, IOptions<PipelineOptions> pipeline, IDnsInspector dns, PortfolioProvider portfolio, TimeProvider time)
    {
        _fetcher = fetcher.Value;
        _pipeline = pipeline.Value;
        _portfolio = portfolio;
        _time = time;
        _perHost = new KeyedConcurrency(_pipeline.PerHostConcurrency);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _fetcher.ConnectTimeout,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var address = await ResolveAsync(dns, context.DnsEndPoint.Host, cancellationToken);
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _http = new HttpClient(handler) { Timeout = _fetcher.TotalTimeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(_fetcher.UserAgent);
        _http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(_fetcher.AcceptLanguage);
    }

    public async Task<IReadOnlyList<PageEvidence>> CrawlAsync(string domain, DnsEvidence dns, Mark mark, CancellationToken cancellationToken)
    {
        if (!dns.HasWebHost)
        {
            return [];
        }

        var key = dns.A.Count > 0 ? dns.A[0] : dns.Aaaa.Count > 0 ? dns.Aaaa[0] : domain;
        return await _perHost.RunAsync(key, () => FetchAsync(domain, mark, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<PageEvidence>> FetchAsync(string domain, Mark mark, CancellationToken cancellationToken)
    {
        var start = new UriBuilder(Uri.UriSchemeHttp, domain, _pipeline.WebPort, "/").Uri;
        var url = start;
        var chain = new List<string>();
        var fetchedAt = _time.GetUtcNow();
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    chain.Add(url.ToString());
                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (hop >= _fetcher.MaxRedirects || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
                    {
                        return [new PageEvidence { Url = start.ToString(), FinalUrl = next.ToString(), Status = (int)response.StatusCode, FetchedAt = fetchedAt, RedirectChain = [.. chain, next.ToString()] }];
                    }

                    url = next;
                    continue;
                }

                var bytes = await ReadLimitedAsync(response.Content, _fetcher.MaxResponseBytes, cancellationToken);
                var html = Decode(bytes, response.Content.Headers.ContentType?.CharSet);
                IReadOnlyList<PageFinding> findings = [];
                if (response.Content.Headers.ContentType?.MediaType is null or "text/html" or "application/xhtml+xml"
                    && _portfolio.Current is { } snapshot)
                {
                    findings = snapshot.Analyzer.Analyze(html, url)
                        .Where(f => f.Mark is null || string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase))
                        .ToList();
                }

                return
                [
                    new PageEvidence
                    {
                        Url = start.ToString(),
                        FinalUrl = url.ToString(),
                        Status = (int)response.StatusCode,
                        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                        FetchedAt = fetchedAt,
                        RedirectChain = chain.Count > 0 ? [.. chain, url.ToString()] : [],
                        Findings = findings,
                    },
                ];
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException or BlockedAddressException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // An unreachable, refusing or blocked site is evidence too (not live), not a failure of the pipeline.
            return [new PageEvidence { Url = start.ToString(), FinalUrl = url.ToString(), FetchedAt = fetchedAt, RedirectChain = chain }];
        }
    }

    private async Task<IPAddress> ResolveAsync(IDnsInspector dns, string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            var evidence = await dns.InspectAsync(host, cancellationToken);
            addresses = evidence.A.Concat(evidence.Aaaa).Select(IPAddress.Parse).ToArray();
        }

        if (addresses.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"{host} did not resolve");
        }

        return addresses.FirstOrDefault(a => AddressGuard.IsAllowed(a, _fetcher.AllowLoopback))
            ?? throw new BlockedAddressException(host, addresses[0], AddressGuard.Refusal(addresses[0], _fetcher.AllowLoopback) ?? "no address");
    }

    private static string Decode(byte[] bytes, string? charset)
    {
        try
        {
            return (charset is { Length: > 0 } ? Encoding.GetEncoding(charset.Trim('"')) : Encoding.UTF8).GetString(bytes);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            var room = maxBytes - (int)buffer.Length;
            buffer.Write(chunk, 0, Math.Min(read, room));
            if (read >= room)
            {
                break; // the rest of an oversized page is not read
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => _http.Dispose();
}
