using System.CommandLine;
using BrandWatch.Rules.Domains;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Cli;

/// <summary><c>scan --marks FILE --domains FILE|-</c>: reads a portfolio and a domain feed and reports what it read.</summary>
internal static class ScanCommand
{
    private const int RejectionsPrinted = 20;

    public static Command Create()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file (JSON, see README)", Required = true };
        var domains = new Option<string>("--domains") { Description = "Domain feed: a file (plain or .gz) or - for standard input", Required = true };
        var command = new Command("scan", "Screen a list of newly registered domains against a portfolio of marks") { marks, domains };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(marks), parse.GetRequiredValue(domains), Console.Out, Console.Error, cancellationToken));
        ScanFileTo.Attach(command);
        return command;
    }

    public static async Task<int> RunAsync(string marksPath, string domainsPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (portfolio, portfolioError) = await PortfolioFile.LoadAsync(marksPath, cancellationToken);
        if (portfolio is null)
        {
            await error.WriteLineAsync($"error: {portfolioError}");
            return ExitCodes.BadInput;
        }

        foreach (var rejected in portfolio.Errors)
        {
            await error.WriteLineAsync($"warning: {rejected}");
        }

        var (reader, feedError) = InputFile.Open(domainsPath);
        if (reader is null)
        {
            await error.WriteLineAsync($"error: {feedError}");
            return ExitCodes.BadInput;
        }

        long read = 0;
        long rejectedLines = 0;
        using (reader)
        {
            await foreach (var line in FeedLineReader.ReadAsync(reader, cancellationToken))
            {
                var rejection = line.Rejection ?? DomainName.Parse(line.Text).Error;
                if (rejection is not null)
                {
                    rejectedLines++;
                    if (rejectedLines <= RejectionsPrinted)
                    {
                        await error.WriteLineAsync($"rejected: {domainsPath}:{line.LineNumber}: {rejection}");
                    }

                    continue;
                }

                read++;
            }
        }

        await output.WriteLineAsync($"marks: {portfolio.Marks.Count} loaded, {portfolio.Errors.Count} rejected from {marksPath}");
        await output.WriteLineAsync($"domains: {read} read, {rejectedLines} rejected from {domainsPath}");
        return read == 0 && rejectedLines > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
