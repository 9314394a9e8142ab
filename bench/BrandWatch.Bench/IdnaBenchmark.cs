using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BrandWatch.Rules.Domains;
using BrandWatch.Worker.Cli;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench idna [--names FILE] [--rounds N]</c>: converts the internationalised names of a feed (raw Unicode and xn--
/// lines) to ASCII and Unicode with <see cref="Uts46"/> on one thread, and with .NET's <see cref="IdnMapping"/> (ICU) as
/// the peer in the same run: names per second and bytes allocated per name.
/// </summary>
internal static class IdnaBenchmark
{
    public static Command Create()
    {
        var names = new Option<string>("--names") { Description = "Feed to take the IDNs from", DefaultValueFactory = _ => Path.Combine("data", "nrd-2026-01-10.txt") };
        var rounds = new Option<int>("--rounds") { Description = "Passes over the names in the measured run", DefaultValueFactory = _ => 200 };
        var command = new Command("idna", "Measure UTS #46 conversion of internationalised names against IdnMapping") { names, rounds };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(names)!, parse.GetValue(rounds), Console.Out, Console.Error)));
        return command;
    }

    public static int Run(string path, int rounds, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"error: {path}: file not found");
            return ExitCodes.BadInput;
        }

        var idns = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && (l.Any(c => c > 0x7F) || l.Contains("xn--", StringComparison.Ordinal))).ToArray();
        if (idns.Length == 0)
        {
            error.WriteLine($"error: {path}: no internationalised names");
            return ExitCodes.BadInput;
        }

        var mapping = new IdnMapping { UseStd3AsciiRules = true };
        var ours = Measure(idns, rounds, name => Uts46.ToAsciiAndUnicode(name, IdnaOptions.Registration, out var a, out var u) is null ? a.Length + u.Length : 0);
        var peer = Measure(idns, rounds, name =>
        {
            try
            {
                var a = mapping.GetAscii(name);
                return a.Length + mapping.GetUnicode(a).Length;
            }
            catch (ArgumentException)
            {
                return 0;
            }
        });
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"idna: {idns.Length} IDNs from {path}, {rounds} rounds on one thread"));
        output.WriteLine(string.Create(c, $"Uts46.ToAsciiAndUnicode: {ours.PerSecond:N0} names/s, {ours.BytesPerName:N0} bytes allocated/name"));
        output.WriteLine(string.Create(c, $"peer, IdnMapping.GetAscii + GetUnicode (ICU): {peer.PerSecond:N0} names/s, {peer.BytesPerName:N0} bytes allocated/name; ratio {ours.PerSecond / peer.PerSecond:F2}x"));
        return 0;
    }

    private static (double PerSecond, double BytesPerName) Measure(string[] names, int rounds, Func<string, int> convert)
    {
        var checksum = 0L;
        for (var i = 0; i < Math.Min(names.Length * 5, 5_000); i++)
        {
            checksum += convert(names[i % names.Length]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var name in names)
            {
                checksum += convert(name);
            }
        }

        watch.Stop();
        var count = (double)rounds * names.Length;
        GC.KeepAlive(checksum);
        return (count / watch.Elapsed.TotalSeconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / count);
    }
}
