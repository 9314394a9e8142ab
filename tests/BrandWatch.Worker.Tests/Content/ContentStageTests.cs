using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Content;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Worker.Tests.Content;

/// <summary>
/// The content stage in-process against dnsmasq, loopback sites and the loopback case Api: every domain of a feed is
/// resolved, fetched and analysed, whatever its name.
/// </summary>
public sealed class ContentStageTests : IDisposable
{
    private const string Imitation = "account-resolution-centre.com";
    private const string Ordinary = "quiet-garden-supplies.com";
    private const string Unresolved = "never-resolves-garden.com";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Content_LiveImitationOnANameWithoutAMark_BecomesOnePhishingCaseFromContent()
    {
        var (api, sites, worker, dns) = await RunFeedAsync();
        await using var _ = api;
        await using var __ = sites;
        await using var ___ = worker;
        using var ____ = dns;

        var filing = Assert.Single(api.Cases).Filing;
        Assert.Equal("paypal", filing.Mark);
        Assert.Equal(SubjectKind.Phishing, filing.Kind);
        Assert.Equal(CaseSource.Content, filing.Source);
        Assert.Equal($"http://{Imitation}:{sites.Address.Port}/signin?session=restore&step=1", filing.Subject);
        Assert.Empty(filing.Matches);
        Assert.Equal(2, filing.Evidence.Pages.Count);
        var signIn = filing.Evidence.Pages.Single(p => p.Url == filing.Subject);
        Assert.Contains(signIn.Findings, f => f.Criterion == Criteria.U1 && f.Mark == "paypal");
        Assert.All(filing.Evidence.Pages.SelectMany(p => p.Findings), f => Assert.True(f.Mark is null or "paypal", $"finding for {f.Mark} in the paypal case"));
        Assert.Equal(1, sites.Hits(Imitation, "/"));
        Assert.Equal(1, sites.Hits(Imitation, "/signin"));
    }

    [Fact]
    public async Task Content_OrdinaryShopWithSignInButtons_IsRecordedAsScreenedAndNotFiled()
    {
        var (api, sites, worker, dns) = await RunFeedAsync();
        await using var _ = api;
        await using var __ = sites;
        await using var ___ = worker;
        using var ____ = dns;

        var row = await RowAsync(Ordinary);

        Assert.DoesNotContain(api.Cases, c => c.Filing.Subject.Contains(Ordinary, StringComparison.Ordinal));
        Assert.Equal(("Screened", 0L), (row.Status, row.Cases));
        Assert.Equal(3, row.Pages);
        Assert.StartsWith("home page 200, 2 login-like page(s); findings: none; nothing filed", row.Detail, StringComparison.Ordinal);
        Assert.Equal(1, sites.Hits(Ordinary, "/account/login"));
    }

    [Fact]
    public async Task Content_NameThatDoesNotResolve_IsSkippedWithTheReasonAndNeverFetched()
    {
        var (api, sites, worker, dns) = await RunFeedAsync();
        await using var _ = api;
        await using var __ = sites;
        await using var ___ = worker;
        using var ____ = dns;

        var row = await RowAsync(Unresolved);

        Assert.Equal(("Skipped", 0L), (row.Status, row.Pages));
        Assert.Contains("does not resolve", row.Detail, StringComparison.Ordinal);
        Assert.Equal(0, sites.HitsOn(Unresolved));
    }

    [Fact]
    public async Task Content_SameDomainsFromAnotherFeed_AreNotFetchedOrFiledAgain()
    {
        var (api, sites, worker, dns) = await RunFeedAsync();
        await using var _ = api;
        await using var __ = sites;
        await using var ___ = worker;
        using var ____ = dns;
        var ct = TestContext.Current.CancellationToken;

        await worker.Pipeline.PullAsync(new FileFeed("mirror", _folder.File("feed.txt")), ct);
        await worker.Get<ContentStage>().WaitIdleAsync(ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Single(api.Cases);
        Assert.Equal(1, sites.Hits(Imitation, "/"));
        Assert.Equal(1, sites.Hits(Ordinary, "/"));
    }

    [Fact]
    public async Task Content_Disabled_QueuesNothingAndFetchesNothing()
    {
        var (api, sites, worker, dns) = await RunFeedAsync(enabled: false);
        await using var _ = api;
        await using var __ = sites;
        await using var ___ = worker;
        using var ____ = dns;

        Assert.Empty(api.Cases);
        Assert.Equal(0, sites.HitsOn(Imitation) + sites.HitsOn(Ordinary));
        Assert.Empty(await worker.Get<ContentStore>().CountsAsync(TestContext.Current.CancellationToken));
    }

    private async Task<(CaseApiServer Api, ContentSites Sites, WorkerFixture Worker, Dnsmasq Dns)> RunFeedAsync(bool enabled = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { [Imitation] = "127.0.0.1", [Ordinary] = "127.0.0.1" });
        var sites = await ContentSites.StartAsync(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [Imitation] = ContentSites.Imitation,
            [Ordinary] = ContentSites.Ordinary,
        });
        var api = await CaseApiServer.StartAsync();
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, Imitation, Ordinary, Unresolved);
        var settings = WorkerFixture.Settings(_folder.Path, api, dns, sites.Server, RepoPaths.Of("samples", "marks.json"));
        settings["Content:Enabled"] = enabled ? "true" : "false";
        settings["Content:FetchesPerSecond"] = "200";
        var worker = await WorkerFixture.StartAsync(settings);
        var content = worker.Get<ContentStage>();
        content.Start();

        await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), ct);
        await content.WaitIdleAsync(ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        return (api, sites, worker, dns);
    }

    private async Task<ContentRow> RowAsync(string domain)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "worker.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return await connection.QuerySingleAsync<ContentRow>(
            "SELECT status AS Status, detail AS Detail, pages AS Pages, cases AS Cases FROM content_item WHERE domain = @domain", new { domain });
    }

    private sealed record ContentRow(string Status, string Detail, long Pages, long Cases);

    public void Dispose() => _folder.Dispose();
}
