using System.CommandLine;
using BrandWatch.Bench;
using BrandWatch.Worker.Cli;

var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    return await Harness.Create().Parse(args).InvokeAsync(invocation);
}
catch (OperationCanceledException)
{
    return ExitCodes.Cancelled;
}
catch (Exception ex)
{
    // One line, as the Worker prints it; BRANDWATCH_DEBUG=1 shows the whole exception.
    await Console.Error.WriteLineAsync(Environment.GetEnvironmentVariable("BRANDWATCH_DEBUG") == "1"
        ? ex.ToString()
        : $"error: unexpected failure: {ex.GetType().Name}: {ex.Message} (set BRANDWATCH_DEBUG=1 for details)");
    return ExitCodes.Unexpected;
}
