using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Stats;
using Dapper;
using BrandWatch.Api.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench.Api;

/// <summary>
/// <c>api stats [--cases N] [--owners O] [--days D] [--samples S] [--db PATH | --connection STRING]</c>: fills a real
/// database (a fresh SQLite file, or an empty PostgreSQL database with <c>Provider=postgresql;…</c>) with N cases spread
/// over O owners and the last D days through the migrated schema, triggers included, so the triggers of migrations
/// 0003, 0060, 0110 and 0130 count every case, resolution and takedown report into the daily and monthly tables as the
/// Api's own transactions do. The cases are filed in the order of their filing time (as a Worker files them) in large
/// transactions; a third are resolved and a tenth get a takedown report. Then it times <c>GET /api/stats</c> on Kestrel
/// (127.0.0.1) for one owner and for every owner, over a year and over the last 30 days, in day and week buckets, S
/// sequential requests each, counting the rows of the daily and monthly tables each request reads; the peer answers
/// the same question with GROUP BY over the cases and takedown rows (no pre-aggregation), in the same process and run.
/// Figures go to stdout as Markdown.
/// </summary>
internal static partial class StatsBench
{
    private const int BatchSize = 100_000;

    private static readonly string[] Tlds = ["com", "net", "org", "shop", "xyz", "online", "top", "info", "site", "store", "app", "io", "co", "de", "fr", "uk", "ru", "cn", "br", "in"];
    private static readonly string[] Kinds = ["domain", "domain", "domain", "phishing", "counterfeit", "deep-link", "framing", "meta-tags"];
    private static readonly string[] Sources = ["ct", "nrd", "zone", "content", "submission"];
    private static readonly string[] Parties = ["registrar", "host", "registrar", "provider"];

    // The peer: the same figures as GET /api/stats, counted from the cases (and takedown) rows of the range.
    private static readonly string[] Peer =
    [
        "SELECT substr(filed_at, 1, 10), kind, COALESCE(source, 'none'), action, outcome, status, COUNT(*) FROM cases WHERE owner = @Owner AND filed_at >= @From AND filed_at < @After GROUP BY 1, 2, 3, 4, 5, 6",
        "SELECT substr(updated_at, 1, 10), COUNT(*) FROM cases WHERE owner = @Owner AND status = 'resolved' AND updated_at >= @From AND updated_at < @After GROUP BY 1",
        "SELECT COUNT(*) FROM cases WHERE owner = @Owner AND filed_at < @From",
        "SELECT COUNT(*) FROM cases WHERE owner = @Owner AND status = 'resolved' AND updated_at < @From",
        "SELECT COALESCE(tld, ''), COUNT(*) FROM cases WHERE owner = @Owner AND filed_at >= @From AND filed_at < @After GROUP BY 1 ORDER BY 2 DESC",
        "SELECT COALESCE(registrar, ''), COUNT(*) FROM cases WHERE owner = @Owner AND filed_at >= @From AND filed_at < @After GROUP BY 1 ORDER BY 2 DESC",
        "SELECT COALESCE(network, ''), COUNT(*) FROM cases WHERE owner = @Owner AND filed_at >= @From AND filed_at < @After GROUP BY 1 ORDER BY 2 DESC",
        "SELECT substr(t.sent_at, 1, 10), t.party, COUNT(*) FROM takedown_actions t JOIN cases c ON c.id = t.case_id WHERE c.owner = @Owner AND t.sent_at >= @From AND t.sent_at < @After GROUP BY 1, 2",
        "SELECT substr(t.resolved_at, 1, 10), t.party, COUNT(*) FROM takedown_actions t JOIN cases c ON c.id = t.case_id WHERE c.owner = @Owner AND t.resolved_at >= @From AND t.resolved_at < @After GROUP BY 1, 2",
    ];

