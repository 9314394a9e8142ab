using System.Security.Cryptography;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using BrandWatch.Worker.Feeds.CertificateTransparency;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

public sealed class CertificateTransparencyFeedTests
{
    private static readonly DateTimeOffset LoggedAt = CtWorld.LoggedAt;
    private static readonly string[] Live = ["paypal-login.com"];

    [Fact]
    public async Task Pull_SquatInAPrecertificateSan_IsFiledAsACtCaseWithTheCertificateAsEvidence()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var unrelated = world.Writer.X509Entry("quiet-garden.org", ["quiet-garden.org", "www.quiet-garden.org"], LoggedAt);
        world.Log.Add(unrelated.Leaf, unrelated.Extra);
        var precert = world.Writer.PrecertEntry("secure.paypal-login.com", ["*.paypal-login.com", "paypal-login.com", "secure.paypal-login.com"], LoggedAt);
        world.Log.Add(precert.Leaf, precert.Extra);
        var plain = world.Writer.X509Entry(null, ["harbour-lights.net"], LoggedAt);
        world.Log.Add(plain.Leaf, plain.Extra);
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        // quiet-garden.org, www.quiet-garden.org; paypal-login.com (the wildcard's base and the SAN, once), secure.paypal-login.com; harbour-lights.net.
        Assert.Equal((5L, 0L), (result.Read, result.Rejected));
        var filed = Assert.Single(world.Api.Cases, c => c.Filing.Subject == "paypal-login.com" && c.Filing.Mark == "paypal");
        Assert.Equal(CaseSource.Ct, filed.Filing.Source);
        Assert.Contains("\"source\":\"ct\"", filed.Json, StringComparison.Ordinal);
        var certificate = filed.Filing.Evidence.Certificate;
        Assert.NotNull(certificate);
        Assert.Equal((world.Log.Url.ToString(), 1L, "precert"), (certificate.Log, certificate.Index, certificate.EntryType));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(precert.Precertificate)), certificate.Sha256);
        Assert.Equal("CN=BrandWatch Test CA, O=BrandWatch Tests", certificate.Issuer);
        Assert.Equal("CN=secure.paypal-login.com", certificate.Subject);
        Assert.Equal(["*.paypal-login.com", "paypal-login.com", "secure.paypal-login.com"], certificate.SubjectAlternativeNames);
        Assert.Equal((new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 30, 0, 0, 0, TimeSpan.Zero)), (certificate.NotBefore, certificate.NotAfter));
        Assert.Equal(LoggedAt, certificate.LoggedAt);
        Assert.DoesNotContain(world.Api.Cases, c => c.Filing.Subject.Contains("quiet-garden", StringComparison.Ordinal) || c.Filing.Subject.Contains("harbour", StringComparison.Ordinal));
        Assert.Equal((0L, 0L), (feed.CorruptEntries, feed.SkippedLogs)); // the retired log of the list was never asked
        Assert.All(world.Log.Requests, r => Assert.True(r.End - r.Start + 1 <= 2, $"asked {r.Start}..{r.End}, more than the batch of 2"));
    }

    [Fact]
    public async Task Pull_AfterARestart_ResumesAtTheCursorAndReadsOnlyTheNewEntries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        foreach (var name in new[] { "quiet-garden.org", "harbour-lights.net", "paypal-login.com", "amber-fields.info" })
        {
            var entry = world.Writer.X509Entry(name, [name], LoggedAt);
            world.Log.Add(entry.Leaf, entry.Extra);
        }

        FeedRunResult first;
        await using (var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2))
        {
            first = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
            await worker.Pipeline.WaitIdleAsync(ct);
        }

        var squat = world.Writer.PrecertEntry(null, ["apple-id-verify.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra);
        var other = world.Writer.X509Entry("copper-kettle.org", ["copper-kettle.org"], LoggedAt);
        world.Log.Add(other.Leaf, other.Extra);
        var requestsBefore = world.Log.Requests.Count;

        await using var restarted = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        var second = await restarted.Pipeline.PullAsync(restarted.Get<FeedFactory>().Create("ct"), ct);
        await restarted.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(4, first.Read);
        Assert.Equal(2, second.Read);
        Assert.Equal(4, world.Log.Requests.Skip(requestsBefore).First().Start);
        Assert.Equal(["apple-id-verify.com", "paypal-login.com"], world.Api.Cases.Select(c => c.Filing.Subject).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6, await CtWorld.NextIndexAsync(restarted, world.Log.LogId));
    }

    [Fact]
    public async Task Pull_CorruptEntry_IsReportedSkippedAndTheFeedGoesOn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var good = world.Writer.X509Entry("quiet-garden.org", ["quiet-garden.org"], LoggedAt);
        world.Log.Add(good.Leaf, good.Extra);
        var broken = world.Writer.X509Entry("harbour-lights.net", ["harbour-lights.net"], LoggedAt).Leaf;
        broken[12] = 0xFF; // the certificate's 24-bit length now runs far past the leaf
        world.Log.Add(broken, []);
        var squat = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(squat.Leaf, squat.Extra);
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);
        await worker.Pipeline.WaitIdleAsync(ct);
        var again = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);

        Assert.Equal((3L, 1L), (result.Read, result.Rejected));
        Assert.Equal(1, feed.CorruptEntries);
        Assert.Contains(world.Api.Cases, c => c.Filing.Subject == "paypal-login.com" && c.Filing.Source == CaseSource.Ct);
        Assert.Equal(3, await CtWorld.NextIndexAsync(worker, world.Log.LogId));
        Assert.Equal(0, again.Read);
    }

    [Fact]
    public async Task Pull_NewLogByDefault_StartsAtItsHeadAndReadsWhatIsLoggedAfterwards()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var old = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(old.Leaf, old.Extra);
        await using var worker = await world.StartWorkerAsync(fromStart: false, batchEntries: 2);

        var first = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        var fresh = world.Writer.X509Entry("apple-id-verify.com", ["apple-id-verify.com"], LoggedAt);
        world.Log.Add(fresh.Leaf, fresh.Extra);
        var second = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal((0L, 1L), (first.Read, second.Read));
        Assert.Equal(["apple-id-verify.com"], world.Api.Cases.Select(c => c.Filing.Subject));
    }

    [Fact]
    public async Task Pull_LogSmallerThanTheCursor_IsReportedAndSkippedNotReadAgainFromZero()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        var entry = world.Writer.X509Entry("paypal-login.com", ["paypal-login.com"], LoggedAt);
        world.Log.Add(entry.Leaf, entry.Extra);
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        await worker.Get<FeedCursorStore>().SetAsync("ct", new FeedCursor($$"""{"{{world.Log.LogId}}":10}""", null, null), ct);
        var feed = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");

        var result = await worker.Pipeline.PullAsync(feed, ct);

        Assert.Equal(0, result.Read);
        Assert.Equal(1, feed.SkippedLogs);
        Assert.Empty(world.Log.Requests);
        Assert.Equal(10, await CtWorld.NextIndexAsync(worker, world.Log.LogId));
    }

    [Fact]
    public async Task Pull_LogThatGrewHonestly_ProvesEachNewHeadConsistentAndEachBatchIncluded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        AddEntries(world.Log, world.Writer, "quiet-garden.org", "harbour-lights.net", "amber-fields.info");
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        var first = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");
        await worker.Pipeline.PullAsync(first, ct);
        AddEntries(world.Log, world.Writer, "copper-kettle.org", "paypal-login.com");

        var second = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");
        var result = await worker.Pipeline.PullAsync(second, ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(2, result.Read);
        Assert.Equal([(3L, 5L)], world.Log.ConsistencyRequests);
        Assert.Equal([3L, 3L, 5L], world.Log.InclusionRequests); // one proof per batch of 2, against the head of its run
        Assert.Equal((0L, 0L), (first.FlaggedLogs + second.FlaggedLogs, first.SkippedLogs + second.SkippedLogs));
        Assert.Equal("paypal-login.com", Assert.Single(world.Api.Cases).Filing.Subject);
    }

    [Fact]
    public async Task Pull_LogThatRewroteAnEntryItHadSigned_IsFlaggedAndNoLongerRead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        AddEntries(world.Log, world.Writer, "quiet-garden.org", "harbour-lights.net", "amber-fields.info");
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2);
        await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        var other = world.Writer.X509Entry("other-garden.org", ["other-garden.org"], LoggedAt);
        world.Log.Rewrite(1, other.Leaf, other.Extra);
        AddEntries(world.Log, world.Writer, "paypal-login.com");
        var entriesBefore = world.Log.Requests.Count;

        var forked = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");
        var result = await worker.Pipeline.PullAsync(forked, ct);
        var later = (CertificateTransparencyFeed)worker.Get<FeedFactory>().Create("ct");
        await worker.Pipeline.PullAsync(later, ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.Equal(0, result.Read);
        Assert.Equal(1, forked.FlaggedLogs);
        Assert.Equal(1, later.FlaggedLogs); // still flagged on the next run, without asking the log again
        Assert.Equal([(3L, 4L)], world.Log.ConsistencyRequests);
        Assert.Equal(entriesBefore, world.Log.Requests.Count);
        Assert.Empty(world.Api.Cases);
        Assert.Equal(3, await CtWorld.NextIndexAsync(worker, world.Log.LogId));
        var head = await worker.Get<CtHeadStore>().GetAsync(world.Log.LogId, ct);
        Assert.StartsWith("tree size 4 does not extend the trusted tree size 3: the consistency proof does not lead to the earlier root", head!.Flagged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_AfterTheReferenceJobRefreshedTheLogList_ReadsTheRefreshedListAndRefusesOneThatDoesNotParse()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var world = await CtWorld.Rfc6962Async(Live);
        AddEntries(world.Log, world.Writer, "paypal-login.com");
        var served = "{ not a log list";
        await using var lists = await LoopbackServer.StartAsync(app => app.MapGet("/ct/log_list.json", () => Results.Text(served, "application/json")));
        await using var worker = await world.StartWorkerAsync(fromStart: true, batchEntries: 2, more: new() { ["Jobs:CtLogListUrl"] = new Uri(lists.Address, "ct/log_list.json").ToString() });
        await File.WriteAllTextAsync(world.LogListPath, "{ \"version\": \"3.0\", \"operators\": [] }", ct); // the configured list names no log
        var job = ActivatorUtilities.CreateInstance<RefreshReferenceDataJob>(worker.Get<IServiceProvider>());

        var refused = await job.RefreshAsync(ct);
        var before = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        served = world.Log.LogList();
        var updated = await job.RefreshAsync(ct);
        var after = await worker.Pipeline.PullAsync(worker.Get<FeedFactory>().Create("ct"), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        Assert.StartsWith("ct-log-list.json: refused (", refused, StringComparison.Ordinal);
        Assert.Contains("the CT log list is not JSON", refused, StringComparison.Ordinal);
        Assert.Equal(0, before.Read);
        Assert.Equal("ct-log-list.json: updated", updated);
        Assert.Equal(1, after.Read);
        Assert.Equal("paypal-login.com", Assert.Single(world.Api.Cases).Filing.Subject);
    }

    private static void AddEntries(LoopbackCtLog log, CtEntryWriter writer, params string[] names)
    {
        foreach (var name in names)
        {
            var entry = writer.X509Entry(name, [name], LoggedAt);
            log.Add(entry.Leaf, entry.Extra);
        }
    }
}
