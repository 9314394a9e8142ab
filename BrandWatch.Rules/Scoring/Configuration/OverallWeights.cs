namespace BrandWatch.Rules.Scoring.Configuration;

/// <summary>How the four elements combine into the overall score that ranks the review queue.</summary>
public sealed record OverallWeights(double Act, double Damage, double Causation, double Fault);
