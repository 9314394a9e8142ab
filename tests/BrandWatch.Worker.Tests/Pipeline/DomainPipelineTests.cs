using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Pipeline;

public sealed class DomainPipelineTests : IDisposable
{
    private static readonly Dictionary<string, string> Live = new()
    {
        ["paypal-login.com"] = "127.0.0.1",
        ["apple-id-verify.com"] = "127.0.0.1",
        ["santander-verify.com"] = "127.0.0.1",
    };

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Pull_SampleFeed_FilesEveryMatchOnceWithEvidenceAndVerdict()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live, withMail: ["santander-verify.com"]);
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com", "apple-id-verify.com" });
        await using var api = await CaseApiServer.StartAsync();
        await using var worker = await WorkerFixture.StartAsync(WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json")));
        var feed = new FileFeed("nrd", RepoPaths.Of("samples", "feeds", "newly-registered.txt"));

        var result = await worker.Pipeline.PullAsync(feed, ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var cases = api.Cases;
        Assert.True(result.Matched >= 20, $"only {result.Matched} matches in the sample feed");
        Assert.Equal(result.Matched, cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => (c.Filing.Mark, c.Filing.Subject)).Distinct().Count());
        Assert.Equal(cases.Count, api.Posts);

        // A look-alike whose page collects credentials under the mark is filed as phishing, about that page.
        var phishing = Assert.Single(cases, c => c.Filing.Subject.StartsWith("http://paypal-login.com", StringComparison.Ordinal) && c.Filing.Mark == "paypal").Filing;
        Assert.Equal(SubjectKind.Phishing, phishing.Kind);
        Assert.DoesNotContain(cases, c => c.Filing.Subject == "paypal-login.com" && c.Filing.Mark == "paypal");
        Assert.Equal(["127.0.0.1"], phishing.Evidence.Dns!.A);
        var page = Assert.Single(phishing.Evidence.Pages);
        Assert.Equal(200, page.Status);
        Assert.Contains(page.Findings, f => f.Criterion == Criteria.U1);
        Assert.Contains(page.Findings, f => f.Criterion == Criteria.A10);
        Assert.Equal(RecommendedAction.AbuseTakedown, phishing.Verdict.Action);
        Assert.Equal(Outcome.Likely, phishing.Verdict.Outcome);

        var parked = Assert.Single(cases, c => c.Filing.Subject == "santander-verify.com").Filing;
        Assert.Equal(["mail.santander-verify.com"], parked.Evidence.Dns!.Mx);
        Assert.Contains(parked.Evidence.Pages.Single().Findings, f => f.Criterion == Criteria.U6);

        // A newly-registered list is the watch that found every one of them.
        Assert.All(cases, c => Assert.Equal(CaseSource.Nrd, c.Filing.Source));

        var dead = Assert.Single(cases, c => c.Filing.Subject == "paypall.com").Filing;
        Assert.Equal(DnsOutcome.NxDomain, dead.Evidence.Dns!.Outcome);
        Assert.Empty(dead.Evidence.Pages);
    }

    [Fact]
    public async Task Pull_SameDomainsAgain_AreNotScreenedTwiceUnderTheSamePortfolio()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        await using var worker = await WorkerFixture.StartAsync(WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json")));
        var path = RepoPaths.Of("samples", "feeds", "newly-registered.txt");

        var first = await worker.Pipeline.PullAsync(new FileFeed("nrd", path), ct);
        var again = await worker.Pipeline.PullAsync(new FileFeed("nrd", path), ct);
        var otherFeed = await worker.Pipeline.PullAsync(new FileFeed("mirror", path), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(0, again.Read);
        Assert.Equal(first.Read, otherFeed.Read);
        Assert.Equal(0, otherFeed.Screened);
        Assert.Equal(first.Read - first.Rejected, otherFeed.AlreadyScreened);
        Assert.Equal(0, otherFeed.Matched);
        Assert.Equal(first.Matched, api.Cases.Count);
    }

    [Fact]
    public async Task Pull_AfterPortfolioChange_ScreensAgainAndFindsTheNewMark()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        var marks = _folder.File("marks.json");
        await File.WriteAllTextAsync(marks, """{ "marks": [ { "id": "paypal", "name": "PayPal", "officialDomains": ["paypal.com"] } ] }""", ct);
        var feedPath = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feedPath, "paypal-login.com", "heineken-promo.com", "quiet-garden.org");
        await using var worker = await WorkerFixture.StartAsync(WorkerFixture.Settings(_folder.Path, api, dns, sites, marks));

        var before = await worker.Pipeline.PullAsync(new FileFeed("a", feedPath), ct);
        await File.WriteAllTextAsync(marks, """{ "marks": [ { "id": "paypal", "name": "PayPal", "officialDomains": ["paypal.com"] }, { "id": "heineken", "name": "Heineken" } ] }""", ct);
        var after = await worker.Pipeline.PullAsync(new FileFeed("b", feedPath), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal((3L, 1L), (before.Screened, before.Matched));
        Assert.Equal((3L, 0L, 2L), (after.Screened, after.AlreadyScreened, after.Matched));
        Assert.Contains(api.Cases, c => c.Filing.Mark == "heineken" && c.Filing.Subject == "heineken-promo.com");
    }

    [Fact]
    public async Task File_ApiFailingForAWhile_RetriesWithBackoffAndLosesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        api.FailNext(12);
        var feedPath = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feedPath, "paypal-login.com", "apple-id-verify.com", "santander-verify.com", "paypall.com");
        await using var worker = await WorkerFixture.StartAsync(WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json")));

        var result = await worker.Pipeline.PullAsync(new FileFeed("nrd", feedPath), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(4, result.Matched);
        Assert.Equal(["apple-id-verify.com", "paypal-login.com", "paypall.com", "santander-verify.com"], api.Cases.Select(c => c.Filing.Subject).Order(StringComparer.Ordinal));
        Assert.True(api.Posts >= 4 + 12, $"{api.Posts} posts: the 12 failures were not retried");
        var counts = await worker.Store.CountsAsync(ct);
        Assert.Equal(4, counts["Filed"]);
    }

    [Fact]
    public async Task Recheck_UnchangedEvidence_IsFiledAsASecondLookAtTheSameCase()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        var feedPath = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feedPath, "paypal-login.com");
        await using var worker = await WorkerFixture.StartAsync(WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json")));
        await worker.Pipeline.PullAsync(new FileFeed("nrd", feedPath), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var firstKey = api.LastIdempotencyKey;

        var reopened = await worker.Pipeline.RecheckAsync("paypal-login.com", "paypal", ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.True(reopened);
        var only = Assert.Single(api.Cases);
        Assert.Equal(2, only.Filings);
        Assert.Equal(2, api.Posts);
        Assert.Empty(api.Rejections);
        Assert.NotEqual(firstKey, api.LastIdempotencyKey);
        var counts = await worker.Store.CountsAsync(ct);
        Assert.Equal(0, counts.GetValueOrDefault("Dropped"));
    }

    public void Dispose() => _folder.Dispose();
}
