using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BrandWatch.Worker;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Content;
using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench content</c>: a day of new domains through the screen stage and content screening end to end, against
/// loopback peers: dnsmasq answers every name with 127.0.0.1, and one HTTP listener serves each host an ordinary home
/// page (linking to its own sign-in page), or, for one host in <c>--imitation-every</c>, a neutral home page linking
/// to a PayPal credential page (samples/sites). Reports domains/s against the configured fetch rate (the ceiling) and
/// the share of the process's CPU spent in the page analyser.
/// </summary>
internal static class ContentBench
{
    public static Command Create()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file", DefaultValueFactory = _ => Path.Combine("samples", "marks.json") };
        var domains = new Option<string>("--domains") { Description = "Feed file", DefaultValueFactory = _ => Path.Combine("data", "nrd-2026-01-10.txt") };
        var sites = new Option<string>("--sites") { Description = "Folder of recorded pages (the imitation's sign-in page)", DefaultValueFactory = _ => Path.Combine("samples", "sites") };
        var limit = new Option<int>("--limit") { Description = "Read only the first N domains (0: all)", DefaultValueFactory = _ => 0 };
        var every = new Option<int>("--every")
        {
            Description = "Read every Nth domain of the feed (1: all): a sample spread over the whole day, with the whole day's figures extrapolated from it",
            DefaultValueFactory = _ => 1,
        };
        var rate = new Option<double>("--rate") { Description = "Content:FetchesPerSecond", DefaultValueFactory = _ => 100 };
        var concurrency = new Option<int>("--concurrency") { Description = "Content:Concurrency", DefaultValueFactory = _ => 32 };
        var pageKb = new Option<int>("--page-kb") { Description = "Size of the ordinary home pages in KB", DefaultValueFactory = _ => 50 };
        var imitationEvery = new Option<int>("--imitation-every") { Description = "One host in N serves an imitation", DefaultValueFactory = _ => 500 };
        var command = new Command("content", "Time content screening of a feed against loopback sites (dnsmasq and an HTTP listener on 127.0.0.1)")
        {
            marks, domains, sites, limit, every, rate, concurrency, pageKb, imitationEvery,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(marks)!, parse.GetValue(domains)!, parse.GetValue(sites)!, parse.GetValue(limit), Math.Max(1, parse.GetValue(every)),
            parse.GetValue(rate), parse.GetValue(concurrency), parse.GetValue(pageKb), parse.GetValue(imitationEvery), Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string marksPath, string domainsPath, string sitesFolder, int limit, int every, double rate, int concurrency, int pageKb,
        int imitationEvery, TextWriter output, CancellationToken cancellationToken)
    {
        var state = Path.Combine(Path.GetTempPath(), "brandwatch-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(state);
        try
        {
            var feed = domainsPath;
            var dayNames = File.ReadLines(domainsPath).Count(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#'));
            if (limit > 0 || every > 1)
            {
                feed = Path.Combine(state, "feed.txt");
                var lines = File.ReadLines(domainsPath).Where((_, i) => i % every == 0);
                await File.WriteAllLinesAsync(feed, limit > 0 ? lines.Take(limit) : lines, cancellationToken);
            }

            var imitationLogin = await File.ReadAllTextAsync(Path.Combine(sitesFolder, "phishing-paypa1-login.html"), cancellationToken);
            var homes = Enumerable.Range(0, 4).Select(i => OrdinaryHome(pageKb * 1024 * (3 + i) / 4, i)).ToArray();
            long served = 0;
            string? Page(string host, string path)
            {
                Interlocked.Increment(ref served);
                var hash = Fnv(host) >> 8;
                var imitation = imitationEvery > 0 && Fnv(host) % (uint)imitationEvery == 0;
                return (imitation, path) switch
                {
                    (true, "/") => ImitationHome,
                    (true, _) when path.StartsWith("/signin", StringComparison.Ordinal) => imitationLogin,
                    (false, "/") => homes[hash % (uint)homes.Length].Replace("__HOST__", host, StringComparison.Ordinal),
                    (false, "/account/login") => OrdinaryLogin,
                    _ => null,
                };
            }

            await using var peers = await LoopbackPeers.StartAsync(TimeSpan.Zero, Page);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(peers.WorkerSettings(state, marksPath, new Dictionary<string, string?>
            {
                ["Content:Enabled"] = "true",
                ["Content:FetchesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Content:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
                // Every name resolves to 127.0.0.1: the per-address cap would otherwise hold all of them to two fetches at once.
                ["Content:PerHostConcurrency"] = "64",
            })).Build();
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddWorkerPipeline(configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<WorkDatabase>().MigrateAsync(TimeProvider.System, cancellationToken);
            var pipeline = provider.GetRequiredService<DomainPipeline>();
            var content = provider.GetRequiredService<ContentStage>();
            pipeline.Start();

            var loadBefore = LoadAverage();
            var process = Process.GetCurrentProcess();
            var screenWatch = Stopwatch.StartNew();
            var result = await pipeline.PullAsync(new FileFeed("bench", feed), cancellationToken);
            screenWatch.Stop();

            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            content.Start();
            var idle = content.WaitIdleAsync(cancellationToken);
            while (await Task.WhenAny(idle, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken)) != idle)
            {
                process.Refresh();
                var done = content.ScreenedCount;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"content: progress {done:N0} domains after {watch.Elapsed.TotalSeconds:F0} s = {done / watch.Elapsed.TotalSeconds:N1} domains/s, {content.Screener.Fetches / watch.Elapsed.TotalSeconds:N1} fetches/s, {(process.TotalProcessorTime - cpuBefore).TotalSeconds / watch.Elapsed.TotalSeconds:F2} cores, analyser {content.Screener.AnalysisTime.TotalSeconds / Math.Max(0.001, (process.TotalProcessorTime - cpuBefore).TotalSeconds):P0} of the CPU; load {LoadAverage()}"));
            }

            await idle;
            watch.Stop();
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            await pipeline.WaitIdleAsync(cancellationToken);
            var loadAfter = LoadAverage();
            await content.StopAsync();
            await pipeline.StopAsync();

            var counts = await provider.GetRequiredService<ContentStore>().CountsAsync(cancellationToken);
            var screener = content.Screener;
            var domains = counts.Values.Sum();
            var seconds = watch.Elapsed.TotalSeconds;
            var analysis = screener.AnalysisTime.TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"content: {result.Read:N0} lines, {domains:N0} domains queued by the screen stage in {screenWatch.Elapsed.TotalSeconds:F1} s ({result.Matched} name matches)"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"content: {domains:N0} domains screened in {seconds:F1} s = {domains / seconds:N1} domains/s; {screener.Fetches:N0} fetches ({screener.ImageFetches:N0} of images) = {screener.Fetches / seconds:N1} fetches/s against a rate limit of {rate:N0}/s ({screener.Fetches / seconds / rate:P0} of it); concurrency {concurrency}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"content: {counts.GetValueOrDefault(nameof(ContentStatus.Cased)):N0} with page cases ({pipeline.FiledCount:N0} cases filed in all, {peers.Cases:N0} at the Api), {counts.GetValueOrDefault(nameof(ContentStatus.Screened)):N0} screened without, {counts.GetValueOrDefault(nameof(ContentStatus.Skipped)):N0} skipped"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"content: process CPU {cpu:F1} s over {seconds:F1} s ({cpu / seconds:F2} cores); page analyser {analysis:F1} s in {screener.PagesAnalysed:N0} pages ({analysis * 1000 / Math.Max(1, screener.PagesAnalysed):F2} ms a page) = {analysis / cpu:P0} of the process CPU ({(ThreadCpuClock.IsCpuTime ? "thread CPU time" : "wall time, an upper bound")} inside the analyser)"));
            await output.WriteLineAsync($"content: load average {loadBefore} before, {loadAfter} after; {Environment.ProcessorCount} cores; {served:N0} requests served by the peer (in this process)");
            if (domains > 0 && domains < dayNames)
            {
                // A sample: the whole day's cost follows from the measured cost per domain and fetches per domain.
                var cpuPerDomain = cpu / domains;
                var fetchesPerDomain = (double)screener.Fetches / domains;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"content: extrapolated to the whole feed ({dayNames:N0} names, from this sample of {domains:N0}): {dayNames * cpuPerDomain:F0} CPU-seconds ({cpuPerDomain * 1000:F1} ms a domain), {dayNames * fetchesPerDomain:N0} fetches; at {rate:N0} fetches/s {dayNames * fetchesPerDomain / rate:F0} s; CPU-bound at {Environment.ProcessorCount / cpuPerDomain:N0} domains/s on {Environment.ProcessorCount} free cores"));
            }
            return ExitCodes.Success;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    /// <summary>FNV-1a over the host name: the same choice of page for a host in every run (string hash codes are randomised per process).</summary>
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private const string ImitationHome =
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Resolution Centre</title><link rel="stylesheet" href="/assets/css/main.css"></head>
        <body><div class="wrap"><h1>Resolution Centre</h1><p>We noticed unusual activity and have temporarily limited your account.</p>
        <p>To restore full access, confirm your identity within 24 hours.</p><p><a class="btn" href="/signin?session=restore">Log in to continue</a></p>
        <ul><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy</a></li></ul></div><script src="/assets/js/app.js"></script></body></html>
        """;

    private const string OrdinaryLogin =
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title><link rel="stylesheet" href="/static/css/site.css"></head>
        <body><header><a class="logo" href="/"><img src="/static/img/logo.png" alt="Home" width="180" height="48"></a></header>
        <main><h1>Sign in to your account</h1><form class="login" action="/account/login" method="post"><input type="hidden" name="csrf" value="b1f0c2d9e8">
        <label for="email">Email address</label><input type="email" id="email" name="email" autocomplete="username">
        <label for="password">Password</label><input type="password" id="password" name="password" autocomplete="current-password">
        <button type="submit">Sign in</button></form><p><a href="/account/forgotten">Forgotten your password?</a></p></main></body></html>
        """;

    /// <summary>An ordinary small-business home page of about <paramref name="size"/> characters: navigation, a sign-in button, product cards, a footer.</summary>
    private static string OrdinaryHome(int size, int seed)
    {
        var page = new StringBuilder(size + 4096);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>__HOST__ – seeds, tools and compost delivered</title><meta name="description" content="Seeds, hand tools and peat-free compost from a family nursery.">
            <link rel="stylesheet" href="/static/css/site-{seed}.css"><link rel="icon" href="/static/img/leaf.png"></head><body>
            <header class="site-header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="Home" width="180" height="48"></a>
            <nav class="main-nav"><a href="/seeds">Seeds</a> <a href="/tools">Tools</a> <a href="/compost">Compost</a> <a href="/journal">Growing journal</a></nav>
            <div class="account"><a class="button" href="/account/login">Sign in</a> <a class="button" href="/basket">Basket (0)</a></div></header><main>
            """);
        for (var i = 0; page.Length < size; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"""
                <article class="product p{i % 40}"><a href="/p/{seed}-{i}"><img src="/static/img/p/{seed}-{i}.jpg" alt="Product {i}" width="240" height="240"></a>
                <h2><a href="/p/{seed}-{i}">Garden item number {i}</a></h2><p class="lead">Hand-packed at the nursery; sown, grown and tested in our own beds before it goes in the catalogue.</p>
                <div class="meta"><span class="price">£{2 + (i % 30)}.{i % 100:D2}</span> <span class="stock">In stock</span></div>
                <form action="/basket/add" method="post"><input type="hidden" name="sku" value="{seed}-{i}"><input type="number" name="qty" value="1"><button>Add to basket</button></form></article>
                """);
        }

        page.Append("</main><footer><p>Registered in England no. 08812345.</p><a href=\"/delivery\">Delivery</a> <a href=\"/returns\">Returns</a> <a href=\"/contact\">Contact</a></footer>");
        page.Append("<script src=\"/static/js/site.js\" defer></script></body></html>");
        return page.ToString();
    }
}
