using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Crawling;

public sealed class SiteCrawlerTests(LoopbackSiteServer site) : IClassFixture<LoopbackSiteServer>
{
    [Fact]
    public async Task Crawl_HomeWithLinks_FetchesHomeAndBoundedSameSitePagesInOrder()
    {
        var crawl = await Crawler(maxPages: 4).CrawlAsync(site.HttpUrl("/"), TestContext.Current.CancellationToken);

        Assert.Equal(
            [site.HttpUrl("/").AbsoluteUri, site.HttpUrl("/about").AbsoluteUri, site.HttpUrl("/login").AbsoluteUri, site.HttpUrl("/p/1").AbsoluteUri],
            crawl.Pages.Select(p => p.FinalUrl));
        Assert.Equal(5, crawl.LinksNotFetched); // /p/2 … /p/6; the external, mailto and javascript links never count
        Assert.All(crawl.Pages, p => Assert.Equal(200, p.Status));
        Assert.Contains("type=\"password\"", crawl.Pages[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_TwoCrawlsOfOneHostAtOnce_NeverOverlapRequests()
    {
        var crawler = Crawler(maxPages: 7);
        var ct = TestContext.Current.CancellationToken;

        var crawls = await Task.WhenAll(crawler.CrawlAsync(site.HttpUrl("/"), ct), crawler.CrawlAsync(site.HttpUrl("/?second"), ct));

        Assert.All(crawls, c => Assert.Equal(7, c.Pages.Count));
        Assert.Equal(1, site.MaxInFlight);
    }

    [Fact]
    public async Task Crawl_HomeRefused_ReturnsOnlyTheFailedHome()
    {
        var crawl = await Crawler(maxPages: 4).CrawlAsync(site.HttpUrl("/redirect-to?target=http%3A%2F%2F10.0.0.1%2F"), TestContext.Current.CancellationToken);

        var home = Assert.Single(crawl.Pages);
        Assert.Equal(FetchError.BlockedAddress, home.Error);
    }

    [Fact]
    public void Links_BaseElementFragmentsAndSchemes_ResolvedAndFiltered()
    {
        const string html = """
            <html><head><base href="https://shop.example/store/"></head><body>
            <a href="item?id=1#top">item</a><a href="item?id=1#bottom">same item</a>
            <a href="/about">about</a><a href="mailto:a@b.example">mail</a><a href="javascript:alert(1)">js</a>
            <iframe src="https://owner.example/account"></iframe><area href="map">
            </body></html>
            """;

        var links = LinkExtractor.Links(html, new Uri("https://shop.example/"), 100);

        Assert.Equal(
            ["https://shop.example/store/item?id=1", "https://shop.example/about", "https://owner.example/account", "https://shop.example/store/map"],
            links.Select(l => l.AbsoluteUri));
    }

    [Theory]
    [InlineData("https://www.shop.example/a", "https://shop.example/", true)]
    [InlineData("http://shop.example/a", "https://www.shop.example/", true)]
    [InlineData("https://cdn.shop.example/a", "https://shop.example/", false)]
    [InlineData("https://shop.example.evil.example/", "https://shop.example/", false)]
    public void SameSite_HostWithOrWithoutWww(string link, string home, bool expected) =>
        Assert.Equal(expected, SiteCrawler.SameSite(new Uri(link), new Uri(home)));

    private SiteCrawler Crawler(int maxPages)
    {
        var fetcher = new SafePageFetcher(Options.Create(new PageFetcherOptions { AllowLoopback = true }));
        return new SiteCrawler(fetcher, Options.Create(new CrawlOptions { MaxPages = maxPages, DelayPerHost = TimeSpan.FromMilliseconds(20) }));
    }
}
