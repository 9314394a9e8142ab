using System.Globalization;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.EndToEnd;

/// <summary>
/// The real Worker process (<c>run</c>) against loopback DNS (dnsmasq), loopback sites and a strict loopback Api,
/// reading the sample feed on a cron schedule.
/// </summary>
public sealed class WorkerServiceTests : IDisposable
{
    private static readonly string[] Planted =
    [
        "paypal-login.com", "apple-id-verify.com", "santander-verify.com", "heineken-promo.com", "paypall.com",
        "microsoft-office365-login.com", "zalando-outlet.shop", "renault-occasions.shop", "paypal.shop",
    ];

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempFolder _folder = new();

    /// <summary>The cursor's end: the number of the sample feed's last line that holds a domain.</summary>
    private static string LastLine { get; } = "\t" + File.ReadLines(RepoPaths.Of("samples", "feeds", "newly-registered.txt"))
        .Select((line, index) => (Text: line.Split('#')[0].Trim(), Number: index + 1)).Last(l => l.Text.Length > 0).Number.ToString(CultureInfo.InvariantCulture);

    private string Database => Path.Combine(_folder.Path, "state", "worker.db");

    [Fact]
    public async Task Run_SampleFeed_FilesThePlantedLookAlikesWithEvidenceAndVerdicts()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["paypal-login.com"] = "127.0.0.1", ["apple-id-verify.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com", "apple-id-verify.com" });
        await using var api = await CaseApiServer.StartAsync();
        using var worker = WorkerProcess.Start("run", Settings(api.Address, api.Key, dns, sites));

        var stages = await WaitUntilDoneAsync(worker, ct);
        var code = await worker.TerminateAsync(ct);

        Assert.Equal(0, code);
        var cases = api.Cases;
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => (c.Filing.Mark, c.Filing.Subject, c.Filing.Kind)).Distinct().Count());
        Assert.All(Planted, planted => Assert.Contains(planted, cases.Select(c => c.Filing.Subject).ToHashSet()));
        var phishing = Assert.Single(cases, c => c.Filing.Subject == "paypal-login.com").Filing;
        Assert.Equal(SubjectKind.Domain, phishing.Kind);
        Assert.Contains(phishing.Evidence.Pages.Single().Findings, f => f.Criterion == Criteria.U1);
        Assert.False(string.IsNullOrEmpty(phishing.Verdict.RuleVersion));
        Assert.All(cases, c => Assert.NotNull(c.Filing.Evidence.Dns));
    }

    [Fact]
    public async Task Run_KilledMidRunAndRestarted_FilesEveryCaseExactlyOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["#"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" }, delay: TimeSpan.FromMilliseconds(150));
        await using var api = await CaseApiServer.StartAsync();
        var settings = Settings(api.Address, api.Key, dns, sites);
        settings["Pipeline:CrawlConcurrency"] = "2";
        settings["Pipeline:PerHostConcurrency"] = "2";

        int filedAtCrash;
        using (var first = WorkerProcess.Start("run", settings))
        {
            while (api.Cases.Count < 5)
            {
                Assert.False(first.HasExited, first.Output);
                await Task.Delay(50, ct);
            }

            first.Crash();
            filedAtCrash = api.Cases.Count;
        }

        var openAtCrash = WorkState.Open(await WorkState.StagesAsync(Database));
        using var second = WorkerProcess.Start("run", settings);
        var stages = await WaitUntilDoneAsync(second, ct);
        await second.TerminateAsync(ct);

        Assert.True(openAtCrash > 0, "the crash came after all work was done; nothing was resumed");
        var cases = api.Cases;
        Assert.True(cases.Count > filedAtCrash);
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.Equal(cases.Count, cases.Select(c => (c.Filing.Mark, c.Filing.Subject, c.Filing.Kind)).Distinct().Count());
        Assert.All(Planted, planted => Assert.Contains(planted, cases.Select(c => c.Filing.Subject).ToHashSet()));
    }

    [Fact]
    public async Task Run_ApiDownAtFirst_RetriesWithBackoffAndLosesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["paypal-login.com"] = "127.0.0.1" });
        await using var sites = await SiteServer.StartAsync(new HashSet<string> { "paypal-login.com" });
        int port;
        await using (var reserved = await CaseApiServer.StartAsync())
        {
            port = reserved.Address.Port;
        }

        var key = "test-worker-key-0001";
        using var worker = WorkerProcess.Start("run", Settings(new Uri($"http://127.0.0.1:{port}/"), key, dns, sites));
        while (await WorkState.MaxAttemptsAsync(Database).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : 0, ct) < 2)
        {
            Assert.False(worker.HasExited, worker.Output);
            await Task.Delay(100, ct);
        }

        await using var api = await CaseApiServer.StartAsync(key, port);
        var stages = await WaitUntilDoneAsync(worker, ct);
        await worker.TerminateAsync(ct);

        var cases = api.Cases;
        Assert.Equal(stages.GetValueOrDefault("Filed"), cases.Count);
        Assert.All(Planted, planted => Assert.Contains(planted, cases.Select(c => c.Filing.Subject).ToHashSet()));
        Assert.Equal(cases.Count, cases.Select(c => (c.Filing.Mark, c.Filing.Subject, c.Filing.Kind)).Distinct().Count());
    }

    private Dictionary<string, string> Settings(Uri api, string key, Dnsmasq dns, LoopbackServer sites) => new()
    {
        ["Worker:StateFolder"] = Path.Combine(_folder.Path, "state"),
        ["Api:BaseUrl"] = api.ToString(),
        ["Api:Key"] = key,
        ["Api:Retries"] = "1",
        ["Api:RetryDelay"] = "00:00:00.050",
        ["Api:Timeout"] = "00:00:05",
        ["Portfolio:Path"] = RepoPaths.Of("samples", "marks.json"),
        ["Dns:NameServers:0"] = $"127.0.0.1:{dns.Port}",
        ["Pipeline:WebPort"] = sites.Address.Port.ToString(CultureInfo.InvariantCulture),
        ["Fetcher:AllowLoopback"] = "true",
        ["Pipeline:LookupRegistration"] = "false",
        ["Feeds:0:Name"] = "nrd",
        ["Feeds:0:Path"] = RepoPaths.Of("samples", "feeds", "newly-registered.txt"),
        ["Feeds:0:Cron"] = "0/2 * * * * ?",
        ["Pipeline:FileMinimumOutcome"] = "Unlikely",
        ["Pipeline:PollInterval"] = "00:00:00.200",
        ["Pipeline:RetryBase"] = "00:00:00.200",
        ["Pipeline:RetryMax"] = "00:00:01",
        ["Pipeline:DrainTimeout"] = "00:00:05",
        ["Jobs:RecheckCron"] = "",
        ["Jobs:PurgeCron"] = "",
    };

    /// <summary>Waits until the feed was read to its end and no work item is open; returns the stage counts.</summary>
    private async Task<Dictionary<string, long>> WaitUntilDoneAsync(WorkerProcess worker, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Patience);
        while (true)
        {
            Assert.False(worker.HasExited, "the worker stopped: " + worker.Output);
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail("the worker did not finish: " + worker.Output);
            }

            var stages = await WorkState.StagesAsync(Database);
            if (stages.Count > 0 && WorkState.Open(stages) == 0 && (await WorkState.CursorAsync(Database, "nrd"))?.EndsWith(LastLine, StringComparison.Ordinal) == true)
            {
                return stages;
            }

            await Task.Delay(200, ct);
        }
    }

    public void Dispose() => _folder.Dispose();
}
