using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Stats;
using Dapper;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BrandWatch.Api.Bench;

/// <summary>
/// <c>bench stats [--cases N] [--owners O] [--days D] [--samples S] [--db PATH | --connection STRING]</c>: fills a real
/// database (a fresh SQLite file, or an empty PostgreSQL database with <c>Provider=postgresql;…</c>) with N cases spread
/// over O owners and the last D days through the migrated schema, so the triggers of migrations 0060 and 0110 keep the
/// daily table as filings would; resolves a third of them and records takedown reports for a tenth. On SQLite the
/// triggers are dropped for the fill and the tables counted afterwards by the migrations' own back-fill statements
/// (the same rows; <c>--with-triggers</c> keeps them, some fifty times slower). Then it times
/// <c>GET /api/stats</c> over the whole range on Kestrel (127.0.0.1) for one owner and for every owner, S sequential
/// requests each, counting the rows of the daily table each request reads; the peer computes the same figures from
/// the cases table directly (no pre-aggregation), in the same process and run. Figures go to stdout as Markdown.
/// </summary>
internal static partial class StatsBench
{
    private const int Registrars = 300;
    private const int Networks = 1_000;
    private const int BatchSize = 20_000;

    private static readonly string[] Tlds = ["com", "net", "org", "shop", "xyz", "online", "top", "info", "site", "store", "app", "io", "co", "de", "fr", "uk", "ru", "cn", "br", "in"];
    private static readonly string[] Kinds = ["domain", "domain", "domain", "phishing", "deep-link", "framing", "meta-tags"];
    private static readonly string[] Sources = ["ct", "nrd", "zone", "content", "submission"];
    private static readonly string[] Parties = ["registrar", "host", "registrar", "provider"];

    private const string InsertCase =
        "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, outcome, action, action_reason, overall, act, damage, causation, fault, " +
        "rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network) VALUES " +
        "(@mark, @owner, @subject, @kind, @source, @domain, 'new', @priority, @outcome, @action, 'bench', 0.5, 0.5, 0.5, 0.5, 0.5, 'bench-1', '{}', 1, 1, @at, @at, @at, @tld, @registrar, @network)";

    private const string Resolve = "UPDATE cases SET status = 'resolved', updated_at = @at WHERE id = @id";

