using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;
using BrandWatch.Worker.Tests.Crawling;

namespace BrandWatch.Worker.Tests.Pipeline;

/// <summary>
/// Visual identity end to end: a loopback site serves pages and real images, the crawl stage fetches the page's
/// icons and logo-like images through the safe fetcher, decodes them with SkiaSharp and the analysis compares them
/// with the reference logo and favicon of the portfolio.
/// </summary>
public sealed class VisualIdentityTests : IAsyncLifetime
{
    private static readonly SKColor Teal = new(0x0b, 0x7a, 0x75);
    private static readonly byte[] ReferenceLogo = TestLogos.Ring(480, 192, Teal);
    private static readonly byte[] ReferenceFavicon = TestLogos.Ico(TestLogos.Ring(32, 32, Teal), 32);

    // The kit copies the brand's logo, resized and recompressed, under a file name that names nothing.
    private static readonly byte[] CopiedLogo = TestLogos.Ring(180, 72, Teal, SKEncodedImageFormat.Jpeg, 60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bw-visual-" + Guid.NewGuid().ToString("N"));
    private LoopbackServer? _server;

    private const string Kit = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title><link rel="icon" href="/static/fav.ico"></head>
        <body><header class="top"><img src="/static/{LOGO}" width="180" height="72"></header>
        <main><h1>Sign in to your account</h1><form action="/collect.php" method="post"><input name="email" type="email">
        <input name="pw" type="password"><button>Continue</button></form></main></body></html>
        """;

    private const string Reseller = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Gadget Corner - phones and accessories</title></head>
        <body><header class="top"><a href="/"><img src="/static/shop-logo.png" alt="Gadget Corner"></a></header>
        <main><h1>Cables and chargers</h1><ul class="products">
        <li><img src="/static/a1.jpg"><p>Ringco braided cable, 2 m: $19</p></li>
        <li><img src="/static/p2.png"><p>Charger 65 W: $29</p></li><li><img src="/static/p3.png"><p>Case: $9</p></li></ul>
        <form action="/account" method="post"><input name="email"><input name="pw" type="password"><button>Sign in to Gadget Corner</button></form>
        </main></body></html>
        """;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "ringco-logo.png"), ReferenceLogo);
        await File.WriteAllTextAsync(Path.Combine(_folder, "marks.json"), $$"""
            { "marks": [ { "id": "ringco", "name": "Ringco", "officialDomains": ["ringco.com"], "niceClasses": [9],
              "logos": ["ringco-logo.png"], "favicons": ["{{TestLogos.DataUrl(ReferenceFavicon).Replace("image/png", "image/x-icon", StringComparison.Ordinal)}}"] } ] }
            """);
        _server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/login", () => Results.Content(Kit.Replace("{LOGO}", "a1.jpg", StringComparison.Ordinal), "text/html"));
            app.MapGet("/other", () => Results.Content(Kit.Replace("{LOGO}", "other.png", StringComparison.Ordinal).Replace("/static/fav.ico", "/static/other.ico", StringComparison.Ordinal), "text/html"));
            app.MapGet("/shop", () => Results.Content(Reseller, "text/html"));
            app.MapGet("/static/a1.jpg", () => Results.Bytes(CopiedLogo, "image/jpeg"));
            app.MapGet("/static/fav.ico", () => Results.Bytes(ReferenceFavicon, "image/x-icon"));
            app.MapGet("/static/other.png", () => Results.Bytes(TestLogos.Stripes(180, 72, Teal), "image/png"));
            app.MapGet("/static/other.ico", () => Results.Bytes(TestLogos.Ico(TestLogos.Stripes(32, 32, Teal), 32), "image/x-icon"));
            app.MapGet("/static/shop-logo.png", () => Results.Bytes(TestLogos.Stripes(200, 60, SKColors.OrangeRed), "image/png"));
            app.MapGet("/static/p2.png", () => Results.Bytes(TestLogos.Stripes(120, 120, SKColors.Gray), "image/png"));
            app.MapGet("/static/p3.png", () => Results.Bytes(TestLogos.Blank(120, 120, SKColors.Black), "image/png"));
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CrawlStage_KitWearingTheCopiedLogoAndFavicon_ReportsU1AndExplainsTheVisualMatch()
    {
        var page = await FetchAsync("login");

        var logo = Assert.Single(page.Findings, f => f.Criterion == Criteria.A12 && f.Facts["placement"] == "page header");
        Assert.Equal("ringco", logo.Mark);
        Assert.Equal("perceptual", logo.Facts["visualMatch"]);
        Assert.InRange(int.Parse(logo.Facts["hashDistance"], System.Globalization.CultureInfo.InvariantCulture), 0, 10);
        Assert.Equal("ringco-logo.png", logo.Facts["reference"]);
        Assert.Contains("perceptual hash distance", logo.Reason, StringComparison.Ordinal);
        Assert.EndsWith("/static/a1.jpg", logo.Facts["image"], StringComparison.Ordinal);

        var favicon = Assert.Single(page.Findings, f => f.Criterion == Criteria.A12 && f.Facts["placement"] == "favicon");
        Assert.Equal("exact", favicon.Facts["visualMatch"]);
        Assert.Contains("the same bytes as the reference favicon", favicon.Reason, StringComparison.Ordinal);

        var phishing = Assert.Single(page.Findings, f => f.Criterion == Criteria.U1);
        Assert.Equal("ringco", phishing.Mark);
        Assert.Contains("logo (page header)", phishing.Facts["presentsAs"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrawlStage_SameKitWithAnotherLogo_ReportsNothingForTheMark()
    {
        var page = await FetchAsync("other");

        Assert.DoesNotContain(page.Findings, f => f.Mark == "ringco");
    }

    [Fact]
    public async Task CrawlStage_ResellerShowingTheLogoInItsProductList_IsNotImpersonation()
    {
        var page = await FetchAsync("shop");

        Assert.DoesNotContain(page.Findings, f => f.Criterion is Criteria.U1 or Criteria.A12 or Criteria.A10 or Criteria.U4);
    }

    private async Task<PageEvidence> FetchAsync(string path)
    {
        var fetcher = new SafePageFetcher(Options.Create(new PageFetcherOptions { AllowLoopback = true }));
        var crawler = new SiteCrawler(fetcher, Options.Create(new CrawlOptions { MaxPages = 1 }));
        using var services = new ServiceCollection().BuildServiceProvider();
        using var portfolio = new PortfolioProvider(Options.Create(new PortfolioOptions { Path = Path.Combine(_folder, "marks.json") }), services);
        var snapshot = await portfolio.RefreshAsync(TestContext.Current.CancellationToken);
        Assert.True(snapshot.Analyzer.ComparesImages);
        var stage = new SitePageCrawler(crawler, fetcher, portfolio, Options.Create(new PipelineOptions()));
        return await stage.FetchPageAsync(new Uri(_server!.Address, path), TestContext.Current.CancellationToken);
    }
}
