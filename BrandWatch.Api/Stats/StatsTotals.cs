namespace BrandWatch.Api.Stats;

/// <summary>
/// The whole range: cases opened and resolved, open at its start and end, and the opened cases by kind, source,
/// current recommended action, current outcome and current review status.
/// </summary>
public sealed record StatsTotals(
    long Opened,
    long Resolved,
    long OpenAtStart,
    long OpenAtEnd,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, long> BySource,
    IReadOnlyDictionary<string, long> ByAction,
    IReadOnlyDictionary<string, long> ByOutcome,
    IReadOnlyDictionary<string, long> ByStatus);
