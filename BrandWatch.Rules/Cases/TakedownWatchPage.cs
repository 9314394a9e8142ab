namespace BrandWatch.Rules.Cases;

/// <summary>The answer of <c>GET /api/takedowns/watch</c>: the cases to look at, oldest look first.</summary>
public sealed record TakedownWatchPage(IReadOnlyList<TakedownWatch> Items);
