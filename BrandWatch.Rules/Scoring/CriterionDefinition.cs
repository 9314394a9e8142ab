namespace BrandWatch.Rules.Scoring;

/// <summary>One criterion of the legal model: its id, the element it feeds, a title and the function that evaluates it.</summary>
public sealed record CriterionDefinition
{
    public required string Id { get; init; }

    public required ScoreElement Element { get; init; }

    public required string Title { get; init; }

    internal Func<ScoringContext, Contribution?> Evaluate { get; init; } = _ => null;
}
