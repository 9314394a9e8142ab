using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Storage;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BrandWatch.Bench.Api;

/// <summary>
/// <c>api scale [--cases N] [--filings F] [--warm-up W] [--batch B] [--concurrency C] [--samples S] [--db PATH] [--connection STRING] [--rounds R] [--runs pg1,pg2,sqlite1]</c>:
/// filing and listing on a database that already holds N cases. Each engine is filled once, as <c>api list</c> fills
/// (set-based, through every trigger, then analysed; a <c>--db</c> file or <c>--connection</c> database that holds cases
/// already is taken as it is), and every run starts from a copy of that fill: PostgreSQL's
/// <c>CREATE DATABASE … TEMPLATE</c> of the database the connection string names, SQLite's file copied. A run files W
/// untimed and then F timed new cases (the filing bench's filings, B per request from C clients spread over the
/// instances), then times the list queries (S samples each) on the first instance. The runs of a round are PostgreSQL
/// with 1 and with 2 Api instances and SQLite with 1 (PostgreSQL only when <c>--connection</c> is given; <c>--runs</c> names
/// fewer, and an engine left out is not filled), in the reverse order every other round, so their figures come from the same minutes. Figures go to
/// <paramref name="output"/> as Markdown.
/// </summary>
internal static partial class ScaleBench
{
    /// <summary>The runs of a round, in the order of the first round: PostgreSQL with 1 and 2 Api instances, SQLite with 1.</summary>
    public static readonly IReadOnlyList<string> AllRuns = ["pg1", "pg2", "sqlite1"];

    /// <summary>The runs a <c>--runs</c> value names, in <see cref="AllRuns"/>' order; null when it names none or another.</summary>
    public static IReadOnlyList<string>? ParseRuns(string value)
    {
        var named = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return named.Length > 0 && named.All(AllRuns.Contains) ? AllRuns.Where(named.Contains).ToList() : null;
    }

