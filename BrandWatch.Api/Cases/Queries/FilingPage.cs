namespace BrandWatch.Api.Cases.Queries;

/// <summary>One page of a case's filings, oldest first; pass <c>nextAfter</c> as <c>after</c> for the next (null at the end).</summary>
public sealed record FilingPage(IReadOnlyList<EvidenceItem> Items, long? NextAfter);
