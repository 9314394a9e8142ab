using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>The outcome of running one rule case: what was found and scored, and how it differs from the expectation.</summary>
public sealed record RuleCaseResult
{
    public required RuleCase Case { get; init; }

    public required IReadOnlyList<DomainMatch> Matches { get; init; }

    public required bool Flagged { get; init; }

    public required Verdict Verdict { get; init; }

    /// <summary>Criteria that fired (gates and defences: that apply), in catalog order.</summary>
    public required IReadOnlyList<string> Fired { get; init; }

    /// <summary>One line per difference: "action: expected udrp-transfer, got monitor".</summary>
    public required IReadOnlyList<string> Differences { get; init; }

    /// <summary>Expected to fire but did not.</summary>
    public IReadOnlyList<string> MissingCriteria { get; init; } = [];

    /// <summary>Expected not to fire but did.</summary>
    public IReadOnlyList<string> UnexpectedCriteria { get; init; } = [];

    /// <summary>
    /// For a case whose verdict goes against its panel: the open facts that would each, recorded, follow the panel
    /// (<see cref="Scoring.DecidingFacts"/>). Empty otherwise.
    /// </summary>
    public IReadOnlyList<DecidingFact> DecidingFacts { get; init; } = [];

    /// <summary>
    /// For a case whose verdict goes against its panel and which no single open fact turns: the pairs of open facts that
    /// would together follow the panel (<see cref="Scoring.DecidingFacts.Find"/>). Empty otherwise.
    /// </summary>
    public IReadOnlyList<DecidingPair> DecidingPairs { get; init; } = [];

    public bool Passed => Differences.Count == 0;
}
