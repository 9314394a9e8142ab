using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BrandWatch.Worker;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench workers</c>: one feed through the whole pipeline (screen, DNS, crawl, score, file) with 1 and with 2 Worker
/// instances on one PostgreSQL work database, against loopback peers (dnsmasq answering every name with 127.0.0.1, one
/// HTTP listener serving each host a sign-in page after a delay and taking the filings). Each run gets a fresh database,
/// dropped after. The instances run in this process, each with its own services, pipeline and instance id, exactly as
/// two <c>run</c> processes would share the work: the feed read by whichever claims it, the work items claimed from the
/// shared tables with SKIP LOCKED. Reports throughput and duplicate filings (received by the loopback Api beyond one per
/// mark, subject and kind: must be 0).
/// </summary>
internal static class WorkersBench
{
    public static Command Create()
    {
        var connection = new Option<string>("--connection")
        {
            Description = "A PostgreSQL server the bench may create databases on (Provider=postgresql;Host=…;Username=…; the named database is only used to create and drop the run's own)",
            Required = true,
        };
        var marks = new Option<string>("--marks") { Description = "Portfolio file", DefaultValueFactory = _ => Path.Combine("samples", "marks.json") };
        var domains = new Option<string>("--domains") { Description = "Feed file", DefaultValueFactory = _ => Path.Combine("data", "nrd-2026-01-10.txt") };
        var runs = new Option<string>("--runs") { Description = "Instance counts to run, in order (comma-separated)", DefaultValueFactory = _ => "1,2" };
        var delay = new Option<int>("--page-delay-ms") { Description = "Delay of every loopback page, to stand in for a remote site", DefaultValueFactory = _ => 50 };
        var capacity = new Option<int>("--channel-capacity")
        {
            Description = "Pipeline:ChannelCapacity of every instance (an instance claims up to four times this many due items per poll)",
            DefaultValueFactory = _ => 64,
        };
        var command = new Command("workers", "Time one feed through the pipeline with 1 and 2 Worker instances on one PostgreSQL database (needs dnsmasq and a PostgreSQL server)")
        {
            connection, marks, domains, runs, delay, capacity,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var counts = new List<int>();
            foreach (var part in parse.GetValue(runs)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 8)
                {
                    Console.Error.WriteLine($"error: --runs: '{part}' is not an instance count from 1 to 8");
                    return Task.FromResult(ExitCodes.BadInput);
                }

                counts.Add(count);
            }

            var problem = WorkDatabase.Problem(parse.GetValue(connection));
            if (problem is not null || !WorkDatabase.Split(parse.GetValue(connection)!).PostgreSql)
            {
                Console.Error.WriteLine($"error: --connection: {problem ?? "must name Provider=postgresql"}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            if (parse.GetValue(capacity) is < 1 or > 10_000)
            {
                Console.Error.WriteLine("error: --channel-capacity: must be from 1 to 10000");
                return Task.FromResult(ExitCodes.BadInput);
            }

            return RunAsync(parse.GetValue(connection)!, parse.GetValue(marks)!, parse.GetValue(domains)!, counts, TimeSpan.FromMilliseconds(parse.GetValue(delay)),
                parse.GetValue(capacity), Console.Out, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string connection, string marksPath, string domainsPath, IReadOnlyList<int> counts, TimeSpan pageDelay, int capacity,
        TextWriter output, CancellationToken cancellationToken)
    {
        var server = WorkDatabase.Split(connection).ConnectionString;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"workers: feed {domainsPath}, portfolio {marksPath}, every match resolving to 127.0.0.1 and serving a {pageDelay.TotalMilliseconds:F0} ms sign-in page; channel capacity {capacity}; {Environment.ProcessorCount} cores"));
        double? single = null;
        foreach (var count in counts)
        {
            var database = "bw_bench_workers_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(server, $"CREATE DATABASE {database}", cancellationToken);
            try
            {
                var run = await RunOnceAsync(Database(connection, database), marksPath, domainsPath, count, pageDelay, capacity, cancellationToken);
                var rate = run.Filed / run.Elapsed.TotalMinutes;
                // Against the 1-instance run just before: runs alternate, so each pair meets the same load.
                single = count == 1 ? rate : single;
                var ratio = single is { } one && count > 1 ? string.Create(CultureInfo.InvariantCulture, $"; {rate / one:F2}× the 1-instance run before") : string.Empty;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"workers: {count} instance(s): {run.Read:N0} domains read, {run.Matched:N0} matches, {run.Filed:N0} cases filed in {run.Elapsed.TotalSeconds:F2} s = {rate:N0} cases/min, {run.Read / run.Elapsed.TotalSeconds:N0} domains/s " +
                    $"(per instance: {string.Join(", ", run.PerInstance)}); CPU {run.Cpu.TotalSeconds:F1} s; at the Api: {run.Received:N0} filings, " +
                    $"{run.Subjects:N0} distinct (mark, subject, kind), {run.Received - run.Subjects} duplicate filings{ratio}"));
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", CancellationToken.None);
            }
        }

