namespace BrandWatch.Api.Cases;

/// <summary>The four element scores of the latest verdict.</summary>
public sealed record ElementScores(double Act, double Damage, double Causation, double Fault);
