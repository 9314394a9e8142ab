using BrandWatch.Worker.Content;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Tests.ScaleOut;

/// <summary>
/// Two Worker instances (A and B) on one work database, on each engine: claims are disjoint, a lease that runs out hands
/// the work over and fences the old holder out, and a feed is read by one instance at a time.
/// </summary>
[Collection(WorkPostgresGroup.Name)]
public sealed class WorkClaimTests(WorkPostgresFixture postgres) : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ClaimDue_TwoInstancesAtOnce_TakeDisjointItemsAndTogetherAllOfThem(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await OpenPairAsync(provider, ct);
        await using var _ = a;
        await using var __ = b;
        var storeA = new WorkStore(a, _time);
        var storeB = new WorkStore(b, _time);
        var created = await ScreenAsync(a, storeA, Domains(40), ct);
        await storeA.ReleaseAsync(ct); // SQLite's one instance keeps what it screened; free them for the race

        var tookA = new List<long>();
        var tookB = new List<long>();
        while (true)
        {
            var claims = await Task.WhenAll(storeA.ClaimDueAsync(7, ct), storeB.ClaimDueAsync(7, ct));
            if (claims[0].Count + claims[1].Count == 0)
            {
                break;
            }

            tookA.AddRange(claims[0].Select(i => i.Id));
            tookB.AddRange(claims[1].Select(i => i.Id));
            // Finished items leave the queue, so the next round claims the rest.
            foreach (var (store, items) in new[] { (storeA, claims[0]), (storeB, claims[1]) })
            {
                foreach (var item in items)
                {
                    Assert.True(await store.AdvanceAsync(item, WorkStage.Dropped, item.State, null, ct));
                }
            }
        }

        Assert.Empty(tookA.Intersect(tookB));
        Assert.Equal(created.Select(i => i.Id).Order(), tookA.Concat(tookB).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LeaseRunsOut_TheOtherInstanceTakesTheItemsOverAndTheOldHolderCanNoLongerMoveThem(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await OpenPairAsync(provider, ct);
        await using var _ = a;
        await using var __ = b;
        var storeA = new WorkStore(a, _time);
        var storeB = new WorkStore(b, _time);
        await ScreenAsync(a, storeA, Domains(5), ct);
        var heldByA = await storeA.ClaimDueAsync(10, ct);

        var whileAlive = await storeB.ClaimDueAsync(10, ct);
        _time.Advance(Lease / 2);
        await storeA.RenewAsync(ct);
        _time.Advance(Lease / 2 + TimeSpan.FromSeconds(1));
        var afterRenewal = await storeB.ClaimDueAsync(10, ct);
        _time.Advance(Lease); // A died: no renewal any more
        var takenOver = await storeB.ClaimDueAsync(10, ct);
        var first = heldByA[0];
        var movedByA = await storeA.AdvanceAsync(first, WorkStage.Crawl, first.State, null, ct);
        var postponedByA = await storeA.PostponeAsync(heldByA[1], TimeSpan.FromMinutes(1), "late", ct);
        var movedByB = await storeB.AdvanceAsync(first, WorkStage.Crawl, first.State, null, ct);

        Assert.Equal(5, heldByA.Count);
        Assert.Empty(whileAlive);
        Assert.Empty(afterRenewal);
        Assert.Equal(heldByA.Select(i => i.Id), takenOver.Select(i => i.Id));
        Assert.False(movedByA);
        Assert.False(postponedByA);
        Assert.True(movedByB);
        Assert.Equal(WorkStage.Crawl, (await storeB.GetAsync(first.Id, ct))!.Stage);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FeedRead_HeldByOneInstance_IsLeftToItUntilItsLeaseRunsOutAndItsLateBatchIsNotKept(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await OpenPairAsync(provider, ct);
        await using var _ = a;
        await using var __ = b;
        var cursorsA = new FeedCursorStore(a, _time);
        var cursorsB = new FeedCursorStore(b, _time);
        var storeA = new WorkStore(a, _time);

        var claimedByA = await cursorsA.ClaimAsync("nrd", ct);
        var claimedByBWhileAHolds = await cursorsB.ClaimAsync("nrd", ct);
        var holder = await cursorsB.HolderAsync("nrd", ct);
        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        var claimedByBAfterLease = await cursorsB.ClaimAsync("nrd", ct);
        await using var connection = await a.OpenAsync(ct);
        var late = await Assert.ThrowsAsync<FeedTakenOverException>(() => storeA.CommitScreenedAsync(
            connection, "v1", Domains(3), Domains(3).Select(d => new WorkState { Domain = d, Mark = "paypal" }).ToList(), "nrd", cursorsA, "nrd", "line:3", ct));

        Assert.True(claimedByA);
        Assert.False(claimedByBWhileAHolds);
        Assert.Equal("A", holder);
        Assert.True(claimedByBAfterLease);
        Assert.Equal("nrd", late.Feed);
        Assert.Equal(string.Empty, (await cursorsB.GetAsync("nrd", ct)).Position);
        Assert.Equal(0, await new WorkStore(b, _time).OpenCountAsync(ct));
        Assert.Equal("B", await cursorsA.HolderAsync("nrd", ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ContentQueue_TwoInstancesAtOnce_ClaimDisjointDomains(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await OpenPairAsync(provider, ct);
        await using var _ = a;
        await using var __ = b;
        var domains = Domains(30);
        await ScreenAsync(a, new WorkStore(a, _time), domains, ct, content: true);
        var contentA = new ContentStore(a, _time);
        var contentB = new ContentStore(b, _time);

        var claims = await Task.WhenAll(contentA.DueAsync(0, 20, ct), contentB.DueAsync(0, 20, ct));
        var rest = await contentA.DueAsync(0, 20, ct);

        Assert.Empty(claims[0].Select(i => i.Domain).Intersect(claims[1].Select(i => i.Domain)));
        Assert.Equal(domains.Order(), claims[0].Concat(claims[1]).Select(i => i.Domain).Order());
        // A asks again: it is handed back what it holds, never B's.
        Assert.Equal(claims[0].Select(i => i.Id), rest.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Monitored_ACaseRecheckedOnce_IsDueAgainOnlyWhenItsLatestLookIsOld(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, b) = await OpenPairAsync(provider, ct);
        await using var _ = a;
        await using var __ = b;
        var store = new WorkStore(a, _time);
        var age = TimeSpan.FromDays(7);
        await ScreenAsync(a, store, ["paypal-watch.com"], ct);
        await FileAsMonitorAsync(a, store, ct); // the feed's look, filed with the verdict "monitor"

        _time.Advance(TimeSpan.FromDays(8));
        var dueAfterAWeek = await store.MonitoredAsync(age, 100, ct);
        Assert.NotNull(await store.ReopenAsync(new WorkState { Domain = "paypal-watch.com", Mark = "paypal" }, "v1", "recheck", ct));
        var dueWhileRechecking = await store.MonitoredAsync(age, 100, ct);
        await FileAsMonitorAsync(a, store, ct);
        _time.Advance(TimeSpan.FromDays(1));
        var dueTheNextDay = await store.MonitoredAsync(age, 100, ct);
        _time.Advance(TimeSpan.FromDays(7));
        var dueAWeekAfterTheRecheck = await store.MonitoredAsync(age, 100, ct);

        Assert.Equal([("paypal-watch.com", "paypal")], dueAfterAWeek);
        Assert.Empty(dueWhileRechecking);
        Assert.Empty(dueTheNextDay); // the feed's row still has its first look's time: it must not make the case due
        Assert.Equal([("paypal-watch.com", "paypal")], dueAWeekAfterTheRecheck);
    }

    /// <summary>Claims the open item and files it; its state then says the verdict recommended monitoring.</summary>
    private static async Task FileAsMonitorAsync(WorkDatabase database, WorkStore store, CancellationToken ct)
    {
        var item = Assert.Single(await store.ClaimDueAsync(10, ct));
        Assert.True(await store.AdvanceAsync(item, WorkStage.Filed, item.State, "case-1", ct));
        await using var connection = await database.OpenAsync(ct);
        await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE work_item SET state = @State WHERE id = @Id",
            new { item.Id, State = """{"domain":"paypal-watch.com","mark":"paypal","filing":{"verdict":{"action":"monitor"}}}""" });
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Domains(int count) => Enumerable.Range(1, count).Select(i => $"paypal-check{i}.com").ToArray();

    private async Task<IReadOnlyList<WorkItem>> ScreenAsync(WorkDatabase database, WorkStore store, string[] domains, CancellationToken ct, bool content = false)
    {
        var cursors = new FeedCursorStore(database, _time);
        Assert.True(await cursors.ClaimAsync("nrd", ct));
        await using var connection = await database.OpenAsync(ct);
        var created = await store.CommitScreenedAsync(
            connection, "v1", domains.ToList(), domains.Select(d => new WorkState { Domain = d, Mark = "paypal" }).ToList(), "nrd", cursors, "nrd",
            $"line:{domains.Length}", ct, content: content ? domains.ToList() : null);
        await cursors.ReleaseAsync("nrd", ct);
        Assert.Equal(domains.Length, created.Count);
        return created;
    }

    private async Task<(WorkDatabase A, WorkDatabase B)> OpenPairAsync(string provider, CancellationToken ct)
    {
        var connectionString = provider == "postgresql" ? await postgres.NewDatabaseAsync() : $"Provider=sqlite;Data Source={_folder.File("work.db")}";
        var a = WorkDatabase.Open(connectionString, _folder.File("unused.db"), "A", Lease);
        await a.MigrateAsync(_time, ct);
        var b = WorkDatabase.Open(connectionString, _folder.File("unused.db"), "B", Lease);
        return (a, b);
    }
}
