using System.CommandLine;

namespace BrandWatch.Worker.Cli;

/// <summary><c>bench …</c>: measurements of the hot paths, printed for docs/benchmarks.md. One subcommand per path.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure the hot paths and print figures for docs/benchmarks.md");
        // Each benchmark adds its subcommand here.
        command.Subcommands.Add(Bench.PagesBenchmark.Create());
        command.Subcommands.Add(Bench.ScoreBenchmark.Create());
        command.Subcommands.Add(Bench.ScreenBench.Create());
        command.Subcommands.Add(Bench.IdnaBenchmark.Create());
        command.Subcommands.Add(Bench.CtBench.Create());
        command.Subcommands.Add(Bench.CaptureBench.Create());
        command.Subcommands.Add(Bench.WorkersBench.Create());
        WorkerBench.AddTo(command);
        return command;
    }
}
