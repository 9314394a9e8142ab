namespace BrandWatch.Api.Stats;

/// <summary>
/// Takedown progress over the range, from the enforcement kit's reports (takedown_actions): reports sent,
/// acknowledged and resolved in the range (each on the day of its step), the reports still waiting for a resolution
/// at the start and at the end, the reports sent per party, and the same per bucket.
/// </summary>
public sealed record StatsTakedowns(
    long Sent,
    long Acknowledged,
    long Resolved,
    long OpenAtStart,
    long OpenAtEnd,
    IReadOnlyDictionary<string, long> SentByParty,
    IReadOnlyDictionary<string, long> ResolvedByParty,
    IReadOnlyList<StatsTakedownBucket> Buckets);
