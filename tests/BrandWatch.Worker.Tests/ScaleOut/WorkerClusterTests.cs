using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using BrandWatch.Worker.Tests.EndToEnd;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.ScaleOut;

/// <summary>
/// Two real Worker processes (<c>run</c>, Quartz clustered) on one PostgreSQL work database and one feed, filing into
/// the real Api process on loopback, with loopback DNS and sites.
/// </summary>
[Collection(WorkPostgresGroup.Name)]
public sealed class WorkerClusterTests(WorkPostgresFixture postgres) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TwoWorkers_OneFeed_SplitTheWorkAndFileEveryNameExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["#"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" }, delay: TimeSpan.FromMilliseconds(100));
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var connection = await postgres.NewDatabaseAsync();

        using var first = WorkerProcess.Start("run", Settings(api, dns, sites, connection, "first"));
        await using var state = await StateAsync(connection, ct);
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(first.HasExited, first.Output);
            return await new JobRunStore(state, TimeProvider.System).CountAsync("pull-feed-nrd", ct) > 0;
        }, () => "the first Worker's scheduler ran the feed job: " + first.Output, EndToEndWait.Patience, EndToEndWait.Interval);
        using var second = WorkerProcess.Start("run", Settings(api, dns, sites, connection, "second"));

        var stages = await UntilDoneAsync(state, [first, second], ct);
        await first.TerminateAsync(ct);
        await second.TerminateAsync(ct);

        var cases = await api.CasesAsync(ct);
        Assert.True(cases.Count >= 20, $"only {cases.Count} cases filed from the sample feed");
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        // Filed once each: one filing per case in the Api, and each (domain, mark) finished by one instance only. (A
        // filing whose answer was lost to the HTTP client's timeout is sent again by the same instance and answered as a
        // replay of the same case: one line, one filing.)
        Assert.All(cases, c => Assert.Single(c.GetProperty("evidence").EnumerateArray()));
        var byFirst = FiledNames(first.Output);
        var bySecond = FiledNames(second.Output);
        Assert.Equal(cases.Count, byFirst.Count + bySecond.Count);
        Assert.Equal(byFirst.Count + bySecond.Count, byFirst.Concat(bySecond).Distinct().Count());
        // Both instances took part.
        Assert.NotEmpty(byFirst);
        Assert.NotEmpty(bySecond);
    }

    [Fact]
    public async Task WorkerKilledHoldingClaims_TheOtherTakesItsWorkAfterTheLeaseAndFilesEachNameOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["#"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" }, delay: TimeSpan.FromMilliseconds(300));
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var connection = await postgres.NewDatabaseAsync();
        await using var state = await StateAsync(connection, ct);

        IReadOnlyList<long> heldAtCrash = [];
        using (var doomed = WorkerProcess.Start("run", Settings(api, dns, sites, connection, "doomed")))
        {
            await Eventually.HoldsAsync(async () =>
            {
                Assert.False(doomed.HasExited, doomed.Output);
                heldAtCrash = await HeldByAsync(state, "doomed", ct);
                return heldAtCrash.Count >= 3;
            }, () => "the first Worker held open work items: " + doomed.Output, EndToEndWait.Patience, TimeSpan.FromMilliseconds(20));
            doomed.Crash();
        }

        using var survivor = WorkerProcess.Start("run", Settings(api, dns, sites, connection, "survivor"));
        var stages = await UntilDoneAsync(state, [survivor], ct);
        await survivor.TerminateAsync(ct);

        var cases = await api.CasesAsync(ct);
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.All(cases, c => Assert.Single(c.GetProperty("evidence").EnumerateArray()));
        // Every item the dead instance held reached a final stage through the survivor.
        var store = new WorkStore(state, TimeProvider.System);
        foreach (var id in heldAtCrash)
        {
            var item = await store.GetAsync(id, ct);
            Assert.True(item!.Stage is WorkStage.Filed or WorkStage.Dropped or WorkStage.OwnerDomain, $"item {id} is still at {item.Stage}");
        }
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The (domain, mark) pairs a Worker logged as filed.</summary>
    private static List<(string Domain, string Mark)> FiledNames(string output) =>
        System.Text.RegularExpressions.Regex.Matches(output, @"Filed (\S+) for mark (\S+) as case")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    private Dictionary<string, string> Settings(ApiProcess api, Dnsmasq dns, LoopbackServer sites, string connection, string instance)
    {
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, instance), api, dns, sites);
        settings["Worker:ConnectionString"] = connection;
        settings["Worker:InstanceId"] = instance;
        settings["Worker:Lease"] = "00:00:03";
        settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        settings["Feeds:0:Name"] = "nrd";
        settings["Feeds:0:Path"] = RepoPaths.Of("samples", "feeds", "newly-registered.txt");
        settings["Feeds:0:Cron"] = "0/2 * * * * ?";
        // Small claims, so that the second instance finds work left to take.
        settings["Pipeline:ChannelCapacity"] = "2";
        settings["Pipeline:PollInterval"] = "00:00:00.100";
        return settings;
    }

    private static async Task<WorkDatabase> StateAsync(string connection, CancellationToken ct)
    {
        var state = WorkDatabase.Open(connection, "unused.db", "test-observer");
        await state.MigrateAsync(TimeProvider.System, ct);
        return state;
    }

    private static async Task<IReadOnlyList<long>> HeldByAsync(WorkDatabase state, string instance, CancellationToken ct)
    {
        await using var connection = await state.OpenAsync(ct);
        var ids = await Dapper.SqlMapper.QueryAsync<long>(connection,
            "SELECT id FROM work_item WHERE claimed_by = @Instance AND stage IN ('Enrich', 'Crawl', 'Score', 'File')", new { Instance = instance });
        return ids.ToList();
    }

    private static async Task<IReadOnlyDictionary<string, long>> UntilDoneAsync(WorkDatabase state, IReadOnlyList<WorkerProcess> workers, CancellationToken ct)
    {
        var store = new WorkStore(state, TimeProvider.System);
        var cursors = new FeedCursorStore(state, TimeProvider.System);
        IReadOnlyDictionary<string, long> stages = new Dictionary<string, long>();
        await Eventually.HoldsAsync(async () =>
        {
            Assert.All(workers, w => Assert.False(w.HasExited, "a worker stopped: " + w.Output));
            if (await store.OpenCountAsync(ct) != 0 || !(await cursors.GetAsync("nrd", ct)).Position.EndsWith(EndToEndWait.LastLine, StringComparison.Ordinal))
            {
                return false;
            }

            // Counted once nothing is open: counted before, an item still in flight could reach Filed between the two reads.
            stages = await store.CountsAsync(ct);
            return stages.Count > 0;
        }, () => "the workers finished the feed: " + string.Join("\n----\n", workers.Select(w => w.Output)), EndToEndWait.Patience, EndToEndWait.Interval);
        return stages;
    }
}
