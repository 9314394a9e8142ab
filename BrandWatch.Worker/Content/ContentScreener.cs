using System.Globalization;
using System.Threading.RateLimiting;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Pipeline;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Content;

/// <summary>
/// Screens one new domain by its content: resolves it (a name without addresses is skipped, not fetched), fetches the
/// home page and up to <see cref="ContentOptions.MaxLoginPages"/> login-like pages of the same host through the safe
/// fetcher, analyses each page against the whole portfolio and turns impersonation findings into page cases
/// (<see cref="ContentCaseKind"/>). When the portfolio has reference logos or favicons, each page's icons and logo-like
/// images are fetched and compared as the crawl stage does (<see cref="PageImageFetcher"/>, bounded by
/// <see cref="PipelineOptions.MaxPageImages"/> and <see cref="PipelineOptions.MaxImageBytes"/>); an image shared by the
/// domain's pages is fetched once. Every fetch, page or image, waits for the global rate limit and its host's slot.
/// </summary>
internal sealed class ContentScreener : IDisposable
{
    private readonly IHostAddressResolver _resolver;
    private readonly IPageFetcher _fetcher;
    private readonly PortfolioProvider _portfolio;
    private readonly ContentOptions _options;
    private readonly int _webPort;
    private readonly int _maxImages;
    private readonly int _maxImageBytes;
    private readonly LoginLinks _loginLinks;
    private readonly KeyedConcurrency _perHost;
    private readonly TokenBucketRateLimiter _rate;

    // One analysis per core at a time. The fetches stay concurrent, but AngleSharp takes one process-wide lock for
    // every pooled string builder it uses while parsing; with a page analysed on each of 32 fetch tasks, the threads
    // queued on that lock and spun away most of the analysis's CPU time.
    private readonly SemaphoreSlim _analysers = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private long _analysisTicks;
    private long _pagesAnalysed;
    private long _fetches;
    private long _imageFetches;

    public ContentScreener(IHostAddressResolver resolver, IPageFetcher fetcher, PortfolioProvider portfolio, IOptions<ContentOptions> options,
        IOptions<PipelineOptions> pipeline)
    {
        _resolver = resolver;
        _fetcher = fetcher;
        _portfolio = portfolio;
        _options = options.Value;
        _webPort = pipeline.Value.WebPort;
        _maxImages = pipeline.Value.MaxPageImages;
        _maxImageBytes = pipeline.Value.MaxImageBytes;
        _loginLinks = new LoginLinks(_options.LoginWords);
        _perHost = new KeyedConcurrency(_options.PerHostConcurrency);
        _rate = RateLimiter(_options.FetchesPerSecond);
    }

    /// <summary>CPU time spent inside the page analyser since start (its calls are synchronous; see <see cref="ThreadCpuClock"/>).</summary>
    public TimeSpan AnalysisTime => TimeSpan.FromTicks(Interlocked.Read(ref _analysisTicks));

    public long PagesAnalysed => Interlocked.Read(ref _pagesAnalysed);

    /// <summary>Every fetch started, pages and images.</summary>
    public long Fetches => Interlocked.Read(ref _fetches);

    /// <summary>The image fetches among <see cref="Fetches"/>.</summary>
    public long ImageFetches => Interlocked.Read(ref _imageFetches);

    /// <summary>
    /// A token bucket starting <paramref name="perSecond"/> fetches a second: k tokens every k/rate seconds, with k the
    /// smallest count that keeps the period at or above 100 ms, so low and high rates are both exact.
    /// </summary>
    public static TokenBucketRateLimiter RateLimiter(double perSecond)
    {
        var tokens = Math.Max(1, (int)Math.Ceiling(perSecond / 10));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Screens one domain. A failed lookup (no answer at all) throws <see cref="HttpRequestException"/>: the stage retries it.</summary>
    public async Task<ContentOutcome> ScreenAsync(string domain, CancellationToken cancellationToken)
    {
        var addresses = await _resolver.ResolveAsync(domain, cancellationToken);
        if (addresses.Count == 0)
        {
            return new ContentOutcome(ContentStatus.Skipped, "not fetched: the name does not resolve (NXDOMAIN or no A/AAAA record)", 0, []);
        }

        var snapshot = _portfolio.Current ?? await _portfolio.RefreshAsync(cancellationToken);
        var fetcher = new RatedFetcher(this, domain, addresses[0].ToString());
        var home = await FetchAsync(new UriBuilder(Uri.UriSchemeHttp, domain, _webPort, "/").Uri, fetcher, snapshot, cancellationToken);
        var pages = new List<PageEvidence> { home.Evidence };
        if (home.Html is { } html && Uri.TryCreate(home.Evidence.FinalUrl, UriKind.Absolute, out var finalUrl))
        {
            foreach (var login in _loginLinks.Find(html, finalUrl, _options.MaxLoginPages))
            {
                pages.Add((await FetchAsync(login, fetcher, snapshot, cancellationToken)).Evidence);
            }
        }

        var cases = Cases(domain, pages, snapshot);
        return new ContentOutcome(cases.Count > 0 ? ContentStatus.Cased : ContentStatus.Screened, Describe(pages, home.Error, cases), pages.Count, cases, snapshot.Version)
        {
            Read = pages,
        };
    }

    private async Task<(PageEvidence Evidence, string? Html, string? Error)> FetchAsync(Uri url, RatedFetcher fetcher, PortfolioSnapshot snapshot, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchPageAsync(url, cancellationToken);
        if (page.Text is not { } html || page.ContentType is not (null or "text/html" or "application/xhtml+xml")
            || !Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var finalUrl))
        {
            var error = page.Error == FetchError.None ? null : $"{page.Error}{(page.ErrorDetail is { } detail ? $" ({detail})" : string.Empty)}";
            return (page.ToPageEvidence(), null, error);
        }

        var images = snapshot.Analyzer.ComparesImages && _maxImages > 0
            ? await new PageImageFetcher(fetcher, _maxImages, _maxImageBytes).FetchAsync(html, finalUrl, cancellationToken)
            : [];
        await _analysers.WaitAsync(cancellationToken);
        IReadOnlyList<PageFinding> findings;
        try
        {
            var started = ThreadCpuClock.Now();
            findings = snapshot.Analyzer.Analyze(html, finalUrl, images);
            Interlocked.Add(ref _analysisTicks, ThreadCpuClock.Now() - started);
        }
        finally
        {
            _analysers.Release();
        }

        Interlocked.Increment(ref _pagesAnalysed);
        return (page.ToPageEvidence(findings), html, null);
    }

