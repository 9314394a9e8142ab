namespace BrandWatch.Api.Alerts;

/// <summary>The states of a delivery row.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";
    public const string Cancelled = "cancelled";
}
