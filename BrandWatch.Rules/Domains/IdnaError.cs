namespace BrandWatch.Rules.Domains;

/// <summary>
/// The first UTS #46 error found: <see cref="Code"/> names the step as IdnaTestV2 does (<c>P4</c>, <c>V6</c>, <c>B1</c>,
/// <c>C1</c>, <c>U1</c>, <c>A3</c>, <c>A4_2</c>, <c>X4_2</c>…), <see cref="Reason"/> says it in words, naming the label.
/// </summary>
public sealed record IdnaError(string Code, string Reason);
