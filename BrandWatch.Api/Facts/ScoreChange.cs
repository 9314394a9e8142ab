namespace BrandWatch.Api.Facts;

/// <summary>One figure of the verdict that the facts moved: an element (act, damage, causation, fault), a fit, overall or priority.</summary>
public sealed record ScoreChange(string Element, double Before, double After);
