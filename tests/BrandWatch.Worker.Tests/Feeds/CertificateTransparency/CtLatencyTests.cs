using System.Diagnostics;
using System.Globalization;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

/// <summary>
/// Issue 15's end-to-end figure: the time from a certificate appearing in a loopback log to its case being filed in
/// the Api, one pull per new certificate, for each kind of log. The test asserts that every certificate is filed once,
/// under its own name; the latencies go to the test output (p50 and p99, read into docs/benchmarks.md), never into an
/// assertion: speed is measured, not asserted.
/// </summary>
public sealed class CtLatencyTests
{
    private const int Certificates = 20;

    private static string[] Squats() => [.. Enumerable.Range(0, Certificates).Select(i => $"paypal-login{i}.com")];

    [Fact]
    public async Task Rfc6962Log_EveryNewSquatCertificate_IsFiledOnceAtTheNextPull()
    {
        await using var world = await CtWorld.Rfc6962Async(Squats());
        await MeasureAsync("RFC 6962", world.Api, name =>
        {
            var entry = world.Writer.X509Entry(name, [name], CtWorld.LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra);
        }, world.StartWorkerAsync(fromStart: false));
    }

    [Fact]
    public async Task TiledLog_EveryNewSquatCertificate_IsFiledOnceAtTheNextPull()
    {
        await using var world = await CtWorld.TiledAsync(Squats());
        await MeasureAsync("static-ct-api", world.Api, name =>
        {
            var entry = world.Writer.X509Entry(name, [name], CtWorld.LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra, world.Writer.CaCertificate);
        }, world.StartWorkerAsync(fromStart: false));
    }

    private static async Task MeasureAsync(string kind, CaseApiServer api, Action<string> log, Task<WorkerFixture> starting)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var worker = await starting;
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct); // the cursor starts at the head
        var latencies = new List<double>(Certificates);
        foreach (var name in Squats())
        {
            var clock = Stopwatch.StartNew();
            log(name);
            await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
            await worker.Pipeline.WaitIdleAsync(ct);
            Assert.Single(api.Cases, c => c.Filing.Subject == name && c.Filing.Mark == "paypal");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        Assert.Equal(Certificates, api.Cases.Select(c => c.Filing.Subject).Distinct().Count());
        latencies.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {Certificates} certificates, appearing in the log to filed in the Api: p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
