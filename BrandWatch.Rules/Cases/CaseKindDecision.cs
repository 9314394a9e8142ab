namespace BrandWatch.Rules.Cases;

/// <summary>A case's kind and why: the criterion that gave it (null when none did) and the reason in words.</summary>
public sealed record CaseKindDecision(SubjectKind Kind, string? Criterion, string Reason);
