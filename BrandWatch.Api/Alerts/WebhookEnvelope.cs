namespace BrandWatch.Api.Alerts;

/// <summary>The JSON body of a webhook in the <c>json</c> format: one alert, or a digest of several.</summary>
public sealed record WebhookEnvelope
{
    public required string DeliveryId { get; init; }
    public required long SubscriptionId { get; init; }

    /// <summary>immediate, hourly or daily.</summary>
    public required string Digest { get; init; }

    public required IReadOnlyList<AlertItem> Alerts { get; init; }
}
