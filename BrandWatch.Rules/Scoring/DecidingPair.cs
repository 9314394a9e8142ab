namespace BrandWatch.Rules.Scoring;

/// <summary>
/// Two facts the case leaves open that turn the recommendation across the line between filing and not filing only when
/// both are recorded as true, where neither does alone (a default beside knowledge of the mark, say).
/// </summary>
/// <param name="Facts">The two facts, each with its question and Overview section.</param>
/// <param name="Action">The action the scorer would recommend with both recorded.</param>
/// <param name="Reason">The reason the scorer would give for that action.</param>
public sealed record DecidingPair(IReadOnlyList<DecidingFact> Facts, RecommendedAction Action, string Reason);
