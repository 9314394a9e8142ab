namespace BrandWatch.Rules.Scoring;

/// <summary>A criterion that fired: its id, its points (negative for defences), the evidence and a reason a lawyer can read.</summary>
public sealed record Contribution(string Criterion, double Points, string Evidence, string Reason);
