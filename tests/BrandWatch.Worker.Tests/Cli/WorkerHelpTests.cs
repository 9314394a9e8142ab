using System.Diagnostics;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Cli;

/// <summary>The Worker's verbs as its <c>--help</c> lists them: the benchmarks moved to bench/ in session 9.</summary>
public sealed class WorkerHelpTests
{
    [Fact]
    public async Task Help_lists_the_four_verbs_and_no_bench()
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(WorkerProcess.Folder, "brandwatch-worker.dll"));
        start.ArgumentList.Add("--help");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var verbs = output[(output.IndexOf("Commands:", StringComparison.Ordinal) + "Commands:".Length)..]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ')[0])
            .ToArray();
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(["scan", "analyze", "rules", "run"], verbs);
    }
}
