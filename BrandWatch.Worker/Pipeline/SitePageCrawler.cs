using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker.Crawling;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The crawl stage: visits a matched domain's site with <see cref="SiteCrawler"/> over the safe fetcher (its host names
/// resolved through the "Dns" name servers, so the crawl reaches the addresses the DNS evidence shows) and analyses each
/// page for the case's mark. At most <see cref="PipelineOptions.PerHostConcurrency"/> sites sharing one address are
/// crawled at once.
/// </summary>
internal sealed class SitePageCrawler(SiteCrawler crawler, IPageFetcher fetcher, PortfolioProvider portfolio, IOptions<PipelineOptions> options, Capture.PageCapturer? capturer = null) : IPageCrawler
{
    private readonly PipelineOptions _options = options.Value;
    private readonly KeyedConcurrency _perHost = new(options.Value.PerHostConcurrency);

    public async Task<IReadOnlyList<PageEvidence>> CrawlAsync(string domain, DnsEvidence dns, Mark mark, CancellationToken cancellationToken)
    {
        if (!dns.HasWebHost)
        {
            return [];
        }

        var key = dns.A.Count > 0 ? dns.A[0] : dns.Aaaa.Count > 0 ? dns.Aaaa[0] : domain;
        var start = new UriBuilder(Uri.UriSchemeHttp, domain, _options.WebPort, "/").Uri;
        var crawl = await _perHost.RunAsync(key, () => crawler.CrawlAsync(start, cancellationToken), cancellationToken);
        var captures = await CaptureAsync(crawl.Pages, cancellationToken);
        return crawl.Pages.Select((page, i) => page.ToPageEvidence(Findings(page, mark)) with { Captures = captures[i] }).ToList();
    }

    public async Task<PageEvidence> FetchPageAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await _perHost.RunAsync(url.IdnHost, () => fetcher.FetchAsync(url, cancellationToken), cancellationToken);
        var captures = await CaptureAsync([page], cancellationToken);
        return page.ToPageEvidence(Findings(page, null)) with { Captures = captures[0] };
    }

    /// <summary>The evidence files of each page (null where none were made, so a filing without captures reads as before).</summary>
    private async Task<IReadOnlyList<IReadOnlyList<Rules.Evidence.CaptureFile>?>> CaptureAsync(IReadOnlyList<FetchResult> pages, CancellationToken cancellationToken)
    {
        if (capturer is not { Enabled: true })
        {
            return pages.Select(_ => (IReadOnlyList<Rules.Evidence.CaptureFile>?)null).ToList();
        }

        var files = await capturer.CaptureAsync(pages, cancellationToken);
        return files.Select(f => f.Count == 0 ? null : f).ToList();
    }

    private List<PageFinding> Findings(FetchResult page, Mark? mark)
    {
        if (page.Text is not { } html || page.ContentType is not (null or "text/html" or "application/xhtml+xml")
            || portfolio.Current is not { } snapshot || !Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var url))
        {
            return [];
        }

        return snapshot.Analyzer.Analyze(html, url)
            .Where(f => mark is null || f.Mark is null || string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
