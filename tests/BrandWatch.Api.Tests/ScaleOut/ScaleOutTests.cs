using System.Net;
using BrandWatch.Api.Tests.Alerts;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// The Api's guarantees with several instances on one PostgreSQL database: every test starts real Api hosts on Kestrel
/// (127.0.0.1) over a database of its own on the collection's private server, and sends its requests through all of them.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ScaleOutTests(PostgresFixture postgres)
{
    private static async Task AddMarksAsync(Cluster cluster, params string[] marks)
    {
        using var admin = cluster.Client(0, "admin");
        foreach (var mark in marks)
        {
            await (await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, Cluster.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        }
    }

    [Fact]
    public async Task Start_ThreeInstancesAtOnce_ApplyEachMigrationOnce()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 3);

        var versions = await cluster.QueryAsync<int>("SELECT version FROM schema_version ORDER BY version");

        // Each engine has its own script for every migration, so the two folders must hold the same versions.
        var shipped = BrandWatch.Sqlite.MigrationRunner.LoadEmbedded(typeof(BrandWatch.Api.Storage.ApiDatabase).Assembly, "postgresql").Select(m => m.Version).Order().ToList();
        var sqliteTwins = BrandWatch.Sqlite.MigrationRunner.LoadEmbedded(typeof(BrandWatch.Api.Storage.ApiDatabase).Assembly, "sqlite").Select(m => m.Version).Order().ToList();
        Assert.Contains(120, shipped);
        Assert.Equal(sqliteTwins, shipped);
        Assert.Equal(shipped, versions);
        foreach (var instance in cluster.Instances)
        {
            using var anonymous = instance.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await anonymous.FetchAsync("/healthz")).StatusCode);
        }
    }

    [Fact]
    public async Task File_SameSubjectsFromTwoInstancesAtOnce_OpensOneCasePerMarkSubjectKind()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await AddMarksAsync(cluster, "acme");
        var clients = Enumerable.Range(0, 4).Select(i => cluster.Client(i % 2, "worker")).ToList();
        var subjects = Enumerable.Range(0, 25).Select(i => $"acme-login-{i}.com").ToList();

        // Each subject is filed four times at once, twice through each instance.
        var responses = await Task.WhenAll(subjects.SelectMany(subject => clients.Select(client =>
            client.PostJsonAsync("/api/cases", TestData.Filing("acme", subject, 70)))));
        var perCase = await cluster.QueryAsync<(string Subject, long Cases, long Filings)>(
            "SELECT c.subject, COUNT(DISTINCT c.id), COUNT(f.id) FROM cases c JOIN case_filings f ON f.case_id = c.id GROUP BY c.subject ORDER BY c.subject");
        var filedEvents = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_events WHERE event_type = 'case-filed'");

        Assert.Equal(25, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(75, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(subjects.Order(StringComparer.Ordinal), perCase.Select(p => p.Subject));
        Assert.All(perCase, p => Assert.Equal((1L, 4L), (p.Cases, p.Filings)));
        Assert.Equal(25L, Assert.Single(filedEvents));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task FileBatch_OverlappingBatchesFromTwoInstancesAtOnce_OpenOneCasePerSubjectWithOneCaseFiledEventEach()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await AddMarksAsync(cluster, "acme");
        var clients = Enumerable.Range(0, 4).Select(i => cluster.Client(i % 2, "worker")).ToList();
        var subjects = Enumerable.Range(0, 60).Select(i => $"acme-batch-{i}.com").ToList();
        // Four batches of 40 over 60 subjects, so each subject is in two or three of them; every other batch in reverse
        // order, so that the instances' transactions take the same rows in opposite orders.
        var batches = Enumerable.Range(0, 4).Select(lane =>
        {
            var taken = Enumerable.Range(lane * 15, 40).Select(i => subjects[i % 60]).ToList();
            return lane % 2 == 0 ? taken : Enumerable.Reverse(taken).ToList();
        }).ToList();
        string Body(int lane) => "{\"items\":[" + string.Join(',', batches[lane].Select(subject =>
            $"{{\"idempotencyKey\":\"lane{lane}-{subject}\",\"filing\":{System.Text.Json.JsonSerializer.Serialize(TestData.Filing("acme", subject, 70), BrandWatch.Rules.Cases.ContractJson.Options)}}}")) + "]}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async lane =>
            (await (await clients[lane].SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson(Body(lane)))).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray()));
        var replays = await Task.WhenAll(Enumerable.Range(0, 4).Select(async lane =>
            (await (await clients[(lane + 1) % 4].SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson(Body(lane)))).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray()));
        var perCase = await cluster.QueryAsync<(string Subject, long Cases, long Filings)>(
            "SELECT c.subject, COUNT(DISTINCT c.id), COUNT(f.id) FROM cases c JOIN case_filings f ON f.case_id = c.id GROUP BY c.subject ORDER BY c.subject");
        var filedEvents = await cluster.QueryAsync<(string Subject, long Events)>(
            "SELECT subject, COUNT(*) FROM case_events WHERE event_type = 'case-filed' GROUP BY subject ORDER BY subject");
        var results = answers.SelectMany(a => a).Select(r => (string)r!["result"]!).ToList();

        Assert.Equal(60, results.Count(r => r == "created"));
        Assert.Equal(100, results.Count(r => r == "refiled"));
        Assert.All(replays.SelectMany(a => a), r => Assert.Equal("duplicate", (string)r!["result"]!));
        Assert.Equal(subjects.Order(StringComparer.Ordinal), perCase.Select(p => p.Subject));
        Assert.All(perCase, p => Assert.Equal((1L, batches.LongCount(b => b.Contains(p.Subject))), (p.Cases, p.Filings)));
        Assert.All(filedEvents, e => Assert.Equal(1L, e.Events));
        Assert.Equal(60, filedEvents.Count);
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task File_OneIdempotencyKeyThroughTwoInstances_FilesOnceAndReplaysTheFirstAnswer()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await AddMarksAsync(cluster, "retry");
        var clients = Enumerable.Range(0, 10).Select(i => cluster.Client(i % 2, "worker")).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostJsonAsync("/api/cases", TestData.Filing("retry", "retry-help.org", 50),
            r => r.Headers.Add("Idempotency-Key", "scan-7/retry-help.org"))));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(HttpTest.Ct)));
        var filings = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_filings");
        using var other = cluster.Client(1, "worker");
        var reused = await other.PostJsonAsync("/api/cases", TestData.Filing("retry", "retry-other.org", 50), r => r.Headers.Add("Idempotency-Key", "scan-7/retry-help.org"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal(9, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1L, Assert.Single(filings));
        await reused.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Transition_SameIfMatchOnTwoInstancesAtOnce_OneMovesTheCaseTheOtherIsTold412()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await AddMarksAsync(cluster, "race");
        using var worker = cluster.Client(0, "worker");
        var ids = new List<(long Id, string ETag)>();
        for (var i = 0; i < 10; i++)
        {
            var filed = await worker.PostJsonAsync("/api/cases", TestData.Filing("race", $"race-pay-{i}.com", 80));
            ids.Add(((long)(await filed.ExpectAsync(HttpStatusCode.Created))["id"]!, filed.Headers.ETag!.Tag));
        }

        using var onA = cluster.Client(0, "reviewer");
        using var onB = cluster.Client(1, "reviewer");
        var answers = await Task.WhenAll(ids.Select(async c =>
        {
            var both = await Task.WhenAll(
                onA.PostJsonAsync($"/api/cases/{c.Id}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd(c.ETag)),
                // Both ask for a move that is legal from 'new': with 'dismissed' (legal only from in_review) the answer
                // depended on which instance locked the case first (409 when B did, not 412).
                onB.PostJsonAsync($"/api/cases/{c.Id}/transitions", new { to = "in_review", note = "from B" }, r => r.Headers.IfMatch.ParseAdd(c.ETag)));
            return both.Select(r => r.StatusCode).Order().ToArray();
        }));
        var audit = await cluster.QueryAsync<(long CaseId, long Lines)>("SELECT case_id, COUNT(*) FROM case_audit GROUP BY case_id");
        var versions = await cluster.QueryAsync<long>("SELECT version FROM cases");

        Assert.All(answers, a => Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], a));
        Assert.All(audit, a => Assert.Equal(2L, a.Lines)); // filed + the one transition that won
        Assert.All(versions, v => Assert.Equal(2L, v));
    }

    [Fact]
    public async Task Counts_AfterFilingsAndReviewsOnTwoInstances_MatchTheCasesOnEveryInstance()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await AddMarksAsync(cluster, "tally");
        using var onA = cluster.Client(0, "worker");
        using var onB = cluster.Client(1, "worker");
        var filed = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var response = await (i % 2 == 0 ? onA : onB).PostJsonAsync("/api/cases", TestData.Filing("tally", $"tally-shop-{i}.com", 40 + i));
            return ((long)(await response.ExpectAsync(HttpStatusCode.Created))["id"]!, response.Headers.ETag!.Tag);
        }));
        using var reviewerA = cluster.Client(0, "reviewer");
        using var reviewerB = cluster.Client(1, "reviewer");
        await Task.WhenAll(filed.Take(12).Select((c, i) =>
            (i % 2 == 0 ? reviewerA : reviewerB).PostJsonAsync($"/api/cases/{c.Item1}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd(c.Item2))));

        var truth = (await cluster.QueryAsync<(string Status, long N)>("SELECT status, COUNT(*) FROM cases GROUP BY status")).ToDictionary(r => r.Status, r => r.N);
        var stats = await cluster.QueryAsync<(string Dimension, string Value, long N)>(
            "SELECT dimension, value, CAST(SUM(n) AS BIGINT) FROM case_stats_daily_now WHERE owner <> '*' AND dimension IN ('opened', 'status') GROUP BY dimension, value ORDER BY dimension, value");
        foreach (var instance in new[] { 0, 1 })
        {
            using var manager = cluster.Client(instance, "manager");
            var counts = await (await manager.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(30L, (long)counts["total"]!);
            Assert.Equal(18L, (long)counts["byStatus"]!["new"]!);
            Assert.Equal(12L, (long)counts["byStatus"]!["in_review"]!);
        }

        Assert.Equal(new Dictionary<string, long> { ["new"] = 18, ["in_review"] = 12 }, truth);
        Assert.Equal([("opened", "", 30L), ("status", "in_review", 12L), ("status", "new", 18L)], stats);
    }

    [Fact]
    public async Task Alerts_EveryInstanceRunningTheDispatcher_DeliverEachEventOncePerSubscription()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = AlertHost.FastSettings();
        settings["Alerts:RequireHttps"] = "false"; // the receiver is plain http on loopback
        await using var cluster = await Cluster.StartAsync(postgres, 3, settings);
        await AddMarksAsync(cluster, "bell");
        using var manager = cluster.Client(1, "manager");
        foreach (var (path, secret) in new[] { ("/legal", "legal-secret-0123456789"), ("/brand", "brand-secret-0123456789") })
        {
            await (await manager.PostJsonAsync("/api/subscriptions", new
            {
                name = path, webhookUrl = receiver.Endpoint(path, secret).ToString(), secret,
            })).ExpectAsync(HttpStatusCode.Created);
        }

        var workers = Enumerable.Range(0, 3).Select(i => cluster.Client(i, "worker")).ToList();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
            await (await workers[i % 3].PostJsonAsync("/api/cases", TestData.Filing("bell", $"bell-support-{i}.com", 75))).ExpectAsync(HttpStatusCode.Created)));
        var events = await cluster.QueryAsync<long>("SELECT id FROM case_events ORDER BY id");

        await Eventually.HoldsAsync(async () => (await cluster.QueryAsync<long>("SELECT COUNT(*) FROM alert_deliveries WHERE status = 'delivered'"))[0] == 80,
            "all 80 deliveries are marked delivered");
        var deliveries = await cluster.QueryAsync<long>("SELECT COUNT(*) FROM alert_deliveries");
        foreach (var path in new[] { "/legal", "/brand" })
        {
            var requests = receiver.Received.Where(r => r.Path == path).ToList();
            Assert.All(requests, r => Assert.True(r.SignatureValid));
            Assert.Equal(40, requests.Count);
            Assert.Equal(events, requests.SelectMany(r => r.EventIds()).Order());
        }

        Assert.Equal(80L, Assert.Single(deliveries));
        foreach (var client in workers)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Revoke_OnOneInstance_IsRefusedByTheOtherOnceItsKeyCacheExpires()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        using var admin = cluster.Client(0, "admin");
        var created = await (await admin.PostJsonAsync("/api/keys", new { role = "ci", name = "pipeline" })).ExpectAsync(HttpStatusCode.Created);
        var (id, key) = ((string)created["key"]!["id"]!, (string)created["secret"]!);
        using var onA = cluster.Instances[0].Client(key);
        using var onB = cluster.Instances[1].Client(key);
        await (await onB.FetchAsync("/api/me")).ExpectAsync(HttpStatusCode.OK); // instance B now holds the key in its cache

        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(HttpMethod.Delete, $"/api/keys/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onA.FetchAsync("/api/me")).StatusCode); // the revoking instance at once
        // The other within its cache time (five seconds); the wait allows for a loaded machine.
        await Eventually.HoldsAsync(async () => (await onB.FetchAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized,
            "instance B refuses the revoked key", timeoutSeconds: 30);
    }
}
