namespace BrandWatch.Api.Marks;

/// <summary>What a portfolio import did.</summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<string> Marks);