    private const string InsertTakedown =
        "INSERT INTO takedown_actions (case_id, party, target, state, sent_at, acknowledged_at, resolved_at, created_by, updated_by, updated_at, answer_due_at) " +
        "VALUES (@id, @party, 'abuse@example.net', @state, @sent, @acknowledged, @resolved, 'bench', 'bench', @sent, @sent)";

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

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = IntArg(args, "--cases", 1_000_000);
        var owners = IntArg(args, "--owners", 20);
        var days = IntArg(args, "--days", 365);
        var samples = IntArg(args, "--samples", 200);
        var peerSamples = IntArg(args, "--peer-samples", 10);
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-stats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connection = ArgValue(args, "--connection") ?? $"Data Source={ArgValue(args, "--db") ?? Path.Combine(folder, "stats.db")}";
        if (!Storage.ApiDatabase.IsUsable(connection, out var problem))
        {
            await Console.Error.WriteLineAsync($"bench stats: --connection: {problem}");
            return 2;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["ConnectionStrings:BrandWatch"] = connection;
        builder.Configuration["Evidence:SigningKeyPath"] = Path.Combine(folder, "signing-key.pem");
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBrandWatchApi();
        await using var app = builder.Build();
        await app.MigrateBrandWatchDatabaseAsync();
        app.MapBrandWatchApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };
        var database = app.Services.GetRequiredService<Storage.ApiDatabase>();
        var keys = app.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "bench-admin", "bench", CancellationToken.None)).Key;
        const string owner = "Owner 3";
        var manager = (await keys.CreateAsync(Roles.BrandManager, [owner], "bench-manager", "bench", CancellationToken.None)).Key;

        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = to.AddDays(1 - Math.Min(days, StatsQueryParser.MaxDays));
        var first = to.AddDays(1 - days);
        await Console.Error.WriteLineAsync($"bench stats: filling {database.DataSource} with {cases} cases of {owners} owners over {days} days");
        var fill = Stopwatch.StartNew();
        // SQLite fills fastest without the triggers, counted afterwards by the migrations' back-fill (--with-triggers to keep them).
        var rebuild = database.Dialect.Greatest == "MAX" && !args.Contains("--with-triggers");
        await FillAsync(database, cases, owners, days, first, rebuild);
        var fillSeconds = fill.Elapsed.TotalSeconds;
        await using (var count = await database.OpenAsync(CancellationToken.None))
        {
            if (database.Dialect.Greatest == "MAX")
            {
                await count.ExecuteAsync("ANALYZE", commandType: System.Data.CommandType.Text);
            }
            else
            {
                await count.ExecuteAsync("VACUUM ANALYZE", commandType: System.Data.CommandType.Text);
            }
        }

        var output = new StringBuilder();
        await using (var count = await database.OpenAsync(CancellationToken.None))
        {
            var dailyRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM case_stats_daily");
            var caseRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases");
            var takedownRows = await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM takedown_actions");
            output.AppendLine(CultureInfo.InvariantCulture,
                $"database: {Describe(database)}, cases: {caseRows} of {owners} owners over {days} days, takedown reports: {takedownRows}, daily table rows: {dailyRows}, " +
                $"filled in {fillSeconds:F0} s ({(rebuild ? "counted by the migrations' back-fill" : "counted by the triggers")}), range {from:yyyy-MM-dd} to {to:yyyy-MM-dd}, samples: {samples} (peer {peerSamples}), processors: {Environment.ProcessorCount}");
        }

        var range = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var requests = new (string Name, string Key, string Owner, string Bucket)[]
        {
            ($"one owner ({owner}), day buckets", manager, owner, "day"),
            ($"one owner ({owner}), week buckets", manager, owner, "week"),
            ("every owner (owner=*), day buckets", admin, StatsQuery.All, "day"),
            ("every owner (owner=*), week buckets", admin, StatsQuery.All, "week"),
        };

        output.AppendLine();
        output.AppendLine("| request over a year | p50 ms | p99 ms | daily-table rows read | cases in range |");
        output.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, key, who, bucket) in requests)
        {
            var path = $"/api/stats?owner={Uri.EscapeDataString(who)}&{range}&bucket={bucket}";
            var latencies = await MeasureAsync(http, key, path, samples);
            var (rowsRead, inRange) = await RowsReadAsync(database, new StatsQuery(who, from, to, bucket));
            output.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Percentile(latencies, 0.5):F1} | {Percentile(latencies, 0.99):F1} | {rowsRead} | {inRange} |");
        }

        await Console.Error.WriteLineAsync("bench stats: the peer, counting the cases themselves");
        var peer = await MeasurePeerAsync(database, owner, from, to, peerSamples);
        output.AppendLine(CultureInfo.InvariantCulture,
            $"| peer: the same figures counted from the cases table (one owner, in process, no HTTP) | {Percentile(peer.Latencies, 0.5):F1} | {Percentile(peer.Latencies, 0.99):F1} | {peer.CaseRows} case rows | |");
        output.AppendLine();
        output.AppendLine(CultureInfo.InvariantCulture, $"load average at the end: {LoadAverage()}");
        await app.StopAsync();
        await Console.Out.WriteAsync(output.ToString());
        if (ArgValue(args, "--db") is null && ArgValue(args, "--connection") is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    private static string Describe(Storage.ApiDatabase database) =>
        database.Dialect.Greatest == "MAX" ? $"SQLite {database.DataSource}" : "PostgreSQL";

    /// <summary>
    /// Inserts the cases in batches of one transaction each (the triggers count them as the filing transaction does),
    /// then resolves every third case a few days after it was filed and records a takedown report for every tenth.
    /// Registrars, networks and TLDs are drawn with a skew (a few large ones, a long tail), as abuse is in practice.
    /// </summary>
    private static async Task FillAsync(Storage.ApiDatabase database, int cases, int owners, int days, DateOnly first, bool rebuild)
    {
        var triggers = rebuild ? await DropTriggersAsync(database) : [];
        var random = new Random(22);
        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var seconds = (long)days * 86_400;
        string At(long offset) => new DateTimeOffset(start.AddSeconds(Math.Min(offset, seconds - 1)), TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        int Skewed(int n) => (int)Math.Min(n - 1, Math.Floor(n * Math.Pow(random.NextDouble(), 3)));

        for (var batch = 0; batch < cases; batch += BatchSize)
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = Prepare(connection, transaction, InsertCase,
                "mark", "owner", "subject", "kind", "source", "domain", "priority", "outcome", "action", "at", "tld", "registrar", "network");
            for (var i = batch; i < Math.Min(cases, batch + BatchSize); i++)
            {
                var tld = Tlds[Skewed(Tlds.Length)];
                var domain = $"brand{i % 97}-case-{i}.{tld}";
                var priority = random.Next(101);
                var p = command.Parameters;
                p[0].Value = $"mark{i % 97}";
                p[1].Value = $"Owner {i % owners}";
                p[2].Value = domain;
                p[3].Value = Kinds[random.Next(Kinds.Length)];
                p[4].Value = random.Next(10) == 0 ? DBNull.Value : Sources[random.Next(Sources.Length)];
                p[5].Value = domain;
                p[6].Value = priority;
                p[7].Value = priority >= 60 ? "likely" : priority >= 30 ? "possible" : "unlikely";
                p[8].Value = priority >= 80 ? "abuse-takedown" : priority >= 60 ? "udrp-transfer" : "monitor";
                p[9].Value = At((long)(random.NextDouble() * seconds));
                p[10].Value = tld;
                p[11].Value = random.Next(5) == 0 ? DBNull.Value : $"Registrar {Skewed(Registrars):000}";
                p[12].Value = random.Next(4) == 0 ? DBNull.Value : $"AS{64_512 + Skewed(Networks)}";
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
            await Console.Error.WriteLineAsync($"bench stats: {Math.Min(cases, batch + BatchSize)} cases");
        }

        // Resolutions and takedowns go case by case, in id order, with times drawn after each case's filing.
        for (var batch = 0; batch < cases; batch += BatchSize)
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            var rows = (await connection.QueryAsync<(long Id, string FiledAt)>(
                "SELECT id, filed_at FROM cases WHERE id > @After ORDER BY id LIMIT @Limit", new { After = (long)batch, Limit = BatchSize }, transaction)).AsList();
            await using var resolve = Prepare(connection, transaction, Resolve, "at", "id");
            await using var takedown = Prepare(connection, transaction, InsertTakedown, "id", "party", "state", "sent", "acknowledged", "resolved");
            foreach (var (id, filedAt) in rows)
            {
                var filed = (long)(DateTimeOffset.Parse(filedAt, CultureInfo.InvariantCulture).UtcDateTime - start).TotalSeconds;
                if (id % 10 == 0)
                {
                    var sent = filed + random.Next(3_600, 3 * 86_400);
                    var acknowledged = random.Next(2) == 0 ? sent + random.Next(3_600, 86_400) : (long?)null;
                    var resolvedAt = random.Next(3) > 0 ? (acknowledged ?? sent) + random.Next(3_600, 5 * 86_400) : (long?)null;
                    var p = takedown.Parameters;
                    p[0].Value = id;
                    p[1].Value = Parties[random.Next(Parties.Length)];
                    p[2].Value = resolvedAt is not null ? "resolved" : acknowledged is not null ? "acknowledged" : "sent";
                    p[3].Value = At(sent);
                    p[4].Value = acknowledged is { } a ? At(a) : DBNull.Value;
                    p[5].Value = resolvedAt is { } r ? At(r) : DBNull.Value;
                    await takedown.ExecuteNonQueryAsync();
                }

                if (id % 3 == 0)
                {
                    resolve.Parameters[0].Value = At(filed + random.Next(86_400, 20 * 86_400));
                    resolve.Parameters[1].Value = id;
                    await resolve.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        if (rebuild)
        {
            await RebuildAsync(database, triggers);
        }
    }

    /// <summary>The counting triggers of the schema (SQLite), dropped for a bulk fill and put back by <see cref="RebuildAsync"/>.</summary>
    private static async Task<List<string>> DropTriggersAsync(Storage.ApiDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var triggers = (await connection.QueryAsync<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('cases', 'takedown_actions', 'case_stats_daily')")).AsList();
        foreach (var (name, _) in triggers)
        {
            await connection.ExecuteAsync($"DROP TRIGGER \"{name}\"");
        }

        return [.. triggers.Select(t => t.Sql)];
    }

    /// <summary>
    /// Counts the filled cases with the migrations' own back-fill statements (the top-level INSERT … SELECT of
    /// case_counts, case_stats_daily and case_stats_monthly in 0003, 0060 and 0110, in order), which give the rows the
    /// triggers give (StatsBackfillTests), and puts the triggers back.
    /// </summary>
    private static async Task RebuildAsync(Storage.ApiDatabase database, List<string> triggers)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in BackfillStatements())
        {
            await Console.Error.WriteLineAsync($"bench stats: {statement[..Math.Min(80, statement.Length)].ReplaceLineEndings(" ")}…");
            await connection.ExecuteAsync(statement, transaction: transaction, commandTimeout: 3600);
        }

        foreach (var trigger in triggers)
        {
            await connection.ExecuteAsync(trigger, transaction: transaction);
        }

        await transaction.CommitAsync();
    }

    /// <summary>Emptying the counted tables, then every back-fill statement of the SQLite migrations in order.</summary>
    internal static IReadOnlyList<string> BackfillStatements() =>
    [
        "DELETE FROM case_counts", "DELETE FROM case_stats_daily", "DELETE FROM case_stats_monthly",
        .. BrandWatch.Sqlite.MigrationRunner.LoadEmbedded(typeof(StatsBench).Assembly, "sqlite")
            .OrderBy(m => m.Version)
            .SelectMany(m => BackfillStatement().Matches(m.Sql).Select(x => x.Value)),
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"^INSERT INTO (case_counts|case_stats_daily|case_stats_monthly) \([^;]*;", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex BackfillStatement();

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The rows of the daily and monthly tables a request reads (its statements' WHERE clauses), and the cases filed in its range.</summary>
    private static async Task<(long RowsRead, long CasesInRange)> RowsReadAsync(Storage.ApiDatabase database, StatsQuery query)
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

    private static async Task<(List<double> Latencies, long CaseRows)> MeasurePeerAsync(Storage.ApiDatabase database, string owner, DateOnly from, DateOnly to, int samples)
    {
        var parameters = new { Owner = owner, From = StatsStore.Day(from), After = StatsStore.Day(to.AddDays(1)) };
        var latencies = new List<double>(samples);
        for (var i = -1; i < samples; i++)
        {
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

        await using var count = await database.OpenAsync(CancellationToken.None);
        return (latencies, await count.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases WHERE owner = @Owner", parameters));
    }

    private static async Task<List<double>> MeasureAsync(HttpClient http, string key, string path, int samples)
    {
        var latencies = new List<double>(samples);
        for (var i = -20; i < samples; i++)
        {
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

        return latencies;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string? ArgValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        ArgValue(args, name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
