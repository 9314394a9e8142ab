using System.Globalization;
using BrandWatch.Fuzz;

// brandwatch-fuzz list                              the harnesses
// brandwatch-fuzz seed TARGET DIR                   writes the seed corpus (for afl-fuzz -i DIR)
// brandwatch-fuzz afl TARGET                        one AFL run per process (SharpFuzz; the binary instrumented first)
// brandwatch-fuzz random TARGET|all SECONDS [SEED]  bounded random mutation; findings in fuzz/findings/; exit 1 on any
// brandwatch-fuzz replay TARGET FILE...             runs saved inputs once each: time taken and what was thrown
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: brandwatch-fuzz list | seed TARGET DIR | afl TARGET | random TARGET|all SECONDS [SEED]");
    return 2;
}

FuzzTarget Target(string name) =>
    Targets.All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"unknown target '{name}'; one of: {string.Join(", ", Targets.All.Select(t => t.Name))}");

try
{
    switch (args[0])
    {
        case "list":
            foreach (var target in Targets.All)
            {
                Console.WriteLine($"{target.Name,-10} {target.Parser}");
            }

            return 0;
        case "seed" when args.Length == 3:
        {
            var target = Target(args[1]);
            Directory.CreateDirectory(args[2]);
            var i = 0;
            foreach (var seed in target.Seeds(Repo.Find()))
            {
                File.WriteAllBytes(Path.Combine(args[2], $"seed-{i++:0000}"), seed);
            }

            Console.WriteLine($"{i} seeds for {target.Name} in {args[2]}");
            return 0;
        }

        case "afl" when args.Length == 2:
        {
            var target = Target(args[1]);
            SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target.Run(buffer.ToArray());
            });
            return 0;
        }

        case "replay" when args.Length >= 3:
        {
            var target = Target(args[1]);
            var failed = 0;
            foreach (var file in args[2..])
            {
                var input = File.ReadAllBytes(file);
                try
                {
                    target.Run([]); // warm-up: the first run pays for loading the portfolio and JIT
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    target.Run(input);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: ok in {clock.Elapsed.TotalMilliseconds:0.0} ms"));
                }
                catch (Exception ex)
                {
                    failed++;
                    Console.WriteLine($"{file}: {ex.GetType().FullName}: {ex.Message}{Environment.NewLine}{ex.StackTrace}");
                }
            }

            return failed == 0 ? 0 : 1;
        }

        case "random" when args.Length is 3 or 4:
        {
            var repo = Repo.Find();
            var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
            var rngSeed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
            var targets = args[1] == "all" ? Targets.All : [Target(args[1])];
            var total = 0;
            foreach (var target in targets)
            {
                var runner = new RandomRunner(target, target.Seeds(repo).ToList(), rngSeed, repo.Path("fuzz", "findings"));
                var result = runner.Run(TimeSpan.FromSeconds(seconds));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Target,-10} {result.Runs,9:N0} inputs in {result.Elapsed.TotalSeconds,5:0} s ({result.Runs / result.Elapsed.TotalSeconds,7:N0}/s), slowest {result.Slowest.TotalMilliseconds:0} ms, {result.Findings} finding(s)"));
                foreach (var detail in result.Details)
                {
                    Console.WriteLine("    " + detail);
                }

                total += result.Findings;
            }

            return total == 0 ? 0 : 1;
        }

        default:
            Console.Error.WriteLine($"error: unknown or incomplete command: {string.Join(' ', args)}");
            return 2;
    }
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 2;
}
