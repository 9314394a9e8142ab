namespace BrandWatch.Rules.Scoring;

/// <summary>One of the four elements (act, damage, causation, fault): a score and the criteria behind it.</summary>
public sealed record ElementScore(double Score, IReadOnlyList<Contribution> Criteria);
