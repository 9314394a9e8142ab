namespace BrandWatch.Worker.Pipeline;

/// <summary>Where the marks and the rule configuration come from (section <c>Portfolio</c>).</summary>
internal sealed class PortfolioOptions
{
    public const string Section = "Portfolio";

    /// <summary>A portfolio file (samples/marks.json format). Empty: fetch <c>GET /api/portfolio</c> from the Api.</summary>
    public string? Path { get; set; }

    /// <summary>A rule configuration file (samples/rules.json format). Empty: the configuration built into BrandWatch.Rules.</summary>
    public string? RulesPath { get; set; }
}
