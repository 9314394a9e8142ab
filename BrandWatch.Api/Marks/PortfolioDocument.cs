namespace BrandWatch.Api.Marks;

/// <summary>The portfolio file: <c>{"marks": [...]}</c>.</summary>
public sealed record PortfolioDocument
{
    public required IReadOnlyList<MarkInput> Marks { get; init; }
}
