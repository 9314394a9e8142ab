using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// The Worker's <c>Submissions</c> feed against the real Api process: domains and URLs posted to
/// <c>POST /api/submissions</c> are read through <c>GET /api/submissions?after=</c>, screened and filed as cases, and
/// the cursor keeps a restarted Worker from reading them again. A submitted URL is also fetched and analysed: a page
/// burying a mark becomes a meta-tags case, a page deep-linking under a mark's logo a deep-link case.
/// </summary>
public sealed partial class SubmissionFeedTests : IDisposable
{
    private const string Feed = "manual";

    private readonly TempFolder _folder = new();

    private string Database => Path.Combine(_folder.Path, "state", "worker.db");

    [Fact]
    public async Task Run_SubmittedLookAlikes_AreFiledAsCasesAndNotReadAgainAfterARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string>
        {
            ["paypal-login.com"] = "127.0.0.1",
            ["www.bincraftcontainers.com"] = "127.0.0.1",
            ["www.harborcitysidewalk.example"] = "127.0.0.1",
        });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" });
        using var api = await ApiProcess.StartAsync(_folder.Path, RepoPaths.Of("samples", "marks.json"), ct);
        using var admin = api.Client(api.AdminKey);
        var port = sites.Address.Port.ToString(CultureInfo.InvariantCulture);
        var buried = $"http://www.bincraftcontainers.com:{port}/sites/competitor-buried-wastequip.html";
        var deepLink = $"http://www.harborcitysidewalk.example:{port}/sites/deep-link-logo-ticketmaster.html";
        var url = await SubmitAsync(admin, "https://PayPal-Login.com/signin?next=%2Faccount", ct);
        await SubmitAsync(admin, buried, ct);
        await SubmitAsync(admin, deepLink, ct);
        var domain = await SubmitAsync(admin, "apple-id-verify.com", ct);
        var settings = Settings(api, dns, sites);
        string[] firstSubjects = ["paypal-login.com", "apple-id-verify.com", buried, deepLink];

        using (var first = WorkerProcess.Start("run", settings))
        {
            await UntilFiledAsync(first, domain, firstSubjects, api, ct);
            Assert.Equal(0, await first.TerminateAsync(ct));
            Assert.Equal(4, Read(first.Output));
        }

        using var second = WorkerProcess.Start("run", settings);
        var later = await SubmitAsync(admin, "santander-verify.com", ct);
        await UntilFiledAsync(second, later, [.. firstSubjects, "santander-verify.com"], api, ct);
        Assert.Equal(0, await second.TerminateAsync(ct));

        Assert.True(url < domain && domain < later, "submission ids increase");
        Assert.Equal(1, Read(second.Output));
        var cases = await api.CasesAsync(ct);
        Assert.Equal(5, cases.Count);
        AssertPageCase(cases, buried, "wastequip", "meta-tags", ["A10", "A11"]);
        AssertPageCase(cases, deepLink, "ticketmaster", "deep-link", ["A8"]);
        Assert.All(cases, c => Assert.Single(c.GetProperty("evidence").EnumerateArray()));
        Assert.All(cases, c => Assert.Equal("submission", c.GetProperty("case").GetProperty("source").GetString()));
        var phishing = cases.Single(c => c.GetProperty("case").GetProperty("domain").GetString() == "paypal-login.com"
            && c.GetProperty("case").GetProperty("subject").GetString()!.StartsWith("http://paypal-login.com:", StringComparison.Ordinal));
        Assert.Equal("paypal", phishing.GetProperty("case").GetProperty("mark").GetString());
        var filing = phishing.GetProperty("evidence")[0].GetProperty("filing");
        Assert.Equal("127.0.0.1", filing.GetProperty("evidence").GetProperty("dns").GetProperty("a")[0].GetString());
    }

    /// <summary>The page case filed for <paramref name="url"/>: its mark, kind, and the page with the expected findings as evidence.</summary>
    private static void AssertPageCase(List<JsonElement> cases, string url, string mark, string kind, string[] criteria)
    {
        var page = cases.Single(c => c.GetProperty("case").GetProperty("subject").GetString() == url);
        Assert.Equal(mark, page.GetProperty("case").GetProperty("mark").GetString());
        Assert.Equal(kind, page.GetProperty("case").GetProperty("kind").GetString());
        var filing = page.GetProperty("evidence")[0].GetProperty("filing");
        Assert.Empty(filing.GetProperty("matches").EnumerateArray());
        var pages = filing.GetProperty("evidence").GetProperty("pages");
        Assert.Equal(url, Assert.Single(pages.EnumerateArray()).GetProperty("url").GetString());
        var found = pages[0].GetProperty("findings").EnumerateArray()
            .Where(f => f.TryGetProperty("mark", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() == mark)
            .Select(f => f.GetProperty("criterion").GetString())
            .ToHashSet();
        Assert.All(criteria, c => Assert.Contains(c, found));
    }

    private static async Task<long> SubmitAsync(HttpClient client, string value, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("api/submissions", new { value, note = "reported by a customer" }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"submit {value}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
    }

    /// <summary>Waits until the feed's cursor stands on <paramref name="lastId"/>, no work is open and the cases are filed.</summary>
    private async Task UntilFiledAsync(WorkerProcess worker, long lastId, string[] subjects, ApiProcess api, CancellationToken ct)
    {
        var position = "submissions\t" + lastId.ToString(CultureInfo.InvariantCulture);
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(worker.HasExited, "the worker stopped: " + worker.Output);
            var stages = await WorkState.StagesAsync(Database);
            if (stages.Count == 0 || WorkState.Open(stages) != 0 || await WorkState.CursorAsync(Database, Feed) != position)
            {
                return false;
            }

            // By subject, or by domain for a look-alike filed as phishing about its page.
            var filed = (await api.CasesAsync(ct)).SelectMany(c => new[] { c.GetProperty("case").GetProperty("subject").GetString(), c.GetProperty("case").GetProperty("domain").GetString() }).ToHashSet();
            return subjects.All(filed.Contains);
        }, () => "the worker filed the submissions: " + worker.Output + api.Output, EndToEndWait.Patience, EndToEndWait.Interval);
    }

    /// <summary>The submissions a Worker process read from the feed, summed over its logged runs.</summary>
    private static long Read(string output) =>
        FeedDone().Matches(output).Sum(m => long.Parse(m.Groups["read"].Value, CultureInfo.InvariantCulture));

    private Dictionary<string, string> Settings(ApiProcess api, Dnsmasq dns, LoopbackServer sites)
    {
        var settings = LoopbackWorkerSettings.Create(Path.Combine(_folder.Path, "state"), api, dns, sites);
        settings["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json");
        settings["Feeds:0:Name"] = Feed;
        settings["Feeds:0:Kind"] = "Submissions";
        settings["Feeds:0:Cron"] = "0/2 * * * * ?";
        return settings;
    }

    [GeneratedRegex(@"Feed manual: (?<read>\d+) read")]
    private static partial Regex FeedDone();

    public void Dispose() => _folder.Dispose();
}
