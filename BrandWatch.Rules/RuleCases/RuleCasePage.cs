namespace BrandWatch.Rules.RuleCases;

/// <summary>A recorded page of a rule case: where it was fetched, how it answered and its HTML (null when not fetched).</summary>
public sealed record RuleCasePage
{
    public required string Url { get; init; }

    public int? Status { get; init; }

    public string? FinalUrl { get; init; }

    public IReadOnlyList<string> RedirectChain { get; init; } = [];

    public string? Html { get; init; }
}
