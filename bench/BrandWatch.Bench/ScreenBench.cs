using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Domains;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench screen</c>: index build time and memory for 1,000 and 10,000 marks; throughput, recall and precision over
/// a million-domain feed (the real NRD day, unrelated names from real words, planted squats of every kind); per-mark
/// flags on the real day; and dnstwist as a hash-set peer over the same feed.
/// </summary>
internal static class ScreenBench
{
    private const int Seed = 20260110;

    public static Command Create()
    {
        var domains = new Option<int>("--domains") { Description = "Feed size (default 1,000,000)", DefaultValueFactory = _ => 1_000_000 };
        var marks = new Option<int>("--marks") { Description = "Largest portfolio (default 10,000)", DefaultValueFactory = _ => 10_000 };
        var planted = new Option<int>("--planted") { Description = "Planted squats in the feed (default 20,000)", DefaultValueFactory = _ => 20_000 };
        var review = new Option<string?>("--review") { Description = "Write the real day's flags of the sample marks to this file" };
        var noPeer = new Option<bool>("--no-peer") { Description = "Skip the dnstwist peer" };
        var ownTld = new Option<bool>("--own-tld-planting") { Description = "Plant short one-edit typos without other evidence on the mark's own TLD, as the look-alike evidence rule asks (default: every squat on a random common TLD, the issue's planting)" };
        var missed = new Option<string?>("--missed") { Description = "Write every missed planted squat (domain, mark, planted kind) to this file" };
        var command = new Command("screen", "Measure domain screening: index build, throughput, recall, precision, and dnstwist as peer")
        {
            domains, marks, planted, review, noPeer, missed, ownTld,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(domains), parse.GetValue(marks), parse.GetValue(planted), parse.GetValue(review), parse.GetValue(noPeer), parse.GetValue(missed), !parse.GetValue(ownTld), Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int feedSize, int markCount, int plantCount, string? reviewPath, bool noPeer, string? missedPath, bool anyTldPlanting, TextWriter output, CancellationToken cancellationToken)
    {
        var samplePath = Path.Combine("samples", "marks.json");
        var nrdPath = Path.Combine("data", "nrd-2026-01-10.txt");
        if (!File.Exists(samplePath) || !File.Exists(nrdPath))
        {
            await Console.Error.WriteLineAsync("error: run from the repository root (samples/marks.json and data/ are needed)");
            return ExitCodes.BadInput;
        }

        var sample = PortfolioJson.Parse(await File.ReadAllTextAsync(samplePath, cancellationToken), samplePath).Marks;
        var words = (await File.ReadAllLinesAsync(Path.Combine("data", "words-en.txt"), cancellationToken))
            .Where(w => w.Length is >= 3 and <= 9 && w.All(char.IsAsciiLetterLower)).ToList();
        var tlds = (await File.ReadAllLinesAsync(Path.Combine("data", "dnstwist", "common_tlds.dict"), cancellationToken))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var synthetic = new SyntheticFeed(Seed, words, tlds);
        var taken = sample.SelectMany(m => m.Labels).ToHashSet(StringComparer.Ordinal);
        var portfolio = sample.Concat(synthetic.Marks(markCount - sample.Count, taken)).ToList();

        await output.WriteLineAsync($"# bench screen — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {Seed}");
        if (File.Exists("/proc/loadavg"))
        {
            // The machine is shared: the load average says how much of the two cores the run really had.
            await output.WriteLineAsync($"Load average at start (1/5/15 min): {string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ').Take(3))}");
        }

        await output.WriteLineAsync();

        // Warm the shared data (word list, confusables, PSL, the multilingual lexicon) so build times measure the index
        // itself; what the shared data costs is reported on its own line.
        var sharedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var sharedClock = Stopwatch.StartNew();
        _ = MarkIndex.Build(sample.Take(1).ToList(), ScreeningOptions.Default);
        _ = DomainName.Parse("warm.example.com");
        var sharedElapsed = sharedClock.Elapsed;
        var sharedHeap = GC.GetTotalMemory(forceFullCollection: true) - sharedBefore;

        await output.WriteLineAsync("## Index build");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Shared data loaded once per process (word lists, confusables, public suffixes, the multilingual segmentation lexicon): {sharedElapsed.TotalSeconds:F2} s, {sharedHeap / 1048576.0:F0} MiB managed heap; the rows below are built with it loaded."));
        await output.WriteLineAsync();
        await output.WriteLineAsync("| marks | forms | deletion entries | automaton states | build | managed heap after build | process peak working set |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---:|---:|");
        MarkIndex? index = null;
        foreach (var size in new[] { Math.Min(1_000, markCount), markCount }.Distinct())
        {
            index = null;
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            index = MarkIndex.Build(portfolio.Take(size).ToList(), ScreeningOptions.Default);
            var elapsed = clock.Elapsed;
            var heap = GC.GetTotalMemory(forceFullCollection: true) - before;
            using var process = Process.GetCurrentProcess();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {index.FormCount:N0} | {index.DeletionEntries:N0} | {index.AutomatonStates:N0} | {elapsed.TotalSeconds:F2} s | {heap / 1048576.0:F0} MiB | {process.PeakWorkingSet64 / 1048576.0:F0} MiB |"));
        }

        // The feed: the real day, planted squats, and unrelated names up to the requested size.
        var real = (await File.ReadAllLinesAsync(nrdPath, cancellationToken)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var plantedSquats = new Dictionary<string, (string Mark, string Kind)>(StringComparer.Ordinal);
        var kinds = SyntheticFeed.PlantKinds;
        var attempts = 0;
        while (plantedSquats.Count < plantCount && attempts++ < plantCount * 20)
        {
            var mark = attempts % 4 == 0 ? synthetic.Pick(sample) : synthetic.Pick(portfolio);
            var label = mark.Labels[0].All(char.IsAsciiLetterOrDigit) ? mark.Labels[0] : mark.Labels.FirstOrDefault(l => l.All(char.IsAsciiLetterOrDigit));
            if (label is null || mark.Id == "wiiu")
            {
                continue;
            }

            var kind = kinds[attempts % kinds.Count];
            if (synthetic.Plant(mark, label, kind, anyTldPlanting) is { } squat && !mark.OfficialDomains.Contains(squat))
            {
                plantedSquats.TryAdd(squat, (mark.Id, kind));
            }
        }

        var unrelated = new HashSet<string>(StringComparer.Ordinal);
        var realSet = real.ToHashSet(StringComparer.Ordinal);
        while (real.Count + plantedSquats.Count + unrelated.Count < feedSize)
        {
            var name = synthetic.Unrelated();
            if (!realSet.Contains(name) && !plantedSquats.ContainsKey(name))
            {
                unrelated.Add(name);
            }
        }

        var feed = real.Concat(plantedSquats.Keys).Concat(unrelated).ToArray();
        new Random(Seed).Shuffle(feed);

        // Throughput: parse and screen the whole feed, in parallel and on one core, after a warm-up pass that lets the
        // tiered JIT finish compiling the hot path (a long-running worker screens with optimised code). Names go in as
        // strings, as the pipeline's screen stage passes them (MarkIndex.Screen), in parallel partitions as it
        // does (Parallel.ForEach over the batch).
        for (var i = 0; i < Math.Min(feed.Length, 100_000); i++)
        {
            _ = index!.Screen(feed[i]);
        }

        var flags = new IReadOnlyList<DomainMatch>[feed.Length];
        // The machine is shared: CPU time says what the work cost when the wall clock also counts other processes.
        var cpuAll = Process.GetCurrentProcess().TotalProcessorTime;
        var clockAll = Stopwatch.StartNew();
        Parallel.ForEach(Partitioner.Create(0, feed.Length, 8192), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                flags[i] = index!.Screen(feed[i]);
            }
        });
        var parallelElapsed = clockAll.Elapsed;
        var parallelCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAll).TotalSeconds;
        var parallelRate = feed.Length / parallelElapsed.TotalSeconds;
        var single = Math.Min(feed.Length, 300_000);
        var cpuOne = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clockOne = Stopwatch.StartNew();
        for (var i = 0; i < single; i++)
        {
            _ = index!.Screen(feed[i]);
        }

