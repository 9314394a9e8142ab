using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Presence;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Presence;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Pipeline;

/// <summary>
/// No flapping, against a real dnsmasq: a resolver that stops answering once neither turns a live case into a gone
/// one nor re-files it; a name that stays gone over consecutive looks does change, with the looks that showed it.
/// </summary>
public sealed class PresenceHysteresisTests : IDisposable
{
    private const string Domain = "santander-verify.com";
    private const string Mark = "santander";

    private static readonly Dictionary<string, string> Live = new() { [Domain] = "127.0.0.1" };

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Recheck_ResolverTimesOutOnce_CaseStaysLiveAndNothingIsFiled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        await using var worker = await StartWorkerAsync(api, dns, sites);
        var presence = worker.Get<PresenceStore>();
        Assert.Equal(1, api.Posts);
        Assert.Equal(PresenceState.Live, (await presence.GetAsync(Domain, Mark, ct))!.State);

        dns.Silence();
        Assert.True(await worker.Pipeline.RecheckAsync(Domain, Mark, ct));
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(1, api.Posts);
        Assert.Equal(1, (await worker.Store.CountsAsync(ct)).GetValueOrDefault("Held"));
        var held = (await presence.GetAsync(Domain, Mark, ct))!;
        Assert.Equal(PresenceState.Live, held.State);
        Assert.Empty(held.Pending);
        Assert.Equal(PresenceState.Unknown, held.Recent[^1].State);
        Assert.Equal("DNS timeout", held.Recent[^1].Reason);

        // The resolver answers again: the next look agrees with the settled state and is filed as a second look.
        await dns.RestartAsync(Live);
        Assert.True(await worker.Pipeline.RecheckAsync(Domain, Mark, ct));
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(2, api.Posts);
        var filed = Assert.Single(api.Cases).Filing.Evidence;
        Assert.Equal(PresenceState.Live, filed.Presence!.State);
        Assert.Null(filed.Presence.LastChange);
        Assert.Equal([PresenceState.Live, PresenceState.Unknown, PresenceState.Live], filed.Presence.Recent.Select(l => l.State));
    }

    [Fact]
    public async Task Recheck_NameGoneOnTwoLooks_ChangesToGoneOnlyOnTheSecondWithBothLooksFiled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        await using var worker = await StartWorkerAsync(api, dns, sites);
        var presence = worker.Get<PresenceStore>();

        await dns.RestartAsync(new Dictionary<string, string>()); // every name NXDOMAIN
        Assert.True(await worker.Pipeline.RecheckAsync(Domain, Mark, ct));
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(1, api.Posts);
        var pending = (await presence.GetAsync(Domain, Mark, ct))!;
        Assert.Equal(PresenceState.Live, pending.State);
        Assert.Equal(PresenceState.Gone, Assert.Single(pending.Pending).State);

        Assert.True(await worker.Pipeline.RecheckAsync(Domain, Mark, ct));
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(2, api.Posts);
        var filed = api.Cases.Single(c => c.Filing.Evidence.Dns?.Outcome == DnsOutcome.NxDomain).Filing.Evidence;
        Assert.Equal(PresenceState.Gone, filed.Presence!.State);
        var change = filed.Presence.LastChange!;
        Assert.Equal((PresenceState.Live, PresenceState.Gone), (change.From, change.To));
        Assert.Equal(2, change.Observations.Count);
        Assert.All(change.Observations, l => Assert.Equal("DNS nx-domain", l.Reason));
        Assert.Equal(PresenceState.Gone, (await presence.GetAsync(Domain, Mark, ct))!.State);
    }

    private async Task<WorkerFixture> StartWorkerAsync(CaseApiServer api, Dnsmasq dns, LoopbackServer sites)
    {
        var settings = WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json"));
        settings["Dns:Timeout"] = "00:00:00.300";
        settings["Dns:Retries"] = "0";
        settings["Dns:NegativeCacheTime"] = "00:00:00";
        settings["Presence:Confirmations"] = "2";
        settings["Presence:MinimumSpan"] = "00:00:00";
        var worker = await WorkerFixture.StartAsync(settings);
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, Domain);
        await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), TestContext.Current.CancellationToken);
        await worker.Pipeline.WaitIdleAsync(TestContext.Current.CancellationToken);
        return worker;
    }

    public void Dispose() => _folder.Dispose();
}