    /// <summary>
    /// One case per mark with a filed finding: its kind from the first row of <see cref="ContentCaseKind.Filed"/> the mark
    /// has, its subject the first page showing it, its evidence every fetched page with that mark's findings and the
    /// findings tied to no mark.
    /// </summary>
    private static List<WorkState> Cases(string domain, List<PageEvidence> pages, PortfolioSnapshot snapshot)
    {
        var cases = new List<WorkState>();
        var marks = pages.SelectMany(p => p.Findings).Where(f => f.Mark is not null && ContentCaseKind.For(f) is not null)
            .Select(f => f.Mark!).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var markId in marks)
        {
            if (snapshot.Find(markId) is not { } mark)
            {
                continue;
            }

            bool Filed(PageFinding f) => string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase) && ContentCaseKind.For(f) is not null;
            var kind = ContentCaseKind.Filed.First(row => pages.Any(p => p.Findings.Any(f => Filed(f) && f.Criterion == row.Criterion))).Kind;
            var subject = pages.First(p => p.Findings.Any(Filed)).Url;
            var evidence = pages.Select(p => p with
            {
                Findings = p.Findings.Where(f => f.Mark is null || string.Equals(f.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList(),
            }).ToList();
            var matches = snapshot.Screener.Screen(domain).Where(m => string.Equals(m.Mark, mark.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            cases.Add(new WorkState
            {
                Domain = subject, Mark = mark.Id, PageUrl = subject, Kind = kind, Source = CaseSource.Content, Matches = matches, Pages = evidence,
            });
        }

        return cases;
    }

    /// <summary>One line for the content row: the home page's status, the pages read and every finding by criterion and mark.</summary>
    private static string Describe(List<PageEvidence> pages, string? homeError, List<WorkState> cases)
    {
        var home = pages[0];
        var status = home.Status is { } code ? code.ToString(CultureInfo.InvariantCulture) : $"not fetched: {homeError ?? "no response"}";
        var findings = pages.SelectMany(p => p.Findings)
            .GroupBy(f => f.Mark is null ? f.Criterion : $"{f.Criterion} {f.Mark}", StringComparer.Ordinal)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        var filed = cases.Count == 0 ? "nothing filed" : "filed: " + string.Join(", ", cases.Select(c => $"{JsonName(c.Kind)} {c.Mark} {c.PageUrl}"));
        return $"home page {status}, {pages.Count - 1} login-like page(s); findings: {(findings.Count == 0 ? "none" : string.Join(", ", findings))}; {filed}";
    }

    private static string JsonName(SubjectKind? kind) => kind is { } k ? WireName.Kebab(k) : "domain";

    public void Dispose()
    {
        _rate.Dispose();
        _analysers.Dispose();
    }

    /// <summary>
    /// The fetcher of one domain's screening: every fetch waits for the global rate and a slot of its host (the
    /// domain's resolved address for its own URLs, the host name for images served elsewhere). As an
    /// <see cref="IPageFetcher"/> it fetches images, and an image URL the domain's pages share is fetched once.
    /// Used by one screening at a time, in sequence.
    /// </summary>
    private sealed class RatedFetcher(ContentScreener owner, string domain, string slot) : IPageFetcher
    {
        private readonly Dictionary<string, FetchResult> _images = new(StringComparer.Ordinal);

        public Task<FetchResult> FetchPageAsync(Uri url, CancellationToken ct) => RunAsync(url, ct);

        public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
        {
            if (!_images.TryGetValue(url.AbsoluteUri, out var image))
            {
                Interlocked.Increment(ref owner._imageFetches);
                image = await RunAsync(url, ct);
                _images[url.AbsoluteUri] = image;
            }

            return image;
        }

        private Task<FetchResult> RunAsync(Uri url, CancellationToken ct)
        {
            var key = string.Equals(url.IdnHost, domain, StringComparison.OrdinalIgnoreCase) ? slot : url.IdnHost;
            return owner._perHost.RunAsync(key, async () =>
            {
                using var lease = await owner._rate.AcquireAsync(1, ct);
                Interlocked.Increment(ref owner._fetches);
                return await owner._fetcher.FetchAsync(url, ct);
            }, ct);
        }
    }
}
