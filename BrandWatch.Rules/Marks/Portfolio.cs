namespace BrandWatch.Rules.Marks;

/// <summary>The marks being protected, with any entries that were rejected while reading them.</summary>
public sealed record Portfolio(IReadOnlyList<Mark> Marks, IReadOnlyList<PortfolioError> Errors)
{
    public static Portfolio Empty { get; } = new([], []);
}
