using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using DnsClient;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// Fetches the front page of a domain over HTTP with the crawl limits: connects only to addresses the policy allows
/// (resolved through the Worker's own DNS client, never the system resolver), follows at most N redirects by hand,
/// reads at most N bytes after decompression, runs no script. The page is analysed by <see cref="IPageAnalysis"/>.
/// </summary>
internal sealed class HttpPageCrawler : IPageCrawler, IDisposable
{
    private readonly HttpClient _http;
    private readonly CrawlOptions _options;
    private readonly IPageAnalysis _analysis;
    private readonly TimeProvider _time;
    private readonly KeyedConcurrency _perHost;

    public HttpPageCrawler(IOptions<CrawlOptions> options, ILookupClient dns, IPageAnalysis analysis, TimeProvider time)
    {
        _options = options.Value;
        _analysis = analysis;
        _time = time;
        _perHost = new KeyedConcurrency(_options.PerHostConcurrency);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
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
        _http = new HttpClient(handler) { Timeout = _options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("BrandWatch/1.0 (+trademark monitoring)");
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
        var start = new UriBuilder(Uri.UriSchemeHttp, domain, _options.Port, "/").Uri;
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
                    if (hop >= _options.MaxRedirects)
                    {
                        return [new PageEvidence { Url = start.ToString(), FinalUrl = url.ToString(), Status = (int)response.StatusCode, FetchedAt = fetchedAt, RedirectChain = chain }];
                    }

                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                    {
                        return [new PageEvidence { Url = start.ToString(), FinalUrl = url.ToString(), Status = (int)response.StatusCode, FetchedAt = fetchedAt, RedirectChain = chain }];
                    }

                    continue;
                }

                var bytes = await ReadLimitedAsync(response.Content, _options.MaxBytes, cancellationToken);
                var html = Encoding.UTF8.GetString(bytes);
                var findings = response.Content.Headers.ContentType?.MediaType is null or "text/html" or "application/xhtml+xml"
                    ? _analysis.Analyze(html, url, mark)
                    : [];
                return
                [
                    new PageEvidence
                    {
                        Url = start.ToString(),
                        FinalUrl = url.ToString(),
                        Status = (int)response.StatusCode,
                        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                        FetchedAt = fetchedAt,
                        RedirectChain = chain,
                        Findings = findings,
                    },
                ];
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // An unreachable or refusing site is evidence too (not live), not a failure of the pipeline.
            return [new PageEvidence { Url = start.ToString(), FinalUrl = url.ToString(), FetchedAt = fetchedAt, RedirectChain = chain }];
        }
    }

    private async Task<IPAddress> ResolveAsync(ILookupClient dns, string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return Allowed(literal, host);
        }

        var response = await dns.QueryAsync(host, QueryType.A, QueryClass.IN, cancellationToken);
        var address = response.Answers.ARecords().Select(r => r.Address).FirstOrDefault()
            ?? throw new HttpRequestException($"{host}: no address");
        return Allowed(address, host);
    }

    private IPAddress Allowed(IPAddress address, string host) =>
        AddressPolicy.IsAllowed(address, _options.AllowLoopback)
            ? address
            : throw new HttpRequestException($"{host}: refusing to connect to {address} (private, loopback or link-local)");

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