    public static async Task<int> RunAsync(StatsBenchSettings settings)
    {
        var (cases, owners, days, samples, peerSamples) = (settings.Cases, settings.Owners, settings.Days, settings.Samples, settings.PeerSamples);
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-stats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = settings.Connection ?? $"Data Source={settings.Db ?? Path.Combine(folder, "stats.db")}";
        if (!ApiDatabase.IsUsable(connection, out var problem))
        {
            await Console.Error.WriteLineAsync($"bench stats: --connection: {problem}");
            return 2;
        }

        await using var app = await BenchApi.StartAsync(connection, folder);
        using var http = new HttpClient { BaseAddress = BenchApi.Address(app) };
        var database = app.Services.GetRequiredService<ApiDatabase>();
        var keys = app.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "bench-admin", "bench", CancellationToken.None)).Key;
        const string owner = "Owner 3";
        var manager = (await keys.CreateAsync(Roles.BrandManager, [owner], "bench-manager", "bench", CancellationToken.None)).Key;

        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = to.AddDays(1 - Math.Min(days, StatsQueryParser.MaxDays));
        var first = to.AddDays(1 - days);
        var fillSeconds = await FillUnlessFilledAsync(database, cases, owners, days, first);
        var output = new StringBuilder();
        await using (var count = await database.OpenAsync(CancellationToken.None))
        {
            var dailyRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM case_stats_daily");
            var caseRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases");
            var takedownRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM takedown_actions");
            var how = !double.IsNaN(fillSeconds)
                ? string.Create(CultureInfo.InvariantCulture, $"filled through the triggers in {fillSeconds:F0} s ({cases / Math.Max(fillSeconds, 0.001):F0} cases/s)")
                : "filled by an earlier run";
            output.AppendLine(CultureInfo.InvariantCulture,
                $"database: {Describe(database)}, cases: {caseRows} of {owners} owners over {days} days, takedown reports: {takedownRows}, daily table rows: {dailyRows}, " +
                $"{how}, samples: {samples} (peer {peerSamples}), processors: {Environment.ProcessorCount}, build: {Build}");
        }

        var month = to.AddDays(1 - StatsQueryParser.DefaultDays);
        var requests = new (string Name, string Key, string Owner, DateOnly From, string Bucket)[]
        {
            ($"one owner ({owner}), a year, day buckets", manager, owner, from, "day"),
            ($"one owner ({owner}), a year, week buckets", manager, owner, from, "week"),
            ($"one owner ({owner}), 30 days, day buckets", manager, owner, month, "day"),
            ($"one owner ({owner}), 30 days, week buckets", manager, owner, month, "week"),
            ("every owner (owner=*), a year, day buckets", admin, StatsQuery.All, from, "day"),
            ("every owner (owner=*), a year, week buckets", admin, StatsQuery.All, from, "week"),
            ("every owner (owner=*), 30 days, day buckets", admin, StatsQuery.All, month, "day"),
            ("every owner (owner=*), 30 days, week buckets", admin, StatsQuery.All, month, "week"),
        };

        output.AppendLine();
        output.AppendLine("| request | p50 ms | p95 ms | p99 ms | CPU ms per request | stats-table rows read | cases in range |");
        output.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, key, who, since, bucket) in requests)
        {
            var path = $"/api/stats?owner={Uri.EscapeDataString(who)}&from={since:yyyy-MM-dd}&to={to:yyyy-MM-dd}&bucket={bucket}";
            await Console.Error.WriteLineAsync($"bench stats: {path}");
            var (latencies, cpu) = await MeasureAsync(http, key, path, samples);
            var (rowsRead, inRange) = await RowsReadAsync(database, new StatsQuery(who, since, to, bucket));
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {BenchFigures.Percentile(latencies, 0.5):F1} | {BenchFigures.Percentile(latencies, 0.95):F1} | {BenchFigures.Percentile(latencies, 0.99):F1} | {cpu:F1} | {rowsRead} | {inRange} |");
        }

        foreach (var (name, since) in new[] { ("a year", from), ("30 days", month) })
        {
            await Console.Error.WriteLineAsync($"bench stats: the peer over {name}, counting the cases themselves");
            var peer = await MeasurePeerAsync(database, owner, since, to, peerSamples);
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| peer: one owner, {name}, the same figures by GROUP BY over the cases and takedown rows (in process, no HTTP) | {BenchFigures.Percentile(peer.Latencies, 0.5):F1} | " +
                $"{BenchFigures.Percentile(peer.Latencies, 0.95):F1} | {BenchFigures.Percentile(peer.Latencies, 0.99):F1} | {peer.Cpu:F1} | {peer.CaseRows} case rows of the owner | |");
        }

        output.AppendLine();
        output.AppendLine(CultureInfo.InvariantCulture, $"load average at the end: {BenchFigures.LoadAverage()}");
        await app.StopAsync();
        await Console.Out.WriteAsync(output.ToString());
        if (settings.Db is null && settings.Connection is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// Fills an empty database with N cases of O owners over the D days from <paramref name="first"/> (set-based,
    /// through every trigger), then analyses it. A database that holds cases
    /// already (a second run on a named --db or --connection) is measured as it is. The seconds the fill took, or
    /// NaN when it held cases already (the analysis is not counted).
    /// </summary>
    internal static async Task<double> FillUnlessFilledAsync(ApiDatabase database, int cases, int owners, int days, DateOnly first)
    {
        await Console.Error.WriteLineAsync($"bench stats: filling {database.DataSource} with {cases} cases of {owners} owners over {days} days");
        var fill = Stopwatch.StartNew();
        long filled;
        await using (var existing = await database.OpenAsync(CancellationToken.None))
        {
            filled = await existing.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases");
        }

        // A database named with --db or --connection that holds cases already is measured as it is (a second run).
        if (filled == 0)
        {
            await FillSetBasedAsync(database, cases, owners, days, first);
        }

        if (filled == 0 && database.Dialect.Greatest != "MAX")
        {
            // The triggers appended deltas (migration 0210); the Api's roll-up would move them within a second.
            await using var rollUp = await database.OpenAsync(CancellationToken.None);
            await rollUp.ExecuteScalarAsync<long>("SELECT bw_stats_roll_up()", commandTimeout: 3600);
        }

        var seconds = filled == 0 ? fill.Elapsed.TotalSeconds : double.NaN;
        // The fill's connections hold a large page cache; the measured requests open connections with the Api's own settings.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var count = await database.OpenAsync(CancellationToken.None))
        {
            // CommandType.Text: Dapper takes a one-word statement for a stored procedure.
            await count.ExecuteAsync(database.Dialect.Greatest == "MAX" ? "ANALYZE" : "VACUUM ANALYZE", commandTimeout: 3600, commandType: System.Data.CommandType.Text);
        }

        return seconds;
    }

    internal static string Build =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    internal static string Describe(ApiDatabase database) =>
        database.Dialect.Greatest == "MAX" ? $"SQLite {database.DataSource}" : "PostgreSQL";

    /// <summary>
    /// The PostgreSQL fill, set-based as on SQLite: each batch of <see cref="BatchSize"/> cases is one INSERT … SELECT
    /// over <c>generate_series</c>, with the same drawn values as <see cref="FillCases"/> (the same multiplicative hashes
    /// of the case number, so both engines hold the same cases), and the rows never cross into .NET. PostgreSQL fires
    /// every trigger of the schema for it as for the Api's own multi-row insert: the statement trigger that appends the
    /// new cases' counter deltas from its transition table (migration 0220) and the row triggers of the updates and
    /// takedowns. The row-by-row fill before it ran at about 1,300 cases/s.
    /// </summary>
    private const string FillCasesPg =
        "WITH r AS (SELECT i, ((i * 7919 + 13) % 1000003) / 1000003.0 AS u1, ((i * 104729 + 7) % 1000033) / 1000033.0 AS u2, " +
        "((i * 1299709 + 3) % 1000037) / 1000037.0 AS u3, ((i * 15485863 + 11) % 1000039) / 1000039.0 AS u4, " +
        "((i * 32452843 + 5) % 999983) / 999983.0 AS u5, ((i * 49979687 + 17) % 999979) / 999979.0 AS u6, " +
        "((i * 67867967 + 19) % 999961) / 999961.0 AS u7, (i * 2654435761) % 101 AS priority, " +
        "to_char(to_timestamp(@Start + (i * @Seconds) / @Cases) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at " +
        "FROM generate_series(CAST(@First AS BIGINT), CAST(@Last AS BIGINT)) AS n (i)), " +
        "t AS (SELECT *, CAST(@Tlds AS jsonb) ->> CAST(floor(20 * u1 * u1 * u1) AS INT) AS tld FROM r) " +
        "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, outcome, action, action_reason, overall, act, damage, causation, fault, " +
        "rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network) " +
        "SELECT 'mark' || (i % 97), 'Owner ' || (i % @Owners), 'brand' || (i % 97) || '-case-' || i || '.' || tld, " +
        "CAST(@Kinds AS jsonb) ->> CAST(floor(8 * u7) AS INT), " +
        "CASE WHEN u2 < 0.1 THEN NULL ELSE CAST(@Sources AS jsonb) ->> CAST(floor(5 * ((u2 - 0.1) / 0.9)) AS INT) END, " +
        "'brand' || (i % 97) || '-case-' || i || '.' || tld, 'new', priority, " +
        "CASE WHEN priority >= 60 THEN 'likely' WHEN priority >= 30 THEN 'possible' ELSE 'unlikely' END, " +
        "CASE WHEN priority >= 80 THEN 'abuse-takedown' WHEN priority >= 60 THEN 'udrp-transfer' ELSE 'monitor' END, " +
        "'bench', 0.5, 0.5, 0.5, 0.5, 0.5, 'bench-1', '{}', 1, 1, at, at, at, tld, " +
        "CASE WHEN u3 < 0.2 THEN NULL ELSE 'Registrar ' || lpad(CAST(floor(300 * u4 * u4 * u4) AS INT)::text, 3, '0') END, " +
        "CASE WHEN u5 < 0.25 THEN NULL ELSE 'AS' || (64512 + CAST(floor(1000 * u6 * u6 * u6) AS INT)) END FROM t ORDER BY i";

    // As FillTakedowns, in PostgreSQL's words.
    private const string FillTakedownsPg =
        "WITH c AS (SELECT id, CAST(extract(epoch FROM CAST(filed_at AS timestamptz)) AS BIGINT) + 3600 + (id * 7919) % 255600 AS sent FROM cases " +
        "WHERE id BETWEEN @First AND @Last AND ((id * 7919 + 13) % 1000003) % 10 = 0), " +
        "s AS (SELECT id, sent, CASE WHEN ((id * 104729) % 999983) % 2 = 0 THEN sent + 3600 + (id * 104729) % 82800 END AS ack FROM c), " +
        "d AS (SELECT id, sent, ack, CASE WHEN ((id * 1299709) % 1000037) % 3 > 0 THEN COALESCE(ack, sent) + 3600 + (id * 1299709) % 428400 END AS res FROM s) " +
        "INSERT INTO takedown_actions (case_id, party, target, state, sent_at, acknowledged_at, resolved_at, created_by, updated_by, updated_at, answer_due_at) " +
        "SELECT id, CAST(@Parties AS jsonb) ->> CAST(((id * 15485863) % 999979) % 4 AS INT), 'abuse@example.net', " +
        "CASE WHEN res IS NOT NULL THEN 'resolved' WHEN ack IS NOT NULL THEN 'acknowledged' ELSE 'sent' END, " +
        "to_char(to_timestamp(LEAST(sent, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), " +
        "CASE WHEN ack IS NOT NULL THEN to_char(to_timestamp(LEAST(ack, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') END, " +
        "CASE WHEN res IS NOT NULL THEN to_char(to_timestamp(LEAST(res, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') END, " +
        "'bench', 'bench', to_char(to_timestamp(LEAST(sent, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), " +
        "to_char(to_timestamp(LEAST(sent, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM d ORDER BY id";

    // As FillResolutions: every third case resolved one to twenty days after its filing.
    private const string FillResolutionsPg =
        "UPDATE cases SET status = 'resolved', updated_at = to_char(to_timestamp(" +
        "LEAST(CAST(extract(epoch FROM CAST(filed_at AS timestamptz)) AS BIGINT) + 86400 + (id * 15485863) % 1641600, @End - 1)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') " +
        "WHERE id BETWEEN @First AND @Last AND id % 3 = 0";

    /// <summary>
    /// The SQLite fill, set-based: each batch of cases is one INSERT … SELECT over a recursive series of ids, so the
    /// rows never cross into .NET, and SQLite fires the same row triggers for every case as for a filing. The drawn
    /// values come from multiplicative hashes of the case number (deterministic; the same skews as the row-by-row fill:
    /// a few large TLDs, registrars and networks and a long tail), and filing times rise evenly with the id.
    /// </summary>
    private const string FillCases =
        "WITH RECURSIVE n(i) AS (SELECT @First UNION ALL SELECT i + 1 FROM n WHERE i < @Last), " +
        "r AS (SELECT i, ((i * 7919 + 13) % 1000003) / 1000003.0 AS u1, ((i * 104729 + 7) % 1000033) / 1000033.0 AS u2, " +
        "((i * 1299709 + 3) % 1000037) / 1000037.0 AS u3, ((i * 15485863 + 11) % 1000039) / 1000039.0 AS u4, " +
        "((i * 32452843 + 5) % 999983) / 999983.0 AS u5, ((i * 49979687 + 17) % 999979) / 999979.0 AS u6, " +
        "((i * 67867967 + 19) % 999961) / 999961.0 AS u7, (i * 2654435761) % 101 AS priority, " +
        "strftime('%Y-%m-%dT%H:%M:%SZ', @Start + (i * @Seconds) / @Cases, 'unixepoch') AS at FROM n), " +
        "t AS (SELECT *, json_extract(@Tlds, '$[' || CAST(20 * u1 * u1 * u1 AS INTEGER) || ']') AS tld FROM r) " +
        "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, outcome, action, action_reason, overall, act, damage, causation, fault, " +
        "rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network) " +
        "SELECT 'mark' || (i % 97), 'Owner ' || (i % @Owners), 'brand' || (i % 97) || '-case-' || i || '.' || tld, " +
        "json_extract(@Kinds, '$[' || CAST(8 * u7 AS INTEGER) || ']'), " +
        "CASE WHEN u2 < 0.1 THEN NULL ELSE json_extract(@Sources, '$[' || CAST(5 * ((u2 - 0.1) / 0.9) AS INTEGER) || ']') END, " +
        "'brand' || (i % 97) || '-case-' || i || '.' || tld, 'new', priority, " +
        "CASE WHEN priority >= 60 THEN 'likely' WHEN priority >= 30 THEN 'possible' ELSE 'unlikely' END, " +
        "CASE WHEN priority >= 80 THEN 'abuse-takedown' WHEN priority >= 60 THEN 'udrp-transfer' ELSE 'monitor' END, " +
        "'bench', 0.5, 0.5, 0.5, 0.5, 0.5, 'bench-1', '{}', 1, 1, at, at, at, tld, " +
        "CASE WHEN u3 < 0.2 THEN NULL ELSE printf('Registrar %03d', CAST(300 * u4 * u4 * u4 AS INTEGER)) END, " +
        "CASE WHEN u5 < 0.25 THEN NULL ELSE 'AS' || (64512 + CAST(1000 * u6 * u6 * u6 AS INTEGER)) END FROM t";

    // A takedown report for a tenth of the cases (chosen by a hash of the id, so every owner has some), sent one hour to
    // three days after the filing; half acknowledged within a day, two thirds resolved within five days of the last
    // step (times past the range's end are held at its last second).
    private const string FillTakedowns =
        "WITH c AS (SELECT id, CAST(strftime('%s', filed_at) AS INTEGER) + 3600 + (id * 7919) % 255600 AS sent FROM cases " +
        "WHERE id BETWEEN @First AND @Last AND ((id * 7919 + 13) % 1000003) % 10 = 0), " +
        "s AS (SELECT id, sent, CASE WHEN ((id * 104729) % 999983) % 2 = 0 THEN sent + 3600 + (id * 104729) % 82800 END AS ack FROM c), " +
        "d AS (SELECT id, sent, ack, CASE WHEN ((id * 1299709) % 1000037) % 3 > 0 THEN COALESCE(ack, sent) + 3600 + (id * 1299709) % 428400 END AS res FROM s) " +
        "INSERT INTO takedown_actions (case_id, party, target, state, sent_at, acknowledged_at, resolved_at, created_by, updated_by, updated_at, answer_due_at) " +
        "SELECT id, json_extract(@Parties, '$[' || (((id * 15485863) % 999979) % 4) || ']'), 'abuse@example.net', " +
        "CASE WHEN res IS NOT NULL THEN 'resolved' WHEN ack IS NOT NULL THEN 'acknowledged' ELSE 'sent' END, " +
        "strftime('%Y-%m-%dT%H:%M:%SZ', MIN(sent, @End - 1), 'unixepoch'), " +
        "CASE WHEN ack IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%SZ', MIN(ack, @End - 1), 'unixepoch') END, " +
        "CASE WHEN res IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%SZ', MIN(res, @End - 1), 'unixepoch') END, " +
        "'bench', 'bench', strftime('%Y-%m-%dT%H:%M:%SZ', MIN(sent, @End - 1), 'unixepoch'), strftime('%Y-%m-%dT%H:%M:%SZ', MIN(sent, @End - 1), 'unixepoch') FROM d ORDER BY id";

    // Every third case resolved one to twenty days after its filing.
    private const string FillResolutions =
        "UPDATE cases SET status = 'resolved', updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', " +
        "MIN(CAST(strftime('%s', filed_at) AS INTEGER) + 86400 + (id * 15485863) % 1641600, @End - 1), 'unixepoch') " +
        "WHERE id BETWEEN @First AND @Last AND id % 3 = 0";

    private static async Task FillSetBasedAsync(ApiDatabase database, int cases, int owners, int days, DateOnly first)
    {
        var sqlite = database.Dialect.Greatest == "MAX";
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).ToUnixTimeSeconds();
        var seconds = (long)days * 86_400;
        var lists = new
        {
            Tlds = System.Text.Json.JsonSerializer.Serialize(Tlds), Kinds = System.Text.Json.JsonSerializer.Serialize(Kinds),
            Sources = System.Text.Json.JsonSerializer.Serialize(Sources), Parties = System.Text.Json.JsonSerializer.Serialize(Parties),
        };
        for (var batch = 0; batch < cases; batch += BatchSize)
        {
            var last = Math.Min(cases, batch + BatchSize);
            await using var connection = await OpenForFillAsync(database);
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(sqlite ? FillCases : FillCasesPg, new
            {
                First = batch, Last = last - 1, Start = start, Seconds = seconds, Cases = (long)cases, Owners = owners,
                lists.Tlds, lists.Kinds, lists.Sources,
            }, transaction, commandTimeout: 3600);
            await transaction.CommitAsync();
            await Console.Error.WriteLineAsync($"bench stats: {last} cases filed");
        }

        // The ids SQLite gave (1 to N on a fresh database) are the ranges of the second pass.
        for (var batch = 1; batch <= cases; batch += BatchSize)
        {
            await using var connection = await OpenForFillAsync(database);
            await using var transaction = await connection.BeginTransactionAsync();
            var range = new { First = batch, Last = batch + BatchSize - 1, End = start + seconds, lists.Parties };
            await connection.ExecuteAsync(sqlite ? FillTakedowns : FillTakedownsPg, range, transaction, commandTimeout: 3600);
            await connection.ExecuteAsync(sqlite ? FillResolutions : FillResolutionsPg, range, transaction, commandTimeout: 3600);
            await transaction.CommitAsync();
            await Console.Error.WriteLineAsync($"bench stats: resolutions and takedowns up to case {Math.Min(cases, batch + BatchSize - 1)}");
        }
    }

    /// <summary>
    /// A connection for the fill. On SQLite it holds a page cache of up to 1 GiB, so a transaction of
    /// <see cref="BatchSize"/> cases updates the cases' indexes in memory instead of spilling to the write-ahead log
    /// mid-transaction; the triggers and what they write are unchanged.
    /// </summary>
    private static async Task<DbConnection> OpenForFillAsync(ApiDatabase database)
    {
        var connection = await database.OpenAsync(CancellationToken.None);
        if (database.Dialect.Greatest == "MAX")
        {
            await connection.ExecuteAsync("PRAGMA cache_size = -1048576");
        }

        return connection;
    }

    /// <summary>The rows of the daily and monthly tables a request reads (its statements' WHERE clauses), and the cases filed in its range.</summary>
    private static async Task<(long RowsRead, long CasesInRange)> RowsReadAsync(ApiDatabase database, StatsQuery query)
    {
        static string CountOf(string select) => "SELECT COUNT(*) FROM case_stats_daily " + select[select.IndexOf("WHERE", StringComparison.Ordinal)..].Split(" GROUP BY")[0];
        var places = StatsStore.SelectPlaces;
        var inner = places[(places.IndexOf("FROM (", StringComparison.Ordinal) + 6)..places.LastIndexOf(") AS places", StringComparison.Ordinal)];
        var parameters = new { query.Owner, From = StatsStore.Day(query.From), To = StatsStore.Day(query.To) };
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var read = await connection.ExecuteScalarAsync<long>(CountOf(StatsStore.SelectRange), parameters)
            + await connection.ExecuteScalarAsync<long>(CountOf(StatsStore.SelectBefore), parameters)
            + await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM ({inner}) AS p", StatsStore.PlacesParameters(query));
        const string Opened = "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM case_stats_daily WHERE owner = @Owner AND dimension = 'opened' AND day >= @From AND day <= @To";
        return (read, await connection.ExecuteScalarAsync<long>(Opened, parameters));
    }

    private static async Task<(List<double> Latencies, double Cpu, long CaseRows)> MeasurePeerAsync(ApiDatabase database, string owner, DateOnly from, DateOnly to, int samples)
    {
        var parameters = new { Owner = owner, From = StatsStore.Day(from), After = StatsStore.Day(to.AddDays(1)) };
        var latencies = new List<double>(samples);
        var cpu = TimeSpan.Zero;
        for (var i = -1; i < samples; i++)
        {
            if (i == 0)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            var clock = Stopwatch.StartNew();
            await using var connection = await database.OpenAsync(CancellationToken.None);
            foreach (var sql in Peer)
            {
                (await connection.QueryAsync(sql, parameters)).AsList();
            }

            if (i >= 0)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var cpuPerSample = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples;
        await using var count = await database.OpenAsync(CancellationToken.None);
        return (latencies, cpuPerSample, await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases WHERE owner = @Owner", parameters));
    }

    /// <summary>
    /// The latency of each of S sequential requests after 20 warm-up ones, and the process's CPU time per request
    /// (server and client: both run in this process), which a loaded machine does not inflate as it does wall time.
    /// </summary>
    private static async Task<(List<double> Latencies, double CpuPerRequest)> MeasureAsync(HttpClient http, string key, string path, int samples)
    {
        var latencies = new List<double>(samples);
        var cpu = TimeSpan.Zero;
        for (var i = -20; i < samples; i++)
        {
            if (i == 0)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var clock = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"bench stats: {path} answered {(int)response.StatusCode}");
            }

            if (i >= 0)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return (latencies, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / samples);
    }
}
