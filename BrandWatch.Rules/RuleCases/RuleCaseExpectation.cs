using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.RuleCases;

/// <summary>What a rule case expects; every null field is not checked.</summary>
public sealed record RuleCaseExpectation
{
    public bool? Flagged { get; init; }

    /// <summary>Match kinds that must all be among the scored mark's matches.</summary>
    public IReadOnlyList<MatchKind>? Kinds { get; init; }

    public ScoreBounds? Act { get; init; }
    public ScoreBounds? Damage { get; init; }
    public ScoreBounds? Causation { get; init; }
    public ScoreBounds? Fault { get; init; }
    public ScoreBounds? Overall { get; init; }
    public ScoreBounds? Priority { get; init; }
    public ScoreBounds? UdrpFit { get; init; }
    public ScoreBounds? CourtFit { get; init; }
    public ScoreBounds? TakedownFit { get; init; }

    public Outcome? Outcome { get; init; }
    public RecommendedAction? Action { get; init; }
    public DisputePath? DisputePath { get; init; }

    /// <summary>Criteria that must fire (for gates and defences: that must apply).</summary>
    public IReadOnlyList<string> Fires { get; init; } = [];

    public IReadOnlyList<string> NotFires { get; init; } = [];
}
