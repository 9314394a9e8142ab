using System.Net;
using System.Text.Json;
using BrandWatch.Api.Storage;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// After a burst of filings the Api analyses the cases table itself, so the list's plans see the table's new size
/// without waiting for autovacuum (switched off on the table here, so only the Api can have analysed it: a manual
/// ANALYZE sets <c>last_analyze</c>, autovacuum only <c>last_autoanalyze</c>).
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class CaseTableAnalysisTests(PostgresFixture postgres)
{
    private const string LastAnalyze = "SELECT CAST(last_analyze AS text) FROM pg_stat_user_tables WHERE relname = 'cases'";

    [Fact]
    public async Task BatchesOfNewCases_IntoAnUnanalysedTable_AreAnalysedByTheApiSoThePlannerCountsThem()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 1);
        await cluster.QueryAsync<int>("ALTER TABLE cases SET (autovacuum_enabled = false)");
        await cluster.AddMarkAsync("burst");

        Assert.Equal([null], await cluster.QueryAsync<string?>(LastAnalyze));
        using var worker = cluster.Client(0, "worker");
        await FileWholeAsync(cluster, worker, 0, 800);

        await Eventually.HoldsAsync(
            async () => (await cluster.QueryAsync<string?>(LastAnalyze))[0] is not null,
            () => "the Api analysed the cases table after 800 new cases");

        // A table this small is read whole by ANALYZE: the planner's row count and its estimate for the status filter are exact.
        Assert.Equal([800f], await cluster.QueryAsync<float>("SELECT reltuples FROM pg_class WHERE relname = 'cases'"));
        Assert.Equal(800, await EstimatedRowsAsync(cluster, "SELECT id FROM cases WHERE status = 'new'"));
    }

    [Fact]
    public async Task BatchesOfNewCases_IntoAnEmptyFeaturesTable_AreAnalysedByTheApiSoTheSiteCountWalksItsIndex()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 1);
        await cluster.QueryAsync<int>("ALTER TABLE case_features SET (autovacuum_enabled = false)");
        await cluster.AddMarkAsync("burst");

        const string featuresAnalysed = "SELECT CAST(last_analyze AS text) FROM pg_stat_user_tables WHERE relname = 'case_features'";
        Assert.Equal([null], await cluster.QueryAsync<string?>(featuresAnalysed));
        using var worker = cluster.Client(0, "worker");
        await FileWholeAsync(cluster, worker, 0, 800);

        await Eventually.HoldsAsync(
            async () => (await cluster.QueryAsync<string?>(featuresAnalysed))[0] is not null,
            () => "the Api analysed case_features after 800 new cases' features");

        // Every case shares the address 192.0.2.10: with the table's statistics, a generic plan
        // of the campaign walk's site count (the kind the writer's prepared statement keeps) reads the rows of that
        // address through an index on (kind, value …), instead of reading and sorting the table as planned when it was
        // empty. Which of the two such indexes it takes is the planner's near tie on a busy machine (the sites index
        // alone, in host order, on a quiet one; the value index, once, under a full test run's load).
        var rows = Assert.Single(await cluster.QueryAsync<long>("SELECT COUNT(*) FROM case_features"));
        Assert.Equal([(float)rows], await cluster.QueryAsync<float>("SELECT reltuples FROM pg_class WHERE relname = 'case_features'"));
        var plan = await GenericPlanAsync(cluster,
            "SELECT COUNT(*) FROM (SELECT DISTINCT host FROM case_features WHERE kind = $1 AND value = $2 LIMIT $3) s", "'ip', '192.0.2.10', 85");
        Assert.True(plan.Contains("ix_case_features_sites", StringComparison.Ordinal) || plan.Contains("ix_case_features_value", StringComparison.Ordinal), plan);
        Assert.False(plan.Contains("Seq Scan", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task AFewFilings_AfterAnAnalysis_DoNotCallForAnother()
    {
        await using var cluster = await Cluster.StartAsync(postgres, 1);
        await cluster.QueryAsync<int>("ALTER TABLE cases SET (autovacuum_enabled = false)");
        await cluster.AddMarkAsync("trickle");

        using var worker = cluster.Client(0, "worker");
        await FileWholeAsync(cluster, worker, 0, 600, "trickle");
        await Eventually.HoldsAsync(async () => (await cluster.QueryAsync<string?>(LastAnalyze))[0] is not null, () => "the Api analysed the cases table after 600 new cases");
        var analysed = (await cluster.QueryAsync<string?>(LastAnalyze))[0];

        // 200 more: under 500 + 5 % of 600, though the server's statistics have seen every one of them. The count can
        // also hold a few of the first 600 that the server had not yet flushed to its statistics when the analysis
        // started (a busy machine), so the wait is for at least 200, not exactly 200.
        await FileAsync(worker, 600, 200, "trickle");
        await Eventually.HoldsAsync(
            async () => (await cluster.QueryAsync<long>("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relname = 'cases'"))[0] >= 200,
            () => "the server's statistics counted the 200 new cases");
        var analysis = cluster.Instances[0].Services.GetRequiredService<CaseTableAnalysis>();

        Assert.False(await analysis.AnalyzeIfStaleAsync(HttpTest.Ct));
        Assert.Equal([analysed], await cluster.QueryAsync<string?>(LastAnalyze));
        Assert.Equal([600f], await cluster.QueryAsync<float>("SELECT reltuples FROM pg_class WHERE relname = 'cases'"));
    }

    /// <summary>
    /// Files a burst the way <see cref="FileAsync"/> does while holding the Api's analysis lock, so that the Api analyses
    /// the burst once it is whole: each case commits on its own, and an analysis that caught a batch half written (656
    /// of 800 on a slow run) would count only what had committed so far.
    /// </summary>
    private static async Task FileWholeAsync(Cluster cluster, HttpClient worker, int first, int count, string mark = "burst")
    {
        var (_, connectionString) = ApiDatabase.Split(cluster.ConnectionString);
        await using var holder = new Npgsql.NpgsqlConnection(connectionString);
        await holder.OpenAsync(HttpTest.Ct);
        await Dapper.SqlMapper.ExecuteAsync(holder, "SELECT pg_advisory_lock(@Key)", new { Key = CaseTableAnalysis.LockKey });
        await FileAsync(worker, first, count, mark);
        await Dapper.SqlMapper.ExecuteAsync(holder, "SELECT pg_advisory_unlock(@Key)", new { Key = CaseTableAnalysis.LockKey });
    }

    /// <summary>Files <paramref name="count"/> new cases for the mark in batches of 400.</summary>
    private static async Task FileAsync(HttpClient worker, int first, int count, string mark = "burst")
    {
        for (var start = first; start < first + count; start += 400)
        {
            var items = Enumerable.Range(start, Math.Min(400, first + count - start))
                .Select(i => new { idempotencyKey = $"{mark}-{i}", filing = TestData.Filing(mark, $"{mark}-shop-{i}.com", i % 101) });
            var answer = await (await worker.PostJsonAsync("/api/cases/batch", new { items })).ExpectAsync(HttpStatusCode.OK);
            Assert.All(answer["results"]!.AsArray(), r => Assert.Equal("created", (string)r!["result"]!));
        }
    }

    /// <summary>The generic plan of a statement with parameters, as a prepared statement of the writer would keep it.</summary>
    private static async Task<string> GenericPlanAsync(Cluster cluster, string sql, string arguments)
    {
        var (_, connectionString) = ApiDatabase.Split(cluster.ConnectionString);
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(HttpTest.Ct);
        await Dapper.SqlMapper.ExecuteAsync(connection, "SET plan_cache_mode = force_generic_plan");
        await Dapper.SqlMapper.ExecuteAsync(connection, "PREPARE probe(text, text, bigint) AS " + sql);
        return string.Join('\n', await Dapper.SqlMapper.QueryAsync<string>(connection, "EXPLAIN EXECUTE probe(" + arguments + ")"));
    }

    private static async Task<long> EstimatedRowsAsync(Cluster cluster, string sql)
    {
        var plan = (await cluster.QueryAsync<string>("EXPLAIN (FORMAT JSON) " + sql))[0];
        using var document = JsonDocument.Parse(plan);
        return document.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetInt64();
    }
}
