namespace BrandWatch.Rules.Marks;

/// <summary>The portfolio format: <c>{"marks": [...]}</c>, as a file, an Api import body or the Api's served portfolio.</summary>
public sealed record PortfolioDocument
{
    public required IReadOnlyList<MarkDocument> Marks { get; init; }
}
