namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>
/// A versioned rule configuration: criterion weights, thresholds, word lists, per-mark exceptions and the screening
/// and page-analysis sections. Built by <see cref="RuleSetJson"/>; every verdict records <see cref="Version"/> and <see cref="Hash"/>.
/// </summary>
public sealed record RuleSet
{
    public required string Version { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the canonical JSON of the configuration.</summary>
    public required string Hash { get; init; }

    /// <summary>Points per criterion id (every id of <see cref="CriterionCatalog"/> has one).</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    public required RuleThresholds Thresholds { get; init; }

    public required OverallWeights Overall { get; init; }

    public required RuleWords Words { get; init; }

    /// <summary>Per-mark exceptions keyed by mark id (case-insensitive).</summary>
    public required IReadOnlyDictionary<string, MarkExceptions> Exceptions { get; init; }

    public required ScreeningRules Screening { get; init; }

    public required PageRules Pages { get; init; }

    public double Weight(string criterion) => Weights.TryGetValue(criterion, out var weight) ? weight : 0;

    public MarkExceptions ExceptionsFor(string markId) =>
        Exceptions.TryGetValue(markId, out var exceptions) ? exceptions : MarkExceptions.None;
}
