using System.CommandLine;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Worker.Cli;

/// <summary><c>analyze --marks FILE --url URL --html FILE|-</c>: runs the page analysis offline on one saved page and prints its findings as JSON.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var marks = new Option<string>("--marks") { Description = "Portfolio file (JSON, see README)", Required = true };
        var url = new Option<string>("--url") { Description = "The address the page was fetched from (absolute http or https)", Required = true };
        var html = new Option<string>("--html") { Description = "The saved page: a file, or - for standard input", Required = true };
        var command = new Command("analyze", "Analyse one saved page for uses of the portfolio's marks and print the findings as JSON") { marks, url, html };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetRequiredValue(marks), parse.GetRequiredValue(url), parse.GetRequiredValue(html), Console.In, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string marksPath, string url, string htmlPath, TextReader standardInput, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var pageUrl) || (pageUrl.Scheme != Uri.UriSchemeHttp && pageUrl.Scheme != Uri.UriSchemeHttps))
        {
            await error.WriteLineAsync($"error: --url: '{url}' is not an absolute http or https URL");
            return ExitCodes.BadInput;
        }

        var portfolio = await PortfolioFile.LoadReportingAsync(marksPath, error, cancellationToken);
        if (portfolio is null)
        {
            return ExitCodes.BadInput;
        }

        var options = PageAnalysisOptions.Default;
        var (html, htmlError) = await ReadPageAsync(htmlPath, standardInput, options.MaxInputChars, cancellationToken);
        if (html is null)
        {
            await error.WriteLineAsync($"error: {htmlError}");
            return ExitCodes.BadInput;
        }

        var findings = new PageAnalyzer(portfolio.Marks, options).Analyze(html, pageUrl);
        await output.WriteLineAsync(JsonSerializer.Serialize(new AnalyzeOutput(pageUrl.AbsoluteUri, findings), ContractJson.Indented));
        return ExitCodes.Success;
    }

    /// <summary>Reads at most a little more than the analyser keeps, so a huge file costs no more memory than a capped one.</summary>
    private static async Task<(string? Html, string? Error)> ReadPageAsync(string path, TextReader standardInput, int maxChars, CancellationToken cancellationToken)
    {
        TextReader reader;
        if (path == "-")
        {
            reader = standardInput;
        }
        else if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }
        else
        {
            try
            {
                reader = new StreamReader(File.OpenRead(path), detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return (null, $"{path}: cannot be read: {ex.Message}");
            }
        }

        try
        {
            var buffer = new char[maxChars + 1];
            var read = 0;
            while (read < buffer.Length)
            {
                var count = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
                if (count == 0)
                {
                    break;
                }

                read += count;
            }

            if (read == 0)
            {
                return (null, $"{(path == "-" ? "standard input" : path)}: empty page");
            }

            return (new string(buffer, 0, read), null);
        }
        catch (IOException ex)
        {
            return (null, $"{path}: cannot be read: {ex.Message}");
        }
        finally
        {
            if (path != "-")
            {
                reader.Dispose();
            }
        }
    }

    private sealed record AnalyzeOutput(string Url, IReadOnlyList<PageFinding> Findings);
}
