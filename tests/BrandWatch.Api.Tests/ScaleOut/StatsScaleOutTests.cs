using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Stats;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// The counters on PostgreSQL append deltas that a roll-up moves into the totals later (migration 0210): the stats and
/// counts must be the cases' own numbers on every instance, before the roll-up, after it, and with filings racing.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class StatsScaleOutTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Stats_AfterConcurrentFilingsAndReviewsOnTwoInstances_CountTheCasesBeforeAndAfterTheRollUp()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 2);
        await cluster.AddMarkAsync("tally");

        // Every name filed twice at once, once through each instance: one opens the case, the other re-files it with
        // another priority, which moves its outcome and action counters.
        using var onA = cluster.Client(0, "worker");
        using var onB = cluster.Client(1, "worker");
        var filed = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var response = await (i % 2 == 0 ? onA : onB).PostJsonAsync("/api/cases", TestData.Filing("tally", $"tally-shop-{i / 2}.com", i % 2 == 0 ? 20 + i : 95));
            var body = await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
            return ((long)body["id"]!, response.Headers.ETag!.Tag);
        }));
        using var reviewer = cluster.Client(1, "reviewer");
        foreach (var (id, _) in filed.DistinctBy(f => f.Item1).Take(7))
        {
            var current = await cluster.QueryAsync<long>("SELECT version FROM cases WHERE id = @Id", new { Id = id });
            await (await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd($"\"c-{current[0]}\"")))
                .ExpectAsync(HttpStatusCode.OK);
        }

        var truth = await TruthAsync(cluster);
        Assert.Equal(20L, truth["opened"][""]);
        var before = await ReadEverywhereAsync(cluster);
        AssertMatches(truth, before[0]);

        var rollUp = cluster.Instances[0].Services.GetRequiredService<StatsRollUp>();
        await Eventually.HoldsAsync(async () =>
        {
            if ((await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_stats_pending"))[0] == 0)
            {
                return true;
            }

            await rollUp.RollUpAsync(HttpTest.Ct); // 0 while the background roll-up of an instance holds the lock
            return false;
        }, () => "every pending stats row was rolled up");

        Assert.Equal(0L, (await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_stats_pending"))[0]);
        Assert.Equal(0L, (await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_counts_pending"))[0]);
        var after = await ReadEverywhereAsync(cluster);
        Assert.All(before.Concat(after), answer => Assert.Equal(before[0], answer));

        // The rolled-up totals alone now hold every count, the every-owner rows as the owner's.
        var totals = await cluster.QueryAsync<(string Owner, string Dimension, string Value, long N)>(
            "SELECT owner, dimension, value, CAST(SUM(n) AS BIGINT) FROM case_stats_daily WHERE dimension IN ('opened', 'status', 'outcome', 'action') " +
            "GROUP BY owner, dimension, value HAVING SUM(n) <> 0 ORDER BY owner, dimension, value");
        var expected = truth.SelectMany(d => d.Value.Where(v => v.Value != 0).Select(v => (Dimension: d.Key, Value: v.Key, N: v.Value))).ToList();
        Assert.Equal(expected.Select(e => ("*", e.Dimension, e.Value, e.N)).Concat(expected.Select(e => (Cluster.OwnerA, e.Dimension, e.Value, e.N))).Order(),
            totals.Order());
        Assert.Equal(truth["status"], (await cluster.QueryAsync<(string Status, long N)>("SELECT status, n FROM case_counts WHERE n <> 0"))
            .ToDictionary(r => r.Status, r => r.N));
    }

    [Fact]
    public async Task Counters_AfterABatchAndMultiRowInsertsAndDeletes_EqualARecountOfTheCases()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 1);
        await cluster.AddMarkAsync("recount");

        // A batch of new names, one of them twice (a re-filing inside the batch) and one key sent twice.
        using var worker = cluster.Client(0, "worker");
        var items = Enumerable.Range(0, 6).Select(i => new { idempotencyKey = $"recount-{i}", filing = TestData.Filing("recount", $"recount-{i % 5}.shop", 40 + 10 * i) })
            .Append(new { idempotencyKey = "recount-1", filing = TestData.Filing("recount", "recount-1.shop", 50) });
        var batch = await (await worker.PostJsonAsync("/api/cases/batch", new { items })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["created", "created", "created", "created", "created", "refiled", "duplicate"],
            batch["results"]!.AsArray().Select(r => (string)r!["result"]!));
        Assert.Equal(await RecountAsync(cluster), await CountersAsync(cluster));

        // One statement that inserts several cases (one resolved, of another owner) counts each of them once.
        await cluster.QueryAsync<int>(
            "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, outcome, action, action_reason, overall, act, damage, causation, fault, " +
            "rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network) " +
            "SELECT mark_id, CASE WHEN id % 2 = 0 THEN 'Other Owner' ELSE owner END, 'copy-' || subject, kind, source, domain, " +
            "CASE WHEN id % 3 = 0 THEN 'resolved' ELSE status END, priority, outcome, action, action_reason, overall, act, damage, causation, fault, " +
            "rule_version, verdict, version, filings, filed_at, updated_at, observed_at, 'copy', registrar, NULL FROM cases");
        Assert.Equal(10L, (await cluster.QueryAsync<long>("SELECT COUNT(*) FROM cases"))[0]);
        Assert.Equal(await RecountAsync(cluster), await CountersAsync(cluster));

        await cluster.QueryAsync<int>("DELETE FROM cases WHERE subject LIKE 'copy-%' AND id % 2 = 0");
        Assert.Equal(await RecountAsync(cluster), await CountersAsync(cluster));
    }

    /// <summary>Every counter a case holds (day, owner and every owner), and the cases per owner and status, counted from the cases.</summary>
    private static async Task<List<string>> RecountAsync(Cluster cluster) =>
    [
        .. (await cluster.QueryAsync<string>(
            "SELECT o || ' ' || d.dimension || ' ' || d.day || ' ' || d.value || ' ' || COUNT(*) FROM cases c " +
            "CROSS JOIN LATERAL (VALUES (c.owner), ('*')) AS owners (o) " +
            "CROSS JOIN LATERAL (VALUES ('opened', substr(c.filed_at, 1, 10), ''), ('kind', substr(c.filed_at, 1, 10), c.kind), " +
            "('source', substr(c.filed_at, 1, 10), COALESCE(c.source, 'none')), ('action', substr(c.filed_at, 1, 10), c.action), " +
            "('outcome', substr(c.filed_at, 1, 10), c.outcome), ('status', substr(c.filed_at, 1, 10), c.status), " +
            "('tld', substr(c.filed_at, 1, 10), COALESCE(c.tld, '')), ('registrar', substr(c.filed_at, 1, 10), COALESCE(c.registrar, '')), " +
            "('network', substr(c.filed_at, 1, 10), COALESCE(c.network, '')), " +
            "('resolved', CASE WHEN c.status = 'resolved' THEN substr(c.updated_at, 1, 10) END, '')) AS d (dimension, day, value) " +
            "WHERE d.day IS NOT NULL GROUP BY o, d.dimension, d.day, d.value ORDER BY 1")),
        .. await cluster.QueryAsync<string>("SELECT owner || ' ' || status || ' ' || COUNT(*) FROM cases GROUP BY owner, status ORDER BY 1"),
    ];

    /// <summary>The same counters as the readers see them: rolled-up totals plus the deltas not yet rolled up.</summary>
    private static async Task<List<string>> CountersAsync(Cluster cluster) =>
    [
        .. await cluster.QueryAsync<string>(
            "SELECT owner || ' ' || dimension || ' ' || day || ' ' || value || ' ' || SUM(n) FROM case_stats_daily_now " +
            "WHERE dimension NOT IN ('campaign') AND dimension NOT LIKE 'takedown-%' GROUP BY owner, dimension, day, value HAVING SUM(n) <> 0 ORDER BY 1"),
        .. await cluster.QueryAsync<string>("SELECT owner || ' ' || status || ' ' || n FROM case_counts_now WHERE n <> 0 ORDER BY 1"),
    ];

    /// <summary>The counters as the cases themselves give them: opened, and by status, outcome and action.</summary>
    private static async Task<Dictionary<string, Dictionary<string, long>>> TruthAsync(Cluster cluster)
    {
        async Task<Dictionary<string, long>> By(string column) =>
            (await cluster.QueryAsync<(string Value, long N)>($"SELECT {column}, COUNT(*) FROM cases GROUP BY {column}")).ToDictionary(r => r.Value, r => r.N);
        return new()
        {
            ["opened"] = new() { [""] = (await cluster.QueryAsync<long>("SELECT COUNT(*) FROM cases"))[0] },
            ["status"] = await By("status"),
            ["outcome"] = await By("outcome"),
            ["action"] = await By("action"),
        };
    }

    /// <summary>The stats of the owner and of every owner, and the case counts, from each instance (compact JSON, in order).</summary>
    private static async Task<List<string>> ReadEverywhereAsync(Cluster cluster)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        var answers = new List<string>();
        foreach (var instance in new[] { 0, 1 })
        {
            using var manager = cluster.Client(instance, "manager");
            using var admin = cluster.Client(instance, "admin");
            var owner = await (await manager.FetchAsync("/api/stats?" + range)).ExpectAsync(HttpStatusCode.OK);
            var every = await (await admin.FetchAsync("/api/stats?owner=*&" + range)).ExpectAsync(HttpStatusCode.OK);
            var counts = await (await manager.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(owner["totals"]!.ToJsonString(), every["totals"]!.ToJsonString()); // one owner: every owner's numbers are its own
            answers.Add(new JsonArray(owner["totals"]!.DeepClone(), owner["buckets"]!.DeepClone(), counts.DeepClone()).ToJsonString());
        }

        return answers;
    }

    private static void AssertMatches(Dictionary<string, Dictionary<string, long>> truth, string answer)
    {
        var parsed = JsonNode.Parse(answer)!.AsArray();
        var totals = parsed[0]!;
        Assert.Equal(truth["opened"][""], (long)totals["opened"]!);
        foreach (var (dimension, field) in new[] { ("status", "byStatus"), ("outcome", "byOutcome"), ("action", "byAction") })
        {
            var answered = totals[field]!.AsObject().Where(p => (long)p.Value! != 0).ToDictionary(p => p.Key, p => (long)p.Value!);
            Assert.Equal(truth[dimension], answered);
        }

        Assert.Equal(truth["opened"][""], (long)parsed[2]!["total"]!);
        Assert.Equal(truth["status"]["in_review"], (long)parsed[2]!["byStatus"]!["in_review"]!);
    }
}
