using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Cli;

/// <summary>Reads a portfolio file for the command line, turning every failure into one printable line.</summary>
internal static class PortfolioFile
{
    public static async Task<(Portfolio? Portfolio, string? Error)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot be read: {ex.Message}");
        }

        var portfolio = PortfolioJson.Parse(json, path);
        if (portfolio.Marks.Count == 0)
        {
            var first = portfolio.Errors.Count > 0 ? portfolio.Errors[0].ToString() : $"{path}: no marks";
            return (null, first);
        }

        return (portfolio, null);
    }

    /// <summary>
    /// Loads a portfolio for a verb: prints the error line and returns null when nothing usable was read, and prints a
    /// warning for each mark that was rejected.
    /// </summary>
    public static async Task<Portfolio?> LoadReportingAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        var (portfolio, portfolioError) = await LoadAsync(path, cancellationToken);
        if (portfolio is null)
        {
            await error.WriteLineAsync($"error: {portfolioError}");
            return null;
        }

        foreach (var rejected in portfolio.Errors)
        {
            await error.WriteLineAsync($"warning: {rejected}");
        }

        return portfolio;
    }
}
