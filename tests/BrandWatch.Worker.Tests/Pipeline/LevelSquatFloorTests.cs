using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using BrandWatch.Rules.Scoring;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Pipeline;

/// <summary>
/// The sample feed's planted level-squats of PayPal (a well-known mark) are never dropped for lack of evidence: with DNS
/// unreachable the pipeline, at its default filing threshold, still files them, and `scan` shows them as possible.
/// </summary>
public sealed class LevelSquatFloorTests : IDisposable
{
    private static readonly string[] PlantedLevelSquats = ["paypal.com.account-verify.net", "pay.pal-secure.net"];

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Pipeline_DnsUnreachable_FilesThePlantedLevelSquatsAtLeastAsMonitor()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(new Dictionary<string, string>());
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        var settings = WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json"));
        settings.Remove("Pipeline:FileMinimumOutcome"); // the default: possible and above are filed
        settings["Dns:NameServers:0"] = $"127.0.0.1:{ClosedUdpPort()}";
        settings["Dns:Timeout"] = "00:00:00.200";
        settings["Dns:Retries"] = "0";
        await using var worker = await WorkerFixture.StartAsync(settings);

        await worker.Pipeline.PullAsync(new FileFeed("nrd", RepoPaths.Of("samples", "feeds", "newly-registered.txt")), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        foreach (var planted in PlantedLevelSquats)
        {
            var filing = Assert.Single(api.Cases, c => c.Filing.Subject == planted && c.Filing.Mark == "paypal").Filing;
            Assert.NotEqual(Rules.Evidence.DnsOutcome.Resolved, filing.Evidence.Dns!.Outcome);
            Assert.Equal(Outcome.Possible, filing.Verdict.Outcome);
            Assert.NotEqual(RecommendedAction.NoAction, filing.Verdict.Action);
            Assert.Contains("never dropped for lack of evidence", filing.Verdict.ActionReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Scan_SampleFeed_ShowsThePlantedLevelSquatsAsPossible()
    {
        var output = new StringWriter();

        await ScanCommand.RunAsync(RepoPaths.Of("samples", "marks.json"), RepoPaths.Of("samples", "feeds", "newly-registered.txt"), output, TextWriter.Null,
            TestContext.Current.CancellationToken, format: "jsonl");

        var objects = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var planted in PlantedLevelSquats)
        {
            var match = Assert.Single(objects, o => o.GetProperty("domain").GetString() == planted);
            Assert.Equal("paypal", match.GetProperty("mark").GetString());
            Assert.Equal("possible", match.GetProperty("outcome").GetString());
        }
    }

    // A UDP port bound a moment ago and released: nothing answers there, so every DNS query fails.
    private static int ClosedUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port; // a bound socket always has a local end point
    }

    public void Dispose() => _folder.Dispose();
}
