using System.Security.Cryptography;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Bench;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Sightings;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

public sealed class CtSightingTests : IDisposable
{
    private static readonly DateTimeOffset LoggedAt = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Live = new() { ["paypal-login.com"] = "127.0.0.1" };
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Pull_NameInAPrecertificateItsCertificateAndALaterEntry_FilesOnceAndReportsEveryOtherSighting()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        await using var log = await LoopbackCtLog.StartAsync();
        using var writer = new CtEntryWriter();
        var precert = writer.PrecertEntry(null, ["paypal-login.com"], LoggedAt);
        log.Add(precert.Leaf, precert.Extra);
        var final = writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        log.Add(final.Leaf, final.Extra);
        await using var worker = await StartWorkerAsync(api, dns, sites, log);

        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var renewed = writer.X509Entry("www.paypal-login.com", ["paypal-login.com", "www.paypal-login.com"], LoggedAt);
        log.Add(renewed.Leaf, renewed.Extra);
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var filed = Assert.Single(api.Cases, c => c.Filing.Subject == "paypal-login.com" && c.Filing.Mark == "paypal");
        Assert.Equal(1, filed.Filings);
        var first = filed.Filing.Sighting;
        Assert.NotNull(first);
        Assert.Equal((CaseSource.Ct, "ct", $"{log.Url}#0", log.Url.ToString(), 0L, Sha(precert.Precertificate)),
            (first.Source, first.Feed, first.Item, first.Log, first.Index, first.CertificateSha256));
        var again = api.Sightings.Where(s => s.Domain == "paypal-login.com" && s.Mark == "paypal").Select(s => s.Sighting).ToList();
        Assert.Equal([($"{log.Url}#1", 1L, Sha(CertificateOf(final.Leaf))), ($"{log.Url}#2", 2L, Sha(CertificateOf(renewed.Leaf)))],
            again.Select(s => (s.Item, s.Index ?? -1, s.CertificateSha256)));
        Assert.All(again, s => Assert.Equal((CaseSource.Ct, "ct"), (s.Source, s.Feed)));
        Assert.Equal(0, await worker.Get<SightingOutbox>().PendingAsync(ct));
    }

    [Fact]
    public async Task Pull_WhileTheApiRefusesSightings_KeepsThemAndSendsThemAfterTheNextRun()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(Live);
        await using var sites = await SiteServer.StartAsync(new HashSet<string>());
        await using var api = await CaseApiServer.StartAsync();
        await using var log = await LoopbackCtLog.StartAsync();
        using var writer = new CtEntryWriter();
        var entry = writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        log.Add(entry.Leaf, entry.Extra);
        await using var worker = await StartWorkerAsync(api, dns, sites, log);
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var second = writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        log.Add(second.Leaf, second.Extra);
        api.FailNextSightings(100); // more than the client's retries

        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        var waiting = await worker.Get<SightingOutbox>().PendingAsync(ct);
        api.FailNextSightings(0);
        var third = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);

        Assert.Equal(1, waiting);
        Assert.Equal(0, third.Read);
        Assert.Equal([$"{log.Url}#1"], api.Sightings.Select(s => s.Sighting.Item));
        Assert.Equal(0, await worker.Get<SightingOutbox>().PendingAsync(ct));
    }

    public void Dispose() => _folder.Dispose();

    private static string Sha(byte[] der) => Convert.ToHexStringLower(SHA256.HashData(der));

    // An x509 MerkleTreeLeaf (RFC 6962 §3.4): version, leaf type, 8-byte timestamp, 2-byte entry type, then the
    // certificate behind its 24-bit length at byte 12.
    private static byte[] CertificateOf(byte[] leaf) => leaf.AsSpan(15, (leaf[12] << 16) | (leaf[13] << 8) | leaf[14]).ToArray();

    private async Task<WorkerFixture> StartWorkerAsync(CaseApiServer api, Dnsmasq dns, LoopbackServer sites, LoopbackCtLog log)
    {
        var list = _folder.File("log-list.json");
        await File.WriteAllTextAsync(list, log.LogList(), TestContext.Current.CancellationToken);
        var settings = WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json"));
        settings["Feeds:0:Name"] = "ct";
        settings["Feeds:0:Kind"] = "CertificateTransparency";
        settings["Feeds:0:Path"] = list;
        settings["Feeds:0:CtFromStart"] = "true";
        return await WorkerFixture.StartAsync(settings);
    }
}
