using System.Net.Http.Json;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Jobs;
using BrandWatch.Worker.Takedowns;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// The takedown follow-up against the real Api process, dnsmasq and loopback sites: a phishing case with a report
/// sent is looked at while live, marked gone when its site stops answering, and re-emerged when it answers again,
/// each change with its alert event and audit line. The checker's verdicts for each way a site can go are a table.
/// </summary>
public sealed class TakedownFollowUpTests : IDisposable
{
    private const string Domain = "santander-verify.com";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task FollowUp_SiteStopsAnsweringThenComesBack_MarksTheReportGoneThenReEmerged()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { [Domain] = "127.0.0.1" });
        var phishing = new HashSet<string> { Domain };
        var sites = await SiteServer.StartAsync(phishing);
        var port = sites.Address.Port;
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var worker = await WorkerFixture.StartAsync(Settings(api, dns, sites));
        try
        {
            var feed = _folder.File("feed.txt");
            Feeds.FeedFilesTests.WriteFeed(feed, Domain);
            await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), ct);
            await worker.Pipeline.WaitIdleAsync(ct);
            var caseId = Assert.Single(await api.CasesAsync(ct)).GetProperty("case").GetProperty("id").GetInt64();
            using var admin = api.Client(api.AdminKey);
            using (var sent = await admin.PostAsJsonAsync($"api/cases/{caseId}/actions", new { party = "host", target = "127.0.0.1" }, ct))
            {
                Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync(ct));
            }

            var job = ActivatorUtilities.CreateInstance<TakedownFollowUpJob>(worker.Services);
            string whileLive;
            try
            {
                whileLive = await job.RunOnceAsync(ct);
            }
            catch (HttpRequestException ex)
            {
                Assert.Fail(ex.Message + api.Output);
                throw;
            }

            var live = await ActionAsync(admin, caseId, ct);

            await sites.DisposeAsync();
            var whileDown = await job.RunOnceAsync(ct);
            var gone = await ActionAsync(admin, caseId, ct);

            sites = await SiteServer.StartAsync(phishing, port);
            var whenBack = await job.RunOnceAsync(ct);
            var back = await ActionAsync(admin, caseId, ct);
            var audit = JsonDocument.Parse(await admin.GetStringAsync($"api/cases/{caseId}/audit", ct)).RootElement;
            var notes = audit.EnumerateArray().Select(a => a.GetProperty("note").GetString() ?? string.Empty).ToList();

            Assert.StartsWith("1 site(s) looked at: 0 gone, 1 live", whileLive);
            Assert.Equal(("sent", "live"), (live.GetProperty("state").GetString(), live.GetProperty("checkResult").GetString()));
            Assert.False(live.TryGetProperty("goneAt", out _));
            Assert.StartsWith("1 site(s) looked at: 1 gone", whileDown);
            Assert.Equal(("sent", "not-answering", "not-answering"),
                (gone.GetProperty("state").GetString(), gone.GetProperty("checkResult").GetString(), gone.GetProperty("goneReason").GetString()));
            Assert.Contains("connection refused", gone.GetProperty("checkDetail").GetString());
            Assert.Contains("(1 re-emerged)", whenBack);
            Assert.Equal(("re-emerged", "live"), (back.GetProperty("state").GetString(), back.GetProperty("checkResult").GetString()));
            Assert.Equal(gone.GetProperty("goneAt").GetDateTimeOffset(), back.GetProperty("goneAt").GetDateTimeOffset());
            Assert.True(back.GetProperty("reEmergedAt").GetDateTimeOffset() > back.GetProperty("goneAt").GetDateTimeOffset());
            Assert.Empty(back.GetProperty("allowed").EnumerateArray());
            Assert.Equal(["takedown-gone", "takedown-reemerged"], await EventsAsync(api, caseId, ct));
            Assert.Contains(notes, n => n.StartsWith("Takedown follow-up: the site is gone (not-answering", StringComparison.Ordinal));
            Assert.Contains(notes, n => n.StartsWith("Takedown follow-up: the site is back", StringComparison.Ordinal) && n.Contains("re-emerged", StringComparison.Ordinal));
            Assert.Equal("0 site(s) looked at: 0 gone, 0 live (0 re-emerged), 0 inconclusive", await job.RunOnceAsync(ct));
        }
        finally
        {
            await sites.DisposeAsync();
        }
    }

    public static TheoryData<string, string, bool, SiteCheckResult, string> Sites => new()
    {
        // name, path on the site server, whether the filing showed the misuse, expected result, a word of the detail
        { "santander-verify.com", "/", true, SiteCheckResult.Live, "still shows" },
        { "santander-parked.com", "/sites/parked-for-sale-vitamixcostco.html", true, SiteCheckResult.MisuseRemoved, "no longer on the page" },
        { "santander-parked.com", "/sites/parked-for-sale-vitamixcostco.html", false, SiteCheckResult.Live, "HTTP 200" },
        { "santander-removed.com", "/sites/no-such-page.html", true, SiteCheckResult.PageRemoved, "HTTP 404" },
        { "santander-deleted.com", "/", true, SiteCheckResult.Nxdomain, "NXDOMAIN" },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public async Task Check_EachWayASiteCanGo_GivesItsResult(string domain, string path, bool showedMisuse, SiteCheckResult expected, string detail)
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string>
        {
            ["santander-verify.com"] = "127.0.0.1", ["santander-parked.com"] = "127.0.0.1", ["santander-removed.com"] = "127.0.0.1",
        });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "santander-verify.com" });
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        await using var worker = await WorkerFixture.StartAsync(Settings(api, dns, sites));
        var url = $"http://{domain}:{sites.Address.Port}{path}";
        var watch = new TakedownWatch
        {
            CaseId = 1, Mark = "santander", Subject = url, Kind = SubjectKind.Phishing, Domain = domain, Urls = [url], ShowedMisuse = showedMisuse,
        };

        var check = await worker.Get<SiteChecker>().CheckAsync(watch, ct);

        Assert.True(expected == check.Result, check.Detail);
        Assert.Contains(detail, check.Detail);
    }

    private static async Task<JsonElement> ActionAsync(HttpClient admin, long caseId, CancellationToken ct) =>
        Assert.Single(JsonDocument.Parse(await admin.GetStringAsync($"api/cases/{caseId}/actions", ct)).RootElement.EnumerateArray().ToList());

    private static async Task<List<string>> EventsAsync(ApiProcess api, long caseId, CancellationToken ct)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.Database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_type FROM case_events WHERE case_id = $id AND event_type LIKE 'takedown-%' ORDER BY id";
        command.Parameters.AddWithValue("$id", caseId);
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            types.Add(reader.GetString(0));
        }

        return types;
    }

    private Dictionary<string, string?> Settings(ApiProcess api, Dnsmasq dns, LoopbackServer sites)
    {
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, "state"), api, dns, sites).ToDictionary(p => p.Key, p => (string?)p.Value);
        settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        settings["Jobs:TakedownCheckAfter"] = "00:00:00";
        return settings;
    }

    public void Dispose() => _folder.Dispose();
}
