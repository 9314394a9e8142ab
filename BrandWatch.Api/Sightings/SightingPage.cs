namespace BrandWatch.Api.Sightings;

/// <summary>
/// One page of the sightings of a case's name, oldest first; <c>total</c> counts them all, and <c>nextAfter</c> is the
/// <c>after</c> of the next page (null at the end).
/// </summary>
public sealed record SightingPage(IReadOnlyList<SightingItem> Items, long Total, long? NextAfter);
