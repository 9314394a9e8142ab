namespace BrandWatch.Rules.Scoring;

/// <summary>How well the case fits each route, each in [0, 1]; kept apart on purpose.</summary>
public sealed record Fits(double Udrp, double Court, double Takedown);