        var singleRate = single / clockOne.Elapsed.TotalSeconds;
        var singleCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuOne).TotalSeconds;
        var perDomain = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / single;

        // The miss path alone: the unrelated names that match nothing, parsed and screened on this thread.
        var misses = feed.Take(single).Where((_, i) => flags[i].Count == 0).ToArray();
        allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var domain in misses)
        {
            var parsed = DomainName.Parse(domain);
            _ = parsed.Domain is null ? [] : index!.Screen(parsed.Domain);
        }

        var perMiss = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / Math.Max(misses.Length, 1);
        allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var domain in misses)
        {
            _ = index!.Screen(domain);
        }

        var perMissScreenOnly = (double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / Math.Max(misses.Length, 1);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"## Screening {feed.Length:N0} domains against {markCount:N0} marks");
        await output.WriteLineAsync($"Feed: {real.Count:N0} real registrations of 2026-01-10, {plantedSquats.Count:N0} planted squats ({(anyTldPlanting ? "every one on a random common TLD" : "short one-edit typos without other evidence on the mark's own TLD")}), {unrelated.Count:N0} unrelated names from data/words-en.txt on data/dnstwist/common_tlds.dict.");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"- throughput (parse + screen): {parallelRate:N0} domains/s on {Environment.ProcessorCount} cores ({parallelElapsed.TotalSeconds:F2} s); {singleRate:N0} domains/s on one core"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"- per CPU-second: {feed.Length / Math.Max(parallelCpu, 0.001):N0} domains on {Environment.ProcessorCount} threads, {single / Math.Max(singleCpu, 0.001):N0} on one"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"- allocated per domain on one thread: {perDomain:N0} bytes over the feed; {perMiss:N0} bytes per miss with DomainName.Parse, {perMissScreenOnly:N0} bytes per miss through MarkIndex.Screen(string) ({misses.Length:N0} misses)"));

        await ByRuleAsync(index!, feed, output);

        var generic = sample.Where(m => m.GenericWord).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        long truePositives = 0, wrongMark = 0, unrelatedFlagged = 0, unrelatedCoined = 0, unrelatedGeneric = 0, realFlagged = 0;
        var recallByKind = kinds.ToDictionary(k => k, _ => (Planted: 0, Found: 0));
        var missedExamples = new List<string>();
        var missedAll = new List<string>();
        var unrelatedExamples = new List<string>();
        var coinedByKind = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < feed.Length; i++)
        {
            var domain = feed[i];
            var matched = flags[i];
            if (plantedSquats.TryGetValue(domain, out var plant))
            {
                var found = matched.Any(m => m.Mark == plant.Mark);
                var (p, f) = recallByKind[plant.Kind];
                recallByKind[plant.Kind] = (p + 1, f + (found ? 1 : 0));
                if (found)
                {
                    truePositives++;
                }
                else
                {
                    missedAll.Add($"{domain}\t{plant.Mark}\t{plant.Kind}");
                    if (missedExamples.Count < 25)
                    {
                        missedExamples.Add($"{domain} ({plant.Mark}, {plant.Kind})");
                    }
                }

                wrongMark += matched.Count(m => m.Mark != plant.Mark);
            }
            else if (unrelated.Contains(domain) && matched.Count > 0)
            {
                unrelatedFlagged++;
                unrelatedCoined += matched.Any(m => !generic.Contains(m.Mark)) ? 1 : 0;
                unrelatedGeneric += matched.All(m => generic.Contains(m.Mark)) ? 1 : 0;
                if (matched.FirstOrDefault(m => !generic.Contains(m.Mark)) is { } coined)
                {
                    var kindName = WireName.Kebab(coined.Kind) + (coined.Similarity < 0.5 ? " (weak)" : string.Empty);
                    coinedByKind[kindName] = coinedByKind.GetValueOrDefault(kindName) + 1;
                }

                if (unrelatedExamples.Count < 15 && matched.Any(m => !generic.Contains(m.Mark)))
                {
                    unrelatedExamples.Add($"{domain} → {matched[0].Mark} ({WireName.Kebab(matched[0].Kind)})");
                }
            }
            else if (realSet.Contains(domain) && matched.Count > 0)
            {
                realFlagged++;
            }
        }

        var recall = (double)truePositives / plantedSquats.Count;
        var precision = (double)truePositives / (truePositives + unrelatedFlagged + wrongMark);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"- planted squats: recall {recall:P2} ({truePositives:N0} of {plantedSquats.Count:N0}); precision {precision:P2} (flags on unrelated names and on planted squats for another mark count against it: {unrelatedFlagged:N0} + {wrongMark:N0})"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"- unrelated names flagged: by a coined mark {unrelatedCoined:N0} of {unrelated.Count:N0} ({(double)unrelatedCoined / unrelated.Count:P3}); only by a generic-word mark (apple, shell, meta) {unrelatedGeneric:N0} ({(double)unrelatedGeneric / unrelated.Count:P3})"));
        await output.WriteLineAsync($"- real registrations flagged by any of the {markCount:N0} marks: {realFlagged:N0} of {real.Count:N0}");
        await output.WriteLineAsync();
        await output.WriteLineAsync("| planted kind | planted | found | recall |");
        await output.WriteLineAsync("|---|---:|---:|---:|");
        foreach (var (kind, (p, f)) in recallByKind.Where(k => k.Value.Planted > 0))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {p:N0} | {f:N0} | {(double)f / p:P1} |"));
        }

        if (missedPath is not null)
        {
            await File.WriteAllLinesAsync(missedPath, missedAll, cancellationToken);
        }

        if (missedExamples.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Missed planted squats (first 25): " + string.Join(", ", missedExamples));
        }

        if (unrelatedExamples.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Unrelated names flagged by a coined mark (first 15): " + string.Join(", ", unrelatedExamples));
            await output.WriteLineAsync("By kind: " + string.Join(", ", coinedByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));
        }

        // The customer's false-positive review: what each sample mark flags in the real day.
        var sampleIndex = MarkIndex.Build(sample, ScreeningOptions.Default);
        var perMark = new Dictionary<string, List<DomainMatch>>(StringComparer.Ordinal);
        foreach (var domain in real)
        {
            foreach (var match in sampleIndex.Screen(domain))
            {
                if (!perMark.TryGetValue(match.Mark, out var list))
                {
                    perMark[match.Mark] = list = [];
                }

                list.Add(match);
            }
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"## The real day ({real.Count:N0} registrations) against the {sample.Count} sample marks");
        await output.WriteLineAsync("| mark | flagged | of which weak (inside a word or < 0.5) |");
        await output.WriteLineAsync("|---|---:|---:|");
        foreach (var mark in sample)
        {
            var list = perMark.GetValueOrDefault(mark.Id) ?? [];
            await output.WriteLineAsync($"| {mark.Id}{(mark.GenericWord ? " (generic word)" : string.Empty)} | {list.Count} | {list.Count(m => m.InsideDictionaryWord || m.Similarity < 0.5)} |");
        }

        if (reviewPath is not null)
        {
            await File.WriteAllLinesAsync(reviewPath, perMark.SelectMany(p => p.Value).OrderBy(m => m.Mark, StringComparer.Ordinal).ThenByDescending(m => m.Similarity)
                .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Mark}\t{WireName.Kebab(m.Kind)}\t{m.Similarity:F2}\t{m.Unicode}\t{m.Explanation}")), cancellationToken);
        }

        if (!noPeer)
        {
            await PeerAsync(feed, plantedSquats, sample, flags, parallelRate, single / Math.Max(singleCpu, 0.001), output, cancellationToken);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Where the time and the garbage go: the first 100,000 names of the feed, parsed once, then screened by each rule
    /// of the table alone on this thread (the facts every rule reads are computed each time; "facts only" runs none).
    /// </summary>
    private static async Task ByRuleAsync(MarkIndex index, string[] feed, TextWriter output)
    {
        var domains = feed.Take(100_000).Select(d => DomainName.Parse(d).Domain).OfType<DomainName>().ToArray();
        var parseAllocated = GC.GetAllocatedBytesForCurrentThread();
        var parseCpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var domain in feed.Take(100_000))
        {
            _ = DomainName.Parse(domain);
        }

        var parseSeconds = (Process.GetCurrentProcess().TotalProcessorTime - parseCpu).TotalSeconds;
        parseAllocated = GC.GetAllocatedBytesForCurrentThread() - parseAllocated;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Per rule, each alone on one thread over {domains.Length:N0} parsed names of the feed:");
        await output.WriteLineAsync("| rule | CPU µs per domain | bytes allocated per domain |");
        await output.WriteLineAsync("|---|---:|---:|");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"| DomainName.Parse | {parseSeconds * 1e6 / domains.Length:F2} | {(double)parseAllocated / domains.Length:F0} |"));
        var rows = new List<(string Name, MarkIndex.MatchRule[] Rules)> { ("facts only", []) };
        rows.AddRange(MarkIndex.MatchRules.Select(r => (r.Name, new[] { r })));
        rows.Add(("all rules", MarkIndex.MatchRules));
        foreach (var (name, rules) in rows)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var domain in domains)
            {
                _ = index.Screen(domain, rules);
            }

            var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds * 1e6 / domains.Length:F2} | {(double)allocated / domains.Length:F0} |"));
        }
    }

    private static async Task PeerAsync(
        string[] feed, Dictionary<string, (string Mark, string Kind)> planted, IReadOnlyList<Mark> sample,
        IReadOnlyList<DomainMatch>[] flags, double ourRate, double ourCpuRate, TextWriter output, CancellationToken cancellationToken)
    {
        var feedPath = Path.Combine(Path.GetTempPath(), $"bench-screen-feed-{Environment.ProcessId}.txt");
        await File.WriteAllLinesAsync(feedPath, feed, cancellationToken);
        try
        {
            var script = Path.Combine(AppContext.BaseDirectory, "dnstwist_peer.py");
            var start = new ProcessStartInfo("/usr/bin/python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { script, Path.Combine("samples", "marks.json"), Path.Combine("data", "dnstwist", "english.dict"), Path.Combine("data", "dnstwist", "common_tlds.dict"), feedPath },
            };
            var wall = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                await output.WriteLineAsync($"dnstwist peer failed: {stderr.Trim()}");
                return;
            }

            using var result = JsonDocument.Parse(stdout);
            var root = result.RootElement;
            var generate = root.GetProperty("generate_s").GetDouble();
            var lookup = root.GetProperty("lookup_s").GetDouble();
            var lookupCpu = root.GetProperty("lookup_cpu_s").GetDouble();
            var permutations = root.GetProperty("permutations").GetInt32();
            var peerFlags = root.GetProperty("flagged").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).ToHashSet();

            // Recall on the planted squats of the sample marks, the only marks the peer knows.
            var sampleIds = sample.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var ours = flags.Select((m, i) => (Domain: feed[i], Matches: m)).Where(x => planted.TryGetValue(x.Domain, out var p) && sampleIds.Contains(p.Mark)).ToList();
            var ourFound = ours.Count(x => x.Matches.Any(m => m.Mark == planted[x.Domain].Mark));
            var peerFound = ours.Count(x => peerFlags.Contains((x.Domain, planted[x.Domain].Mark)));
            var peerRate = feed.Length / lookup;
            var peerCpuRate = feed.Length / Math.Max(lookupCpu, 0.001);
            await output.WriteLineAsync();
            await output.WriteLineAsync("## Peer: dnstwist 20221213 (Debian) as a hash-set lookup, same feed");
            await output.WriteLineAsync("| | build | domains/s | recall on planted squats of the sample marks |");
            await output.WriteLineAsync("|---|---:|---:|---:|");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| dnstwist ({permutations:N0} permutations of {sample.Count - 1} official domains) | {generate:F1} s | {peerRate:N0} (one core, lookup only) | {(double)peerFound / ours.Count:P1} ({peerFound} of {ours.Count}) |"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| BrandWatch (index of all marks above) | see index build | {ourRate:N0} (parse + screen) | {(double)ourFound / ours.Count:P1} ({ourFound} of {ours.Count}) |"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"- ratio: BrandWatch screens {ourRate / peerRate:F2}× the peer's lookup rate while also finding what no permutation list holds; peer wall time {wall.Elapsed.TotalSeconds:F1} s"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"- per CPU-second on one thread: BrandWatch {ourCpuRate:N0} domains (parse + screen), the peer {peerCpuRate:N0} lookups: {ourCpuRate / peerCpuRate:F3}× the peer"));
        }
        finally
        {
            File.Delete(feedPath);
        }
    }
}
