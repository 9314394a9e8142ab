using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Visits a site's home page and a bounded number of same-site pages linked from it, politely: requests to one host
/// never overlap — also across crawls running at the same time on this instance — and are spaced by a delay.
/// </summary>
public sealed partial class SiteCrawler
{
    private readonly IPageFetcher _fetcher;
    private readonly CrawlOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SiteCrawler> _logger;
    // One request at a time per host; the gate is dropped once the host is idle (see KeyedConcurrency).
    private readonly Pipeline.KeyedConcurrency _hosts = new(1);

    public SiteCrawler(IPageFetcher fetcher, IOptions<CrawlOptions> options, TimeProvider? time = null, ILogger<SiteCrawler>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _fetcher = fetcher;
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SiteCrawler>.Instance;
    }

    public async Task<SiteCrawl> CrawlAsync(Uri start, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(start);
        var home = await PoliteFetchAsync(start, ct);
        var pages = new List<FetchResult> { home };
        var notFetched = 0;

        if (home.Succeeded && home.Text is { } html && _options.MaxPages > 1 && Uri.TryCreate(home.FinalUrl, UriKind.Absolute, out var homeUrl))
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { Normalise(start), Normalise(homeUrl) };
            var sameSite = LinkExtractor.Links(html, homeUrl, _options.MaxLinksRead)
                .Where(link => SameSite(link, homeUrl) && visited.Add(Normalise(link)))
                .ToList();

            foreach (var link in sameSite.Take(_options.MaxPages - 1))
            {
                pages.Add(await PoliteFetchAsync(link, ct));
            }

            notFetched = Math.Max(0, sameSite.Count - (_options.MaxPages - 1));
        }

        LogCrawled(_logger, start.AbsoluteUri, pages.Count, notFetched);
        return new SiteCrawl { StartUrl = start.AbsoluteUri, Pages = pages, LinksNotFetched = notFetched };
    }

    private async Task<FetchResult> PoliteFetchAsync(Uri url, CancellationToken ct)
    {
        return await _hosts.RunAsync(url.IdnHost, async () =>
        {
            var result = await _fetcher.FetchAsync(url, ct);
            if (_options.DelayPerHost > TimeSpan.Zero)
            {
                await Task.Delay(_options.DelayPerHost, _time, ct);
            }

            return result;
        }, ct);
    }

    /// <summary>Same host, a leading "www." ignored, http and https alike: the site the home page belongs to.</summary>
    internal static bool SameSite(Uri link, Uri home) =>
        string.Equals(WithoutWww(link.IdnHost), WithoutWww(home.IdnHost), StringComparison.OrdinalIgnoreCase)
        && (link.IsDefaultPort && home.IsDefaultPort || link.Port == home.Port);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string Normalise(Uri url) => new UriBuilder(url) { Fragment = string.Empty }.Uri.AbsoluteUri;

    [LoggerMessage(Level = LogLevel.Debug, Message = "crawled {Url}: {Pages} pages, {NotFetched} same-site links left")]
    private static partial void LogCrawled(ILogger logger, string url, int pages, int notFetched);
}
