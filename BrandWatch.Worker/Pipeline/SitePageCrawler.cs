using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker.Crawling;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The crawl stage: visits a matched domain's site with <see cref="SiteCrawler"/> over the safe fetcher (its host names
/// resolved through the "Dns" name servers, so the crawl reaches the addresses the DNS evidence shows) and analyses each
/// page for the case's mark. At most <see cref="PipelineOptions.PerHostConcurrency"/> sites sharing one address are
/// crawled at once. When the portfolio has reference logos or favicons, each page's icons and logo-like images are
/// fetched through the same fetcher (bounded by <see cref="PipelineOptions.MaxPageImages"/> and
/// <see cref="PipelineOptions.MaxImageBytes"/>) and compared with them.
/// </summary>
internal sealed class SitePageCrawler(SiteCrawler crawler, IPageFetcher fetcher, PortfolioProvider portfolio, IOptions<PipelineOptions> options, Capture.PageCapturer? capturer = null)
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
        var evidence = new List<PageEvidence>();
        for (var i = 0; i < crawl.Pages.Count; i++)
        {
            var page = crawl.Pages[i];
            var analysis = await _perHost.RunAsync(key, () => AnalyseAsync(page, mark, cancellationToken), cancellationToken);
            evidence.Add(page.ToPageEvidence(analysis.Findings) with { Captures = captures[i], Template = analysis.Template });
        }

        return evidence;
    }

    public async Task<PageEvidence> FetchPageAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await _perHost.RunAsync(url.IdnHost, () => fetcher.FetchAsync(url, cancellationToken), cancellationToken);
        var captures = await CaptureAsync([page], cancellationToken);
        var analysis = await _perHost.RunAsync(url.IdnHost, () => AnalyseAsync(page, null, cancellationToken), cancellationToken);
        return page.ToPageEvidence(analysis.Findings) with { Captures = captures[0], Template = analysis.Template };
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

    private async Task<(List<PageFinding> Findings, string? Template)> AnalyseAsync(FetchResult page, Mark? mark, CancellationToken cancellationToken)
    {
        if (page.Text is not { } html || page.ContentType is not (null or "text/html" or "application/xhtml+xml")
            || portfolio.Current is not { } snapshot || !Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var url))
        {
            return ([], null);
        }

        var images = snapshot.Analyzer.ComparesImages && _options.MaxPageImages > 0
            ? await new PageImageFetcher(fetcher, _options.MaxPageImages, _options.MaxImageBytes).FetchAsync(html, url, cancellationToken)
            : [];
        var analysis = snapshot.Analyzer.AnalyzePage(html, url, images);
        var findings = analysis.Findings
            .Where(f => mark is null || f.Mark is null || string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return (findings, analysis.Template);
    }
}
