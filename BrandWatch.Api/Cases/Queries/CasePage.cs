namespace BrandWatch.Api.Cases.Queries;

/// <summary>One page of a case listing; pass <c>nextCursor</c> as <c>cursor</c> for the next (null at the end).</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, string? NextCursor);
