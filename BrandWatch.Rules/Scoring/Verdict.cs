namespace BrandWatch.Rules.Scoring;

/// <summary>The scorer's explained outcome for one (mark, subject) case.</summary>
public sealed record Verdict
{
    public required ElementScore Act { get; init; }
    public required ElementScore Damage { get; init; }
    public required ElementScore Causation { get; init; }
    public required ElementScore Fault { get; init; }

    /// <summary>Gates (G0, G1) and defences (X1–X10) considered, with their effect.</summary>
    public required IReadOnlyList<Contribution> GatesAndDefences { get; init; }

    public required Fits Fits { get; init; }

    /// <summary>Overall score in [0, 1].</summary>
    public required double Overall { get; init; }

    /// <summary>Review-queue priority in [0, 100].</summary>
    public required int Priority { get; init; }

    public required Outcome Outcome { get; init; }
    public required DisputePath DisputePath { get; init; }
    public required RecommendedAction Action { get; init; }
    public required string ActionReason { get; init; }

    public required string RuleVersion { get; init; }
    public required string RuleHash { get; init; }
}
