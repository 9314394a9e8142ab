using System.Security.Cryptography;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Sightings;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

public sealed class CtSightingTests
{
    private static readonly DateTimeOffset LoggedAt = CtWorld.LoggedAt;
    private static readonly string[] Live = ["paypal-login.com"];

    [Fact]
    public async Task Pull_NameInAPrecertificateItsCertificateAndALaterEntry_FilesOnceAndReportsEveryOtherSighting()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var precert = world.Writer.PrecertEntry(null, ["paypal-login.com"], LoggedAt);
        world.Log.Add(precert.Leaf, precert.Extra);
        var final = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(final.Leaf, final.Extra);
        await using var worker = await world.StartWorkerAsync();

        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var renewed = world.Writer.X509Entry("www.paypal-login.com", ["paypal-login.com", "www.paypal-login.com"], LoggedAt);
        world.Log.Add(renewed.Leaf, renewed.Extra);
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var filed = Assert.Single(world.Api.Cases, c => c.Filing.Subject == "paypal-login.com" && c.Filing.Mark == "paypal");
        Assert.Equal(1, filed.Filings);
        var first = filed.Filing.Sighting;
        Assert.NotNull(first);
        Assert.Equal((CaseSource.Ct, "ct", $"{world.Log.Url}#0", world.Log.Url.ToString(), 0L, Sha(precert.Precertificate)),
            (first.Source, first.Feed, first.Item, first.Log, first.Index, first.CertificateSha256));
        var again = world.Api.Sightings.Where(s => s.Domain == "paypal-login.com" && s.Mark == "paypal").Select(s => s.Sighting).ToList();
        Assert.Equal([($"{world.Log.Url}#1", 1L, Sha(CertificateOf(final.Leaf))), ($"{world.Log.Url}#2", 2L, Sha(CertificateOf(renewed.Leaf)))],
            again.Select(s => (s.Item, s.Index ?? -1, s.CertificateSha256)));
        Assert.All(again, s => Assert.Equal((CaseSource.Ct, "ct"), (s.Source, s.Feed)));
        // Each sighting describes its own certificate, so the case's evidence package can name the renewal's names too.
        Assert.All(again.Append(first), s => Assert.Equal("CN=BrandWatch Test CA, O=BrandWatch Tests", s.Issuer));
        Assert.Equal(["paypal-login.com", "www.paypal-login.com"], again[1].SubjectAlternativeNames);
        Assert.Equal(["paypal-login.com"], first.SubjectAlternativeNames);
        Assert.Equal(0, await worker.Get<SightingOutbox>().PendingAsync(ct));
    }

    [Fact]
    public async Task Pull_WhileTheApiRefusesSightings_KeepsThemAndSendsThemAfterTheNextRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var entry = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(entry.Leaf, entry.Extra);
        await using var worker = await world.StartWorkerAsync();
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var second = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(second.Leaf, second.Extra);
        world.Api.FailNextSightings(100); // more than the client's retries

        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        var waiting = await worker.Get<SightingOutbox>().PendingAsync(ct);
        world.Api.FailNextSightings(0);
        var third = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);

        Assert.Equal(1, waiting);
        Assert.Equal(0, third.Read);
        Assert.Equal([$"{world.Log.Url}#1"], world.Api.Sightings.Select(s => s.Sighting.Item));
        Assert.Equal(0, await worker.Get<SightingOutbox>().PendingAsync(ct));
    }

    private static string Sha(byte[] der) => Convert.ToHexStringLower(SHA256.HashData(der));

    // An x509 MerkleTreeLeaf (RFC 6962 §3.4): version, leaf type, 8-byte timestamp, 2-byte entry type, then the
    // certificate behind its 24-bit length at byte 12.
    private static byte[] CertificateOf(byte[] leaf) => leaf.AsSpan(15, (leaf[12] << 16) | (leaf[13] << 8) | leaf[14]).ToArray();
}
