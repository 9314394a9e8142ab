using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using BrandWatch.Rules.Marks;
using BrandWatch.Worker;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Bench;

/// <summary>
/// <c>zone-diff</c>, <c>screen-feed</c>, <c>full-pipeline</c> and <c>content</c>: the Worker's throughput figures for docs/worker.md.
/// </summary>
internal static class WorkerBench
{
    public static void AddTo(Command root)
    {
        root.Subcommands.Add(ZoneDiffCommand());
        root.Subcommands.Add(ScreenFeedCommand());
        root.Subcommands.Add(FullPipelineCommand());
        root.Subcommands.Add(ContentBench.Create());
    }

    private static Command FullPipelineCommand()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file", DefaultValueFactory = _ => "samples/marks.json" };
        var domains = new Option<string>("--domains") { Description = "Feed file", DefaultValueFactory = _ => "samples/feeds/newly-registered.txt" };
        var delay = new Option<int>("--page-delay-ms") { Description = "Delay of every loopback page, to stand in for a remote site", DefaultValueFactory = _ => 0 };
        var command = new Command("full-pipeline", "Time a feed through screen, enrich (dnsmasq), crawl and score into a loopback Api; needs dnsmasq") { marks, domains, delay };
        command.SetAction((parse, cancellationToken) => FullPipelineAsync(parse.GetValue(marks)!, parse.GetValue(domains)!, TimeSpan.FromMilliseconds(parse.GetValue(delay)), Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> FullPipelineAsync(string marksPath, string domainsPath, TimeSpan pageDelay, TextWriter output, CancellationToken cancellationToken)
    {
        await using var peers = await LoopbackPeers.StartAsync(pageDelay);
        var state = Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(peers.WorkerSettings(state, marksPath, new Dictionary<string, string?>
            {
                ["Pipeline:FileMinimumOutcome"] = "Unlikely",
                ["Content:Enabled"] = "false",
            })).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddWorkerPipeline(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
            var pipeline = provider.GetRequiredService<DomainPipeline>();
            pipeline.Start();
            var watch = Stopwatch.StartNew();
            var result = await pipeline.PullAsync(new FileFeed("bench", domainsPath), cancellationToken);
            var screened = watch.Elapsed;
            await pipeline.WaitIdleAsync(cancellationToken);
            watch.Stop();
            await pipeline.StopAsync();
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PipelineOptions>>().Value;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"full-pipeline: {result.Read:N0} domains, {result.Matched} matches, every match resolving to 127.0.0.1 and serving a {pageDelay.TotalMilliseconds:F0} ms login page"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"full-pipeline: screening done after {screened.TotalSeconds:F2} s; {pipeline.FiledCount} cases filed ({peers.Cases} at the Api) after {watch.Elapsed.TotalSeconds:F2} s = {pipeline.FiledCount / watch.Elapsed.TotalMinutes:N0} cases/min (enrich {options.EnrichConcurrency}, crawl {options.CrawlConcurrency}, file {options.FileConcurrency} at once)"));
            return ExitCodes.Success;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(state))
            {
                Directory.Delete(state, recursive: true);
            }
        }
    }

    private static Command ZoneDiffCommand()
    {
        var names = new Option<int>("--names") { Description = "Delegations per generated zone", DefaultValueFactory = _ => 2_000_000 };
        var runSize = new Option<int>("--run-size") { Description = "Names sorted in memory per run", DefaultValueFactory = _ => ZoneDiff.DefaultRunSize };
        var folder = new Option<string?>("--folder") { Description = "Where to write the generated zones (default: a temp folder, deleted after)" };
        var command = new Command("zone-diff", "Generate two gzip zone files and time the streaming diff") { names, runSize, folder };
        command.SetAction((parse, cancellationToken) => ZoneDiffAsync(parse.GetValue(names), parse.GetValue(runSize), parse.GetValue(folder), Console.Out, cancellationToken));
        return command;
    }

    private static Command ScreenFeedCommand()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file", DefaultValueFactory = _ => "samples/marks.json" };
        var domains = new Option<string>("--domains") { Description = "Feed file", DefaultValueFactory = _ => "data/nrd-2026-01-10.txt" };
        var command = new Command("screen-feed", "Time the pipeline's screen stage (parse, screen, commit with cursor) over a feed into a fresh work database") { marks, domains };
        command.SetAction((parse, cancellationToken) => ScreenFeedAsync(parse.GetValue(marks)!, parse.GetValue(domains)!, Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> ZoneDiffAsync(int names, int runSize, string? folder, TextWriter output, CancellationToken cancellationToken)
    {
        var root = folder ?? Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var previous = Path.Combine(root, "com-1.zone.gz");
            var current = Path.Combine(root, "com-2.zone.gz");
            var generate = Stopwatch.StartNew();
            WriteZone(previous, names, day: 1);
            WriteZone(current, names, day: 2);
            generate.Stop();

            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await using var added = new StreamWriter(Path.Combine(root, "added.txt"));
            var result = await Task.Run(() => ZoneDiff.Run(previous, current, added, Path.Combine(root, "sort"), runSize, cancellationToken: cancellationToken), cancellationToken);
            watch.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var records = 2L * (result.PreviousDelegations + result.CurrentDelegations); // two NS lines per delegation
            var bytes = new FileInfo(previous).Length + new FileInfo(current).Length;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"zone-diff: {result.PreviousDelegations:N0} + {result.CurrentDelegations:N0} delegations ({records:N0} NS lines, {bytes / 1048576.0:F1} MiB gzip), run size {runSize:N0}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"zone-diff: {result.Added:N0} added, {result.Removed:N0} removed in {watch.Elapsed.TotalSeconds:F1} s = {(result.PreviousDelegations + result.CurrentDelegations) / watch.Elapsed.TotalSeconds:N0} delegations/s, {records / watch.Elapsed.TotalSeconds:N0} NS lines/s; {cpuSeconds:F1} s of CPU = {records / cpuSeconds:N0} NS lines per CPU-second"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"zone-diff: peak working set {peak / 1048576.0:F0} MiB (before the diff {before / 1048576.0:F0} MiB); generating the zones took {generate.Elapsed.TotalSeconds:F1} s"));
            return ExitCodes.Success;
        }
        finally
        {
            if (folder is null)
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A CZDS-style zone: SOA and apex NS, then two NS lines per delegation; day 2 drops 1 % and adds 1 %.</summary>
    private static void WriteZone(string path, int names, int day)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, bufferSize: 1 << 16);
        writer.WriteLine("com.\t900\tin\tsoa\ta.gtld-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400");
        writer.WriteLine("com.\t172800\tin\tns\ta.gtld-servers.net.");
        var random = new Random(day);
        for (var i = 0; i < names; i++)
        {
            // Day 2 replaces every 100th name with a new one; the order is scrambled as in real zone files.
            var index = (int)((i * 2_654_435_761L) % names);
            var label = day == 2 && index % 100 == 0 ? $"new{index}x{random.Next(1000)}" : $"name{index}";
            writer.Write(label);
            writer.Write(".com.\t172800\tin\tns\tns1.host");
            writer.Write(index % 997);
            writer.WriteLine(".net.");
            writer.Write(label);
            writer.Write(".com.\t172800\tin\tns\tns2.host");
            writer.Write(index % 997);
            writer.WriteLine(".net.");
        }
    }

    private static async Task<int> ScreenFeedAsync(string marksPath, string domainsPath, TextWriter output, CancellationToken cancellationToken)
    {
        var (portfolio, error) = await PortfolioFile.LoadAsync(marksPath, cancellationToken);
        if (portfolio is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}");
            return ExitCodes.BadInput;
        }

        var lines = File.ReadLines(domainsPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim()).ToList();
        var rules = BrandWatch.Rules.Scoring.Configuration.RuleSetJson.Default;
        var build = Stopwatch.StartNew();
        var screener = BrandWatch.Rules.Screening.MarkIndex.Build(portfolio.Marks, rules.Screening.ToOptions());
        build.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long matches = 0;
        foreach (var domain in lines)
        {
            matches += screener.Screen(domain).Count;
        }

        watch.Stop();
        var screenCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"screen-feed: mark index built in {build.Elapsed.TotalMilliseconds:F0} ms; {portfolio.Marks.Count} marks, {lines.Count:N0} domains, {matches} matches: {lines.Count / watch.Elapsed.TotalSeconds:N0} domains/s on one thread ({lines.Count / Math.Max(screenCpu, 0.001):N0} per CPU-second)"));

        var state = Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var timed = await ScreenStageAsync(marksPath, domainsPath, state, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"screen-feed: screen stage (parse, skip already screened, screen in parallel, commit screened rows + items + cursor per batch): {timed.Read:N0} lines in {timed.Seconds:F2} s = {timed.Read / timed.Seconds:N0} domains/s, {timed.Matched} work items"));
            var again = await ScreenStageAsync(marksPath, domainsPath, state, cancellationToken, feedName: "again");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"screen-feed: the same domains from another feed (all already screened): {again.Read / again.Seconds:N0} domains/s"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }

        return ExitCodes.Success;
    }

    private static async Task<(long Read, long Matched, double Seconds)> ScreenStageAsync(string marksPath, string domainsPath, string state, CancellationToken cancellationToken, string feedName = "bench")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Worker:StateFolder"] = state,
            ["Api:BaseUrl"] = "http://127.0.0.1:9/",
            ["Api:Key"] = "bench-unused-key",
            ["Portfolio:Path"] = marksPath,
            ["Pipeline:LookupRegistration"] = "false",
            ["Content:Enabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkerPipeline(configuration);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
        var pipeline = provider.GetRequiredService<DomainPipeline>();
        var watch = Stopwatch.StartNew();
        var result = await pipeline.PullAsync(new FileFeed(feedName, domainsPath), cancellationToken);
        watch.Stop();
        await pipeline.StopAsync();
        return (result.Read, result.Matched, watch.Elapsed.TotalSeconds);
    }
}
