using System.CommandLine;
using BrandWatch.Worker.Cli;

var root = new RootCommand("BrandWatch worker: screens newly registered domains, gathers evidence, scores and files cases")
{
    ScanCommand.Create(),
    AnalyzeCommand.Create(),
    BenchCommand.Create(),
    RulesCommand.Create(),
    RunCommand.Create(),
};

return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromMinutes(11) }); // run drains work on SIGTERM
