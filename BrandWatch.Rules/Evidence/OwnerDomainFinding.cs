namespace BrandWatch.Rules.Evidence;

/// <summary>
/// Why a matched domain is the mark owner's own: <see cref="Rule"/> is <c>registrant</c>, <c>redirect</c>,
/// <c>name-servers</c> or <c>mail-servers</c>; <see cref="Evidence"/> is the fact a reviewer can check;
/// <see cref="Explanation"/> says it in a sentence.
/// </summary>
public sealed record OwnerDomainFinding(string Rule, string Evidence, string Explanation);
