using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace BrandWatch.Fuzz;

/// <summary>
/// The fallback when no coverage-guided engine runs: mutates the seeds at random (bit flips, interesting bytes,
/// insertions, deletions, duplications, splices with another seed, tokens of the input's grammar) for a bounded time,
/// feeds each input to the harness, and writes every input that throws an undocumented exception or takes longer than
/// a second to the findings folder, one file per distinct failure (the exception type and the top frame).
/// </summary>
internal sealed class RandomRunner(FuzzTarget target, IReadOnlyList<byte[]> seeds, int seed, string findings)
{
    private const int MaxInput = 1 << 20;

    private static readonly byte[] Interesting = [0, 0x7f, 0xff, 0x80, 0xc3, 0xe2, (byte)'<', (byte)'>', (byte)'"', (byte)'\'', (byte)'{', (byte)'}',
        (byte)'[', (byte)']', (byte)'\n', (byte)'\r', (byte)'.', (byte)'-', (byte)':', (byte)';', (byte)'(', (byte)')', (byte)'#', (byte)'\\', (byte)'@', (byte)' '];

    private static readonly string[] Tokens =
    [
        "xn--", "xn--80ak6aa92e", ".com", "..", "-.", "\u0430", "\u200d", "\ufeff", "\ud800", "{\"", "\":", "[]", "{}", "null", "true", "1e308", "-0", "\"\\u0000\"",
        "<script>", "</", "<iframe src=", "<meta name=\"keywords\" content=\"", "<a href=\"https://", "<form><input type=\"password\">", "<!--", "]]>", "&#x",
        "$ORIGIN ", "$TTL ", "$INCLUDE ", " IN NS ", "@", " ( ", " ) ", ";",
        "Domain Name: ", "Registrar WHOIS Server: ", "Creation Date: ", "\n\n", "\r\n",
        "\"entities\":[", "\"vcardArray\":[\"vcard\",[[", "\"events\":[{\"eventAction\":\"registration\",\"eventDate\":\"",
        "\"marks\":[{", "\"id\":\"", "\"weights\":{", "\"expect\":{", "\"evidence\":{",
    ];

    public Result Run(TimeSpan budget)
    {
        Directory.CreateDirectory(findings);
        var random = new Random(seed);
        var corpus = seeds.Where(s => s.Length <= MaxInput).ToList();
        if (corpus.Count == 0)
        {
            corpus.Add([]);
        }

        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long runs = 0;
        var slowest = TimeSpan.Zero;

        // Warm-up outside the clock: the first run pays for building the harness's state (the page analyser's portfolio)
        // and for JIT, which would otherwise be reported as a slow input.
        try
        {
            target.Run([]);
        }
        catch (Exception)
        {
            // An empty input that fails is found again below, as a seed or a mutant.
        }

        // Every seed once as it is: a seed that fails is a finding too.
        foreach (var input in corpus.ToList())
        {
            Execute(input);
        }

        while (clock.Elapsed < budget)
        {
            var input = Mutate(random, corpus[random.Next(corpus.Count)], corpus);
            Execute(input);

            // Keep a few mutants so that later mutations reach deeper than one step from a seed.
            if (random.Next(64) == 0 && corpus.Count < 4096)
            {
                corpus.Add(input);
            }
        }

        return new Result(target.Name, runs, clock.Elapsed, failures.Count, slowest, failures.Values.ToList());

        void Execute(byte[] input)
        {
            runs++;
            var started = Stopwatch.GetTimestamp();
            string? failure = null;
            try
            {
                target.Run(input);
            }
            catch (Exception ex)
            {
                failure = $"{ex.GetType().FullName} at {TopFrame(ex)}";
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > slowest)
            {
                slowest = elapsed;
            }

            if (failure is null && elapsed > TimeSpan.FromSeconds(1))
            {
                failure = $"slow: {elapsed.TotalMilliseconds:0} ms for {input.Length} bytes";
            }

            if (failure is not null && !failures.ContainsKey(Signature(failure)))
            {
                var file = Path.Combine(findings, $"{target.Name}-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}");
                File.WriteAllBytes(file, input);
                File.WriteAllText(file + ".txt", failure + Environment.NewLine);
                failures[Signature(failure)] = $"{failure} -> {file}";
            }
        }
    }

    private static string Signature(string failure) => failure.StartsWith("slow:", StringComparison.Ordinal) ? "slow" : failure;

    private static string TopFrame(Exception ex)
    {
        var frame = new StackTrace(ex, false).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("BrandWatch", StringComparison.Ordinal) == true)
            ?? new StackTrace(ex, false).GetFrame(0);
        var method = frame?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.FullName}.{method.Name}";
    }

    private static byte[] Mutate(Random random, byte[] original, List<byte[]> corpus)
    {
        var data = new List<byte>(original);
        var steps = 1 + random.Next(8);
        for (var i = 0; i < steps; i++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(8))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    data.InsertRange(at, Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                    break;
                case 4 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + random.Next(256));
                    var copy = data.GetRange(at, length);
                    for (var n = random.Next(1, 4); n > 0 && data.Count + copy.Count <= MaxInput; n--)
                    {
                        data.InsertRange(random.Next(data.Count + 1), copy);
                    }

                    break;
                case 5:
                    var other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        var from = random.Next(other.Length);
                        data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(512))).ToArray());
                    }

                    break;
                case 6:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                default:
                    if (data.Count > 0)
                    {
                        data.RemoveRange(at, data.Count - at); // truncation: parsers meet ends of input mid-structure
                    }

                    break;
            }
        }

        return data.Count > MaxInput ? data.GetRange(0, MaxInput).ToArray() : data.ToArray();
    }

    internal sealed record Result(string Target, long Runs, TimeSpan Elapsed, int Findings, TimeSpan Slowest, IReadOnlyList<string> Details);
}
