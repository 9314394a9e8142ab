namespace BrandWatch.Api.Alerts;

/// <summary>What one attempt achieved. A permanent failure goes straight to the dead letters.</summary>
public sealed record DeliveryOutcome(bool Delivered, bool Permanent, string? Error)
{
    public static DeliveryOutcome Success { get; } = new(true, false, null);

    public static DeliveryOutcome Retry(string error) => new(false, false, error);

    public static DeliveryOutcome GiveUp(string error) => new(false, true, error);
}
