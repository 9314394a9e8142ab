namespace BrandWatch.Api.Stats;

/// <summary>
/// One day or week (clipped to the range): cases opened and resolved in it, the cases open at its end, and the
/// opened cases by kind and by source.
/// </summary>
public sealed record StatsBucket(
    DateOnly Start,
    DateOnly End,
    long Opened,
    long Resolved,
    long OpenAtEnd,
    IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, long> BySource);