    public static async Task<int> RunAsync(ScaleBenchSettings settings, TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "brandwatch-bench-scale-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string? pgDatabase = null;
        NpgsqlConnectionStringBuilder? pg = null;
        if (settings.Connection is not null)
        {
            if (!ApiDatabase.IsUsable(settings.Connection, out var problem) || ApiDatabase.Split(settings.Connection).Provider != DatabaseProvider.PostgreSql)
            {
                await Console.Error.WriteLineAsync($"bench scale: --connection: {problem ?? "a PostgreSQL connection string (Provider=postgresql;…) is needed"}");
                Directory.Delete(folder, recursive: true);
                return 2;
            }

            pg = new NpgsqlConnectionStringBuilder(ApiDatabase.Split(settings.Connection).ConnectionString);
            pgDatabase = pg.Database;
            if (pgDatabase is null || !PlainName().IsMatch(pgDatabase))
            {
                await Console.Error.WriteLineAsync("bench scale: --connection: the database must be named with letters, digits and underscores (the runs' copies are named after it)");
                Directory.Delete(folder, recursive: true);
                return 2;
            }
        }

        var created = new List<string>();
        try
        {
            var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1 - settings.Days);
            var text = new StringBuilder();
            var sqliteFill = settings.Db ?? Path.Combine(folder, "fill.db");
            var fills = new List<string>();
            var named = settings.Runs ?? AllRuns;
            if (named.Contains("sqlite1"))
            {
                fills.Add("SQLite: " + await FillAsync($"Data Source={sqliteFill}", folder, settings, first));
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                await using (var checkpoint = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqliteFill}"))
                {
                    // The copy is one file: everything the fill wrote is moved from the write-ahead log into it first.
                    await checkpoint.OpenAsync();
                    await checkpoint.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
                }

                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }

            if (pg is not null)
            {
                fills.Add("PostgreSQL: " + await FillAsync(settings.Connection!, folder, settings, first));
                NpgsqlConnection.ClearAllPools();
            }

            var plan = new List<(string Engine, int Instances)>();
            if (pg is not null && named.Contains("pg1"))
            {
                plan.Add(("PostgreSQL", 1));
            }

            if (pg is not null && named.Contains("pg2"))
            {
                plan.Add(("PostgreSQL", 2));
            }

            if (named.Contains("sqlite1"))
            {
                plan.Add(("SQLite", 1));
            }
            var runs = new List<(int Round, string Engine, int Instances, Run Figures)>();
            for (var round = 0; round < settings.Rounds; round++)
            {
                foreach (var (engine, instances) in round % 2 == 0 ? plan : Enumerable.Reverse(plan))
                {
                    string connection;
                    var name = $"run{round + 1}-{(engine == "SQLite" ? "sqlite" : "pg")}{instances}";
                    if (engine == "SQLite")
                    {
                        var file = Path.Combine(folder, name + ".db");
                        await Console.Error.WriteLineAsync($"bench scale: copying the SQLite fill to {file}");
                        File.Copy(sqliteFill, file);
                        connection = $"Data Source={file}";
                    }
                    else
                    {
                        var copy = $"{pgDatabase}_{name.Replace('-', '_')}";
                        await Console.Error.WriteLineAsync($"bench scale: copying the PostgreSQL fill to {copy}");
                        created.Add(copy); // dropped at the end even when the copy fails half-way
                        await CloneAsync(pg!, pgDatabase!, copy);
                        connection = "Provider=postgresql;" + new NpgsqlConnectionStringBuilder(pg!.ConnectionString) { Database = copy }.ConnectionString;
                    }

                    runs.Add((round + 1, engine, instances, await RunOnceAsync(connection, folder, settings, instances)));
                    if (engine == "SQLite")
                    {
                        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                        File.Delete(Path.Combine(folder, name + ".db"));
                    }
                    else
                    {
                        NpgsqlConnection.ClearAllPools();
                        await DropAsync(pg!, created[^1]);
                        created.RemoveAt(created.Count - 1);
                    }
                }
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"filled with {settings.Cases} cases of {settings.Owners} owners over {settings.Days} days ({string.Join("; ", fills)}); per run: {settings.WarmUp} untimed and {settings.Filings} timed new filings, " +
                $"{settings.Batch} per request from {settings.Concurrency} clients, then {settings.Samples} samples of each list query on the first instance; processors: {Environment.ProcessorCount}, build: {StatsBench.Build}");
            text.AppendLine();
            text.AppendLine("| round | engine | Api instances | UTC | load at start → end | cases before the timed filings | filings/s | p50 / p99 ms per request | CPU ms per filing, bench process | CPU ms per filing, PostgreSQL | list p50 ms, all queries | list p99 ms, all queries | slowest query's p99 ms |");
            text.AppendLine("|---:|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var (round, engine, instances, run) in runs)
            {
                var f = run.Filing;
                var serverCpu = f.ServerCpuSeconds is { } s ? (s * 1000 / f.Count).ToString("F2", CultureInfo.InvariantCulture) : "—";
                var slowest = run.List.Queries.MaxBy(q => q.P99);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {round} | {engine} | {instances} | {run.Started:HH:mm:ss}–{run.Ended:HH:mm:ss} | {run.LoadBefore} → {run.LoadAfter} | {run.CasesBefore} | {f.Count / f.Seconds:F0} | " +
                    $"{BenchFigures.Percentile(f.Latencies, 0.5):F2} / {BenchFigures.Percentile(f.Latencies, 0.99):F2} | {f.CpuSeconds * 1000 / f.Count:F2} | {serverCpu} | " +
                    $"{run.List.AllP50:F2} | {run.List.AllP99:F2} | {slowest.Name}: {slowest.P99:F2} |");
            }

            foreach (var (round, engine, instances, run) in runs)
            {
                text.AppendLine();
                ListQueries.AppendTable(text, $"round {round}, {engine}, {instances} instance(s): list query at {run.CasesAfter} cases", run.List);
            }

            await output.WriteAsync(text.ToString());
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            foreach (var copy in created)
            {
                await DropAsync(pg!, copy);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One run's figures: the timed filings, the list queries after them, the cases before and after, its times and the load.</summary>
    private sealed record Run(BenchCommand.FilingRun Filing, ListQueries.Figures List, long CasesBefore, long CasesAfter, DateTime Started, DateTime Ended, string LoadBefore, string LoadAfter);

    /// <summary>Migrates and fills the database (unless it holds cases already), checks the trigger-kept counts against the rows, and says how it went.</summary>
    private static async Task<string> FillAsync(string connection, string folder, ScaleBenchSettings settings, DateOnly first)
    {
        await using var app = await BenchApi.StartAsync(connection, folder);
        var database = app.Services.GetRequiredService<ApiDatabase>();
        var seconds = await StatsBench.FillUnlessFilledAsync(database, settings.Cases, settings.Owners, settings.Days, first);
        var rows = await CheckCountsAsync(database);
        await app.StopAsync();
        return double.IsNaN(seconds)
            ? $"{rows} cases, filled by an earlier run"
            : string.Create(CultureInfo.InvariantCulture, $"{rows} cases filled in {seconds:F0} s ({settings.Cases / Math.Max(seconds, 0.001):F0} cases/s)");
    }

    /// <summary>The number of cases; throws when the counts the list's totals come from disagree with the rows.</summary>
    private static async Task<long> CheckCountsAsync(ApiDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        var rows = (await connection.QueryAsync<(string Status, long N)>("SELECT status, COUNT(*) FROM cases GROUP BY status ORDER BY status", commandTimeout: 600)).ToList();
        var counted = (await connection.QueryAsync<(string Status, long N)>(
            database.Dialect.Totals("SELECT status, CAST(SUM(n) AS BIGINT) FROM case_counts GROUP BY status HAVING SUM(n) <> 0 ORDER BY status"), commandTimeout: 600)).ToList();
        if (!rows.SequenceEqual(counted))
        {
            throw new InvalidOperationException($"bench scale: the counted totals ({string.Join(", ", counted)}) differ from the cases' rows ({string.Join(", ", rows)})");
        }

        return rows.Sum(r => r.N);
    }

    private static async Task<Run> RunOnceAsync(string connection, string folder, ScaleBenchSettings settings, int instances)
    {
        var started = DateTime.UtcNow;
        var loadBefore = BenchFigures.LoadAverage();
        var apps = new List<WebApplication>();
        var clients = new List<HttpClient>();
        try
        {
            for (var n = 0; n < instances; n++)
            {
                var instance = await BenchApi.StartAsync(connection, folder);
                apps.Add(instance);
                clients.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency * 2 }) { BaseAddress = BenchApi.Address(instance) });
            }

            var database = apps[0].Services.GetRequiredService<ApiDatabase>();
            var (provider, plain) = ApiDatabase.Split(connection);
            var server = provider == DatabaseProvider.PostgreSql ? await ServerCpu.FindAsync(plain) : null;
            var keys = apps[0].Services.GetRequiredService<KeyStore>();
            var admin = (await keys.CreateAsync(Roles.Admin, [], "bench-admin", "bench", CancellationToken.None)).Key;
            var worker = (await keys.CreateAsync(Roles.Worker, [], "bench-worker", "bench", CancellationToken.None)).Key;
            var reader = (await keys.CreateAsync(Roles.Ci, [], "bench-ci", "bench", CancellationToken.None)).Key;
            var managed = $"Owner {3 % settings.Owners}";
            var manager = (await keys.CreateAsync(Roles.BrandManager, [managed], "bench-manager", "bench", CancellationToken.None)).Key;
            for (var m = 0; m < BenchCommand.Marks; m++)
            {
                var mark = System.Text.Json.JsonSerializer.Serialize(new { id = $"mark{m}", name = $"Mark {m}", owner = $"Owner {m % BenchCommand.Owners}", officialDomains = new[] { $"mark{m}.com" } });
                using var response = await BenchCommand.SendAsync(clients[0], HttpMethod.Post, "/api/marks", admin, mark);
                BenchCommand.EnsureStatus(response, HttpStatusCode.Created);
            }

            // The filings' subjects (mark{m}-case-{i}.com) are none of the filled cases' (brand{m}-case-{i}.{tld}): every filing starts a case.
            await Console.Error.WriteLineAsync($"bench scale: warming up with {settings.WarmUp} filings through {instances} instance(s) on {database.DataSource}");
            await BenchCommand.FileAsync(clients, worker, Enumerable.Range(settings.Filings, settings.WarmUp).ToArray(), settings.Concurrency, settings.Batch, HttpStatusCode.Created, null);
            var before = await CheckCountsAsync(database);
            await Console.Error.WriteLineAsync($"bench scale: filing {settings.Filings} new cases into {before}");
            var filing = await BenchCommand.FileAsync(clients, worker, Enumerable.Range(0, settings.Filings).ToArray(), settings.Concurrency, settings.Batch, HttpStatusCode.Created, server);
            var list = await ListQueries.MeasureAsync(clients[0], reader, manager, $"Owner {7 % settings.Owners}", settings.Samples);
            var after = await CheckCountsAsync(database);
            return new Run(filing, list, before, after, started, DateTime.UtcNow, loadBefore, BenchFigures.LoadAverage());
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            foreach (var instance in apps)
            {
                await instance.StopAsync();
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary><c>CREATE DATABASE copy TEMPLATE source STRATEGY = FILE_COPY</c> (PostgreSQL 15 and later), from the server's <c>postgres</c> database; retried while a closing session or autovacuum still holds the source.</summary>
    private static async Task CloneAsync(NpgsqlConnectionStringBuilder server, string source, string copy)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{copy}\"");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The names are checked to be plain identifiers (PlainName); a database name cannot be a parameter.
                // FILE_COPY: PostgreSQL 15's default (WAL_LOG) writes the whole copy, about a gigabyte at 1,000,000 cases,
                // to the write-ahead log, and the checkpoints it forces ran into the timed filings after it. The copied
                // files are checkpointed instead, and the CHECKPOINT after it starts the run with nothing left to flush.
                await connection.ExecuteAsync($"CREATE DATABASE \"{copy}\" TEMPLATE \"{source}\" STRATEGY = FILE_COPY", commandTimeout: 3600);
                await connection.ExecuteAsync("CHECKPOINT", commandTimeout: 3600, commandType: System.Data.CommandType.Text); // Dapper takes one word for a procedure
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 30)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private static async Task DropAsync(NpgsqlConnectionStringBuilder server, string copy)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS \"{copy}\" WITH (FORCE)");
    }

    [GeneratedRegex("^[A-Za-z0-9_]{1,40}$")]
    private static partial Regex PlainName();
}