        return ExitCodes.Success;
    }

    private sealed record Run(long Read, long Matched, long Filed, IReadOnlyList<long> PerInstance, long Received, int Subjects, TimeSpan Elapsed, TimeSpan Cpu);

    private static async Task<Run> RunOnceAsync(string connection, string marksPath, string domainsPath, int count, TimeSpan pageDelay, int capacity, CancellationToken cancellationToken)
    {
        await using var peers = await LoopbackPeers.StartAsync(pageDelay);
        var root = Path.Combine(Path.GetTempPath(), "brandwatch-bench-workers-" + Guid.NewGuid().ToString("N"));
        var providers = new List<ServiceProvider>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var configuration = new ConfigurationBuilder().AddInMemoryCollection(peers.WorkerSettings(Path.Combine(root, $"worker-{i}"), marksPath, new Dictionary<string, string?>
                {
                    ["Worker:ConnectionString"] = connection,
                    ["Worker:InstanceId"] = $"bench-{i}",
                    ["Pipeline:FileMinimumOutcome"] = "Unlikely",
                    ["Pipeline:ChannelCapacity"] = capacity.ToString(CultureInfo.InvariantCulture),
                    ["Content:Enabled"] = "false",
                    ["Capture:Screenshots"] = "false",
                })).Build();
                var services = new ServiceCollection();
                services.AddLogging();
                services.AddWorkerPipeline(configuration);
                providers.Add(services.BuildServiceProvider());
            }

            // The first instance creates the tables, as an operator starts one Worker first on an empty database.
            await providers[0].GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
            var pipelines = providers.Select(p => p.GetRequiredService<DomainPipeline>()).ToList();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            pipelines.ForEach(p => p.Start());
            // Every instance asks for the feed, as their schedulers would: one claims it, the others find it held.
            var reads = await Task.WhenAll(pipelines.Select(p => p.PullAsync(new FileFeed("bench", domainsPath), cancellationToken)));
            await Task.WhenAll(pipelines.Select(p => p.WaitIdleAsync(cancellationToken)));
            watch.Stop();
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            foreach (var pipeline in pipelines)
            {
                await pipeline.StopAsync();
            }

            return new Run(reads.Sum(r => r.Read), reads.Sum(r => r.Matched), pipelines.Sum(p => p.FiledCount), [.. pipelines.Select(p => p.FiledCount)],
                peers.Received, peers.Subjects, watch.Elapsed, used);
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }

            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>The connection string with the run's database in place of the one given.</summary>
    private static string Database(string connection, string database)
    {
        var (_, rest) = WorkDatabase.Split(connection);
        return "Provider=postgresql;" + new NpgsqlConnectionStringBuilder(rest) { Database = database }.ConnectionString;
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        // The database names are generated above, never taken from input; CREATE/DROP DATABASE take no parameters.
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
