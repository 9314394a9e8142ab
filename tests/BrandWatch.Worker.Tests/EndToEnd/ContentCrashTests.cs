using BrandWatch.Worker.Tests.Fixtures;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// Content screening in the real Worker process, filing into the real Api process: killed in the middle of the content
/// stage and started again, it finishes the rest without fetching a finished domain again and files each imitation once.
/// </summary>
public sealed class ContentCrashTests : IDisposable
{
    private const int Concurrency = 4;

    private static readonly string[] Imitations = ["account-resolution-centre.com", "limited-access-review.net", "secure-session-restore.org"];

    private static readonly string[] Ordinary = Enumerable.Range(1, 24).Select(i => $"garden-shop-{i:D2}.com").ToArray();

    private static readonly string[] Unresolved = ["never-resolves-1.com", "never-resolves-2.net"];

    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "state", "worker.db");

    [Fact]
    public async Task Run_KilledMidContentStage_ResumesWithoutRefetchingFinishedDomainsAndFilesEachImitationOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Imitations.Concat(Ordinary).ToDictionary(d => d, _ => "127.0.0.1"));
        await using var sites = await ContentSites.StartAsync(
            Imitations.Select(d => (d, ContentSites.Imitation)).Concat(Ordinary.Select(d => (d, ContentSites.Ordinary))).ToDictionary(s => s.d, s => s.Item2),
            delay: TimeSpan.FromMilliseconds(150));
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        var feed = _folder.File("nrd.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, [.. Ordinary[..12], .. Imitations, .. Unresolved, .. Ordinary[12..]]);
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, "state"), api, dns, sites.Server);
        settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        settings["Feeds:0:Name"] = "nrd";
        settings["Feeds:0:Path"] = feed;
        settings["Feeds:0:Cron"] = "0/2 * * * * ?";
        settings["Content:Enabled"] = "true";
        settings["Content:Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Content:FetchesPerSecond"] = "100";

        Dictionary<string, long> atCrash;
        HashSet<string> finishedAtCrash;
        using (var first = WorkerProcess.Start("run", settings))
        {
            await Eventually.HoldsAsync(async () =>
            {
                Assert.False(first.HasExited, first.Output);
                return (await ContentAsync()).Count(r => r.Status != "Pending") >= 6;
            }, () => "six domains were screened before the crash: " + first.Output, EndToEndWait.Patience, TimeSpan.FromMilliseconds(20));

            first.Crash();
            var rows = await ContentAsync();
            atCrash = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => (long)g.Count());
            finishedAtCrash = rows.Where(r => r.Status != "Pending").Select(r => r.Domain).ToHashSet();
        }

        var homeHitsAtCrash = Ordinary.Concat(Imitations).Sum(d => sites.Hits(d));
        using var second = WorkerProcess.Start("run", settings);
        await UntilContentDoneAsync(second);
        await second.TerminateAsync(ct);

        Assert.True(atCrash.GetValueOrDefault("Pending") > 0, "the crash came after the content stage was done; nothing was resumed");
        var after = await ContentAsync();
        Assert.Equal(Ordinary.Length + Imitations.Length + Unresolved.Length, after.Count);
        Assert.All(finishedAtCrash, domain => Assert.True(sites.Hits(domain) <= 1, $"{domain} was finished before the crash and fetched again"));
        var refetched = Ordinary.Concat(Imitations).Sum(d => sites.Hits(d)) - (Ordinary.Length + Imitations.Length);
        Assert.InRange(refetched, 0, Concurrency);
        Assert.True(homeHitsAtCrash > 0);
        Assert.All(Unresolved, domain => Assert.Equal(0, sites.HitsOn(domain)));
        Assert.Equal(Imitations.Order(StringComparer.Ordinal), after.Where(r => r.Status == "Cased").Select(r => r.Domain).Order(StringComparer.Ordinal));

        var cases = await api.CasesAsync(ct);
        var phishing = cases.Where(c => c.GetProperty("case").GetProperty("kind").GetString() == "phishing").ToList();
        Assert.Equal(Imitations.Length, phishing.Count);
        Assert.All(phishing, c =>
        {
            Assert.Equal("paypal", c.GetProperty("case").GetProperty("mark").GetString());
            Assert.Equal("content", c.GetProperty("case").GetProperty("source").GetString());
            Assert.Single(c.GetProperty("evidence").EnumerateArray());
        });
        Assert.Equal(Imitations.Order(StringComparer.Ordinal),
            phishing.Select(c => new Uri(c.GetProperty("case").GetProperty("subject").GetString()!).Host).Order(StringComparer.Ordinal));
    }

    private Task UntilContentDoneAsync(WorkerProcess worker) =>
        Eventually.HoldsAsync(async () =>
        {
            Assert.False(worker.HasExited, "the worker stopped: " + worker.Output);
            var content = await ContentAsync();
            var stages = await WorkState.StagesAsync(Database);
            return content.Count == Ordinary.Length + Imitations.Length + Unresolved.Length && content.All(r => r.Status != "Pending") && WorkState.Open(stages) == 0;
        }, () => "the worker screened every domain: " + worker.Output, EndToEndWait.Patience, EndToEndWait.Interval);

    private async Task<List<ContentRow>> ContentAsync()
    {
        if (!File.Exists(Database))
        {
            return [];
        }

        await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        try
        {
            return (await connection.QueryAsync<ContentRow>("SELECT domain AS Domain, status AS Status FROM content_item")).AsList();
        }
        catch (SqliteException)
        {
            return []; // not migrated yet
        }
    }

    private sealed record ContentRow(string Domain, string Status);

    public void Dispose() => _folder.Dispose();
}
