namespace BrandWatch.Rules.Marks;

/// <summary>One problem found while reading a portfolio: where it is and what is wrong, in one line.</summary>
public sealed record PortfolioError(string Source, int Line, string Message)
{
    public override string ToString() => $"{Source}:{Line}: {Message}";
}
