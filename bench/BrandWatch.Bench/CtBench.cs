using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using BrandWatch.Rules.CertificateTransparency;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Screening;
using BrandWatch.Testing;
using BrandWatch.Worker.Cli;
using BrandWatch.Worker.Feeds.CertificateTransparency;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench ct</c>: decode and screen the entries of a generated RFC 6962 log (real certificates and precertificates
/// issued with <see cref="CertificateRequest"/>, base64 as <c>get-entries</c> serves them) against the sample
/// portfolio; the peer is the same work with every certificate loaded as an <see cref="X509Certificate2"/>.
/// </summary>
internal static class CtBench
{
    private const int Seed = 20261203;

    public static Command Create()
    {
        var entries = new Option<int>("--entries") { Description = "Log entries to generate (default 50,000)", DefaultValueFactory = _ => 50_000 };
        var command = new Command("ct", "Measure certificate-transparency entries decoded and screened per second, with X509Certificate2 as peer") { entries };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(entries), Console.Out, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, TextWriter output, CancellationToken cancellationToken)
    {
        var samplePath = Path.Combine("samples", "marks.json");
        if (!File.Exists(samplePath) || count < 1)
        {
            await Console.Error.WriteLineAsync("error: run from the repository root (samples/marks.json is needed) with --entries of at least 1");
            return ExitCodes.BadInput;
        }

        var marks = PortfolioJson.Parse(await File.ReadAllTextAsync(samplePath, cancellationToken), samplePath).Marks;
        var words = (await File.ReadAllLinesAsync(Path.Combine("data", "words-en.txt"), cancellationToken))
            .Where(w => w.Length is >= 3 and <= 9 && w.All(char.IsAsciiLetterLower)).ToList();
        var tlds = (await File.ReadAllLinesAsync(Path.Combine("data", "dnstwist", "common_tlds.dict"), cancellationToken))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && l.All(c => char.IsAsciiLetterLower(c) || c == '.')).ToList();
        var synthetic = new SyntheticFeed(Seed, words, tlds);
        var random = new Random(Seed);

        await output.WriteLineAsync($"# bench ct — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {Seed}");
        if (File.Exists("/proc/loadavg"))
        {
            await output.WriteLineAsync($"Load average at start (1/5/15 min): {string.Join(' ', (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ').Take(3))}");
        }

        // The log: one entry in five a precertificate, one in twenty naming a planted squat of a sample mark, wildcards and www. pairs as real logs have them.
        var clock = Stopwatch.StartNew();
        using var writer = new CtEntryWriter();
        var log = new CtLogClient.LogEntry[count];
        var planted = 0;
        for (var i = 0; i < count; i++)
        {
            var name = synthetic.Unrelated();
            if (i % 20 == 0 && synthetic.Pick(marks).Labels.FirstOrDefault(l => l.All(char.IsAsciiLetterOrDigit)) is { } label
                && synthetic.Plant(label, SyntheticFeed.PlantKinds[i / 20 % SyntheticFeed.PlantKinds.Count]) is { } squat && squat.All(char.IsAscii))
            {
                name = squat;
                planted++;
            }

            string[] names = (i % 3) switch { 0 => [name, "www." + name], 1 => ["*." + name, name], _ => [name] };
            var at = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(i);
            var (leaf, extra) = i % 5 == 4 ? Drop(writer.PrecertEntry(name, names, at)) : writer.X509Entry(name, names, at);
            log[i] = new CtLogClient.LogEntry(Convert.ToBase64String(leaf), Convert.ToBase64String(extra));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Generated {count:N0} entries ({planted:N0} naming a planted squat) in {clock.Elapsed.TotalSeconds:F1} s"));
        var index = MarkIndex.Build(marks, ScreeningOptions.Default);
        _ = index.Screen("warm.example.com");

        await output.WriteLineAsync();
        await output.WriteLineAsync($"## Decoding and screening {count:N0} entries against {marks.Count} marks");
        await output.WriteLineAsync("| path | threads | entries/s | entries per CPU-second | names/s | flagged names | corrupt | ratio to peer (same threads, per CPU-second) |");
        await output.WriteLineAsync("|---|---:|---:|---:|---:|---:|---:|---:|");
        // Warm both paths (JIT, caches) so the first measured row does not pay for compilation.
        _ = Measure(log[..Math.Min(2_000, count)], 1, entry => CertificateTransparencyFeed.Decode(entry).Certificate?.Names, index);
        _ = Measure(log[..Math.Min(2_000, count)], 1, PeerNames, index);
        foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            var ours = Measure(log, threads, entry => CertificateTransparencyFeed.Decode(entry).Certificate?.Names, index);
            var peer = Measure(log, threads, PeerNames, index);
            await output.WriteLineAsync(Row("BrandWatch (AsnReader over the TBSCertificate)", threads, ours, peer.Cpu / ours.Cpu));
            await output.WriteLineAsync(Row("peer: X509Certificate2 per entry", threads, peer, 1));
        }

        using var process = Process.GetCurrentProcess();
        await output.WriteLineAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Process peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MiB (the generated log held in memory included)"));
        return ExitCodes.Success;

        string Row(string path, int threads, Result r, double ratio) => string.Create(CultureInfo.InvariantCulture,
            $"| {path} | {threads} | {r.Entries / r.Elapsed.TotalSeconds:N0} | {r.Entries / r.Cpu.TotalSeconds:N0} | {r.Names / r.Elapsed.TotalSeconds:N0} | {r.Flagged:N0} | {r.Corrupt} | {ratio:F2}× |");
    }

    private static (byte[], byte[]) Drop((byte[] Leaf, byte[] Extra, byte[] Precertificate) entry) => (entry.Leaf, entry.Extra);

    private static Result Measure(CtLogClient.LogEntry[] log, int threads, Func<CtLogClient.LogEntry, IReadOnlyList<string>?> names, MarkIndex index)
    {
        long totalNames = 0, flagged = 0, corrupt = 0;
        // The machine is shared: CPU time of this process says what the work cost whatever else ran on the cores.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, log.Length, 1024), new ParallelOptions { MaxDegreeOfParallelism = threads }, range =>
        {
            long n = 0, f = 0, c = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                if (names(log[i]) is not { } list)
                {
                    c++;
                    continue;
                }

                foreach (var name in list)
                {
                    n++;
                    if (index.Screen(name).Count > 0)
                    {
                        f++;
                    }
                }
            }

            Interlocked.Add(ref totalNames, n);
            Interlocked.Add(ref flagged, f);
            Interlocked.Add(ref corrupt, c);
        });
        var elapsed = clock.Elapsed;
        return new Result(elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, log.Length, totalNames, flagged, corrupt);
    }

    /// <summary>The peer: leaf framing as ours, then the whole certificate loaded as an X509Certificate2 for its names.</summary>
    private static IReadOnlyList<string>? PeerNames(CtLogClient.LogEntry entry)
    {
        var parsed = CtLeafParser.Parse(Convert.FromBase64String(entry.LeafInput!), Convert.FromBase64String(entry.ExtraData!));
        if (parsed.Entry?.Certificate is not { } der)
        {
            return null;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(der);
        var written = new List<string>();
        foreach (var extension in certificate.Extensions)
        {
            if (extension is X509SubjectAlternativeNameExtension san)
            {
                written.AddRange(san.EnumerateDnsNames());
            }
        }

        written.Add(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false));
        _ = certificate.Issuer;
        _ = certificate.NotAfter;
        return CtNames.ToScreen(written);
    }

    private sealed record Result(TimeSpan Elapsed, TimeSpan Cpu, long Entries, long Names, long Flagged, long Corrupt);
}
