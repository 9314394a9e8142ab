namespace BrandWatch.Worker.Sightings;

/// <summary>How a batch of sightings fared: Taken, Refused (kept out for good, with the reason) or Unavailable (try later).</summary>
internal sealed record SightingDelivery(SightingDeliveryStatus Status, string? Detail = null);
