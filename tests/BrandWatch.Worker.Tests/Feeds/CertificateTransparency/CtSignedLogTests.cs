using BrandWatch.Rules.Cases;
using BrandWatch.Rules.CertificateTransparency;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Feeds.CertificateTransparency;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

/// <summary>Issue 15: tree heads and checkpoints verified with the log's key, and static-ct-api (tiled) logs read.</summary>
public sealed class CtSignedLogTests
{
    private static readonly DateTimeOffset LoggedAt = CtWorld.LoggedAt;
    private static readonly string[] Live = ["paypal-login.com", "apple-id-verify.com"];

    [Fact]
    public async Task Pull_TiledLogWithAFullAndAPartialTile_FilesTheSquatsOfBothWithTheirCertificates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.TiledAsync(Live);
        for (var i = 0; i < 300; i++)
        {
            if (i == 5)
            {
                var pre = world.Writer.PrecertEntry(null, ["apple-id-verify.com"], LoggedAt);
                world.Log.Add(pre.Leaf, pre.Extra, world.Writer.CaCertificate);
                continue;
            }

            var entry = world.Writer.X509Entry(i == 280 ? "paypal-login.com" : null, [i == 280 ? "paypal-login.com" : $"garden-{i}.example"], LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra, world.Writer.CaCertificate);
        }

        await using var worker = await world.StartWorkerAsync();
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal((300L, 0L), (result.Read, result.Rejected));
        Assert.Equal(["000", "001.p/44"], world.Log.TileRequests);
        var precert = Assert.Single(world.Api.Cases, c => c.Filing.Subject == "apple-id-verify.com");
        var x509 = Assert.Single(world.Api.Cases, c => c.Filing.Subject == "paypal-login.com");
        Assert.All(new[] { precert, x509 }, c => Assert.Equal(CaseSource.Ct, c.Filing.Source));
        Assert.Equal((world.Log.MonitoringUrl.ToString(), 5L, "precert"), (precert.Filing.Evidence.Certificate!.Log, precert.Filing.Evidence.Certificate.Index, precert.Filing.Evidence.Certificate.EntryType));
        Assert.Equal((280L, "x509", "CN=paypal-login.com"), (x509.Filing.Evidence.Certificate!.Index, x509.Filing.Evidence.Certificate.EntryType, x509.Filing.Evidence.Certificate.Subject));
        Assert.Equal(300, await CtWorld.NextIndexAsync(worker, world.Log.LogId));
        Assert.Equal((0L, 0L, 0L), (feed.SkippedLogs, feed.CorruptTiles, feed.CorruptEntries));
        var issuer = System.Security.Cryptography.SHA256.HashData(world.Writer.CaCertificate);
        Assert.All(new[] { precert, x509 }, c => Assert.Equal([Convert.ToHexStringLower(issuer)], c.Filing.Evidence.Certificate!.IssuerFingerprints!));
    }

    [Fact]
    public async Task Pull_TiledLogThatGrew_ResumesInsideThePartialTileAtTheCursor()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.TiledAsync(Live);
        for (var i = 0; i < 7; i++)
        {
            var entry = world.Writer.X509Entry(null, [$"garden-{i}.example"], LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra, world.Writer.CaCertificate);
        }

        await using var worker = await world.StartWorkerAsync();
        var first = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        var squat = world.Writer.PrecertEntry(null, ["paypal-login.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra, world.Writer.CaCertificate);

        var second = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal((7L, 1L), (first.Read, second.Read));
        Assert.Equal(["000.p/7", "000.p/8"], world.Log.TileRequests);
        Assert.Equal(7L, Assert.Single(world.Api.Cases).Filing.Evidence.Certificate!.Index);
        Assert.Equal(8, await CtWorld.NextIndexAsync(worker, world.Log.LogId));
    }

    [Fact]
    public async Task Pull_TiledLogWithABadCheckpointSignature_IsReportedAndSkippedWithoutReadingATile()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.TiledAsync(Live);
        var squat = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra, world.Writer.CaCertificate);
        world.Log.CorruptSignature = true;
        await using var worker = await world.StartWorkerAsync();
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);

        Assert.Equal(0, result.Read);
        Assert.Equal(1, feed.SkippedLogs);
        Assert.Empty(world.Log.TileRequests);
        Assert.Empty(world.Api.Cases);
    }

    [Fact]
    public async Task Pull_CorruptTile_HandlesTheEntriesBeforeTheBreakAndStopsTheLogThere()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.TiledAsync(Live);
        for (var i = 0; i < 10; i++)
        {
            var entry = world.Writer.X509Entry(null, [i == 0 ? "paypal-login.com" : $"garden-{i}.example"], LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra, world.Writer.CaCertificate);
        }

        world.Log.CorruptTile = 0;
        await using var worker = await world.StartWorkerAsync();
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var next = await CtWorld.NextIndexAsync(worker, world.Log.LogId);

        Assert.Equal(1, feed.CorruptTiles);
        Assert.Equal(1, feed.SkippedLogs);
        Assert.InRange(result.Read, 1, 9);
        Assert.Equal(result.Read, next);
        Assert.Single(world.Api.Cases, c => c.Filing.Subject == "paypal-login.com");
    }

    [Fact]
    public async Task Pull_Rfc6962LogWithABadTreeHeadSignature_IsReportedAndSkippedWithoutReadingAnEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var squat = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra);
        world.Log.CorruptSignature = true;
        await using var worker = await world.StartWorkerAsync();
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);

        Assert.Equal(0, result.Read);
        Assert.Equal(1, feed.SkippedLogs);
        Assert.Empty(world.Log.Requests);
        Assert.Empty(world.Api.Cases);
    }

    [Fact]
    public async Task Pull_Rfc6962LogListedWithAnotherLogsKey_IsReportedAndSkipped()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        using var impostor = new CtLogSigner();
        var squat = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra);
        var list = world.Log.LogList(impostor.LogId).Replace(Convert.ToBase64String(world.Log.Signer.PublicKey), Convert.ToBase64String(impostor.PublicKey), StringComparison.Ordinal);
        await using var worker = await world.StartWorkerAsync(logList: list);
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);

        Assert.Equal((0L, 1L), (result.Read, feed.SkippedLogs));
        Assert.Empty(world.Log.Requests);
    }

    [Theory]
    [InlineData(0, 256, "tile/data/000")]
    [InlineData(0, 7, "tile/data/000.p/7")]
    [InlineData(999, 256, "tile/data/999")]
    [InlineData(1000, 256, "tile/data/x001/000")]
    [InlineData(1234067, 256, "tile/data/x001/x234/067")]
    [InlineData(1234067, 255, "tile/data/x001/x234/067.p/255")]
    public void DataTilePath_Index_IsSplitIntoThreeDigitGroups(long index, int width, string expected) =>
        Assert.Equal(expected, CtTileParser.DataTilePath(index, width));

    [Theory]
    [InlineData("origin\n12\n", "no blank line")]
    [InlineData("origin\ntwelve\nAAAA\n\n", "is not a decimal number")]
    [InlineData("origin\n12\nnot base64!\n\n", "not base64")]
    [InlineData("origin\n12\nAAAA\n\n", "is 3 bytes, not 32")]
    [InlineData("origin\n12\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\nno dash here\n", "is not '— <name> <base64>'")]
    public void CheckpointParse_MalformedNote_IsAReasonNotAnException(string note, string reason)
    {
        var (checkpoint, error) = CtCheckpoint.Parse(note);

        Assert.Null(checkpoint);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
