using System.CommandLine;
using BrandWatch.Worker.Cli;

var root = new RootCommand("BrandWatch worker: screens newly registered domains, gathers evidence, scores and files cases")
{
    ScanCommand.Create(),
    AnalyzeCommand.Create(),
    RulesCommand.Create(),
    RunCommand.Create(),
};

// run drains work on SIGTERM, so the process must not be killed 2 s after it.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(11), EnableDefaultExceptionHandler = false };
try
{
    return await root.Parse(args).InvokeAsync(invocation);
}
catch (OperationCanceledException)
{
    return ExitCodes.Cancelled;
}
catch (Exception ex)
{
    // A user sees one line, never a stack trace; BRANDWATCH_DEBUG=1 shows the whole exception for a bug report.
    await Console.Error.WriteLineAsync(Environment.GetEnvironmentVariable("BRANDWATCH_DEBUG") == "1"
        ? ex.ToString()
        : $"error: unexpected failure: {ex.GetType().Name}: {ex.Message} (set BRANDWATCH_DEBUG=1 for details)");
    return ExitCodes.Unexpected;
}
