namespace BrandWatch.Rules.RuleCases;

/// <summary>The published decision a rule case is rebuilt from: who decided, which case, when, and what it ordered.</summary>
public sealed record PanelDecision
{
    /// <summary>WIPO, Forum, CIIDRC, CNDRP provider name …</summary>
    public required string Provider { get; init; }

    /// <summary>The provider's case number (D2022-4534, FA2407002106746 …).</summary>
    public required string Case { get; init; }

    public DateOnly? Date { get; init; }

    public string? Url { get; init; }

    public required PanelOutcome Outcome { get; init; }
}
