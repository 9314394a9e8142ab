using System.Globalization;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Pipeline;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Takedowns;

/// <summary>
/// Looks at a takedown case's site again and says whether it is gone: its name first (NXDOMAIN, no address), then
/// each page the case was filed with, through the same safe fetcher and address guard as the crawler (refused or reset
/// connection; 404, 410 or 451; a page that answers but whatever showed the misuse is no longer on it). A DNS or fetch
/// failure that proves nothing (a timeout, SERVFAIL, a server error) is <see cref="SiteCheckResult.Inconclusive"/>,
/// so a site is never declared gone, or back, on a bad moment. Each answering page is analysed as the crawler analyses
/// it, its icons and logo-like images fetched too when the portfolio has reference logos or favicons: a finding that
/// rested on the mark's logo alone is seen again while the logo is there, and counts as removed once it is not.
/// </summary>
internal sealed class SiteChecker(DnsInspector dns, IPageFetcher fetcher, PortfolioProvider portfolio, IOptions<PipelineOptions> options, TimeProvider time)
{
    /// <summary>The filing's five pages and the subject.</summary>
    public const int MaxPages = 6;

    public async Task<SiteCheck> CheckAsync(TakedownWatch watch, CancellationToken cancellationToken)
    {
        var answer = await dns.InspectAsync(watch.Domain, cancellationToken);
        switch (answer.Outcome)
        {
            case DnsOutcome.NxDomain:
                return Check(SiteCheckResult.Nxdomain, $"{watch.Domain}: NXDOMAIN");
            case DnsOutcome.NoData:
            case DnsOutcome.Resolved when !answer.HasWebHost:
                return Check(SiteCheckResult.NoAddress, $"{watch.Domain}: no A, AAAA or CNAME record");
            case DnsOutcome.Resolved:
                break;
            default:
                return Check(SiteCheckResult.Inconclusive, $"{watch.Domain}: DNS {answer.Outcome.ToString().ToLowerInvariant()}");
        }

        var snapshot = portfolio.Current ?? await portfolio.RefreshAsync(cancellationToken);
        var mark = snapshot.Find(watch.Mark);
        var looks = new List<(SiteCheckResult Result, string Detail)>();
        foreach (var url in Urls(watch))
        {
            var page = await fetcher.FetchAsync(url, cancellationToken);
            looks.Add(await JudgeAsync(page, watch, mark is null ? null : snapshot, cancellationToken));
        }

        // Live anywhere wins; then anything unsure; only when every page says gone is the site gone.
        var live = looks.FindIndex(l => l.Result == SiteCheckResult.Live);
        if (live >= 0)
        {
            return Check(SiteCheckResult.Live, looks[live].Detail);
        }

        var detail = string.Join("; ", looks.Select(l => l.Detail));
        if (looks.Count == 0 || looks.Any(l => l.Result == SiteCheckResult.Inconclusive))
        {
            return Check(SiteCheckResult.Inconclusive, looks.Count == 0 ? "no page to look at" : detail);
        }

        var result = looks.Any(l => l.Result == SiteCheckResult.NotAnswering) ? SiteCheckResult.NotAnswering
            : looks.Any(l => l.Result == SiteCheckResult.PageRemoved) ? SiteCheckResult.PageRemoved
            : SiteCheckResult.MisuseRemoved;
        return Check(result, detail);
    }

    /// <summary>The pages to look at: the filing's (those that showed the misuse first), then the subject itself.</summary>
    internal IEnumerable<Uri> Urls(TakedownWatch watch)
    {
        var subject = watch.Kind == SubjectKind.Domain
            ? new UriBuilder(Uri.UriSchemeHttp, watch.Domain, options.Value.WebPort, "/").Uri.ToString()
            : watch.Subject;
        return watch.Urls.Append(subject)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null)
            .OfType<Uri>()
            .DistinctBy(u => u.AbsoluteUri, StringComparer.Ordinal)
            .Take(MaxPages);
    }

    private async Task<(SiteCheckResult Result, string Detail)> JudgeAsync(FetchResult page, TakedownWatch watch, PortfolioSnapshot? snapshot, CancellationToken cancellationToken)
    {
        var url = page.Url;
        switch (page.Error)
        {
            case FetchError.ConnectFailed:
                return (SiteCheckResult.NotAnswering, $"{url}: connection refused or reset");
            case FetchError.None:
                break;
            default:
                return (SiteCheckResult.Inconclusive, $"{url}: {page.Error} {page.ErrorDetail}".TrimEnd());
        }

        var status = page.Status ?? 0;
        if (status is 404 or 410 or 451)
        {
            return (SiteCheckResult.PageRemoved, $"{url}: HTTP {status.ToString(CultureInfo.InvariantCulture)}");
        }

        if (status is < 200 or >= 400)
        {
            return (SiteCheckResult.Inconclusive, $"{url}: HTTP {status.ToString(CultureInfo.InvariantCulture)}");
        }

        // Without the mark or without a filing that showed the misuse, an answering page cannot be judged: it is live.
        if (snapshot is null || !watch.ShowedMisuse || page.Text is not { } html || !Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var final))
        {
            return (SiteCheckResult.Live, $"{url}: HTTP {status.ToString(CultureInfo.InvariantCulture)}");
        }

        // The same bounded image fetch as the crawl stage, through the same fetcher and address guard.
        var pipeline = options.Value;
        var images = snapshot.Analyzer.ComparesImages && pipeline.MaxPageImages > 0
            ? await new PageImageFetcher(fetcher, pipeline.MaxPageImages, pipeline.MaxImageBytes).FetchAsync(html, final, cancellationToken)
            : [];
        var shown = snapshot.Analyzer.AnalyzePage(html, final, images).Findings
            .Where(f => SiteCheck.ShowsMisuse(f, watch.Mark))
            .Select(f => f.Criterion)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return shown.Count > 0
            ? (SiteCheckResult.Live, $"{url}: HTTP {status.ToString(CultureInfo.InvariantCulture)}, still shows {string.Join(", ", shown)}")
            : (SiteCheckResult.MisuseRemoved, $"{url}: HTTP {status.ToString(CultureInfo.InvariantCulture)}, the misuse is no longer on the page");
    }

    private SiteCheck Check(SiteCheckResult result, string detail) => new() { CheckedAt = time.GetUtcNow(), Result = result, Detail = detail };
}
