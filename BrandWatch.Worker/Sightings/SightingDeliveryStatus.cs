namespace BrandWatch.Worker.Sightings;

internal enum SightingDeliveryStatus
{
    Taken,
    Refused,
    Unavailable,
}
