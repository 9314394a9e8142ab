namespace BrandWatch.Worker.Pipeline;

/// <summary>Where the marks come from (section <c>Portfolio</c>): a file, or the Api's <c>GET /api/portfolio</c> when no path is set.</summary>
internal sealed class PortfolioOptions
{
    public const string Section = "Portfolio";

    /// <summary>A portfolio file (samples/marks.json format). Empty: fetch from the Api.</summary>
    public string? Path { get; set; }
}
