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
}
