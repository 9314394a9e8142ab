namespace BrandWatch.Api.Alerts;

/// <summary>A validated subscription as the caller wants it, before it has an id: its filter and where alerts go.</summary>
public sealed record SubscriptionDraft
{
    /// <summary>What the subscription wants to hear of (the owner included).</summary>
    public required SubscriptionFilter Filter { get; init; }

    public string Owner => Filter.Owner;
    public required string Name { get; init; }
    public required string Delivery { get; init; }
    public required string Channel { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookSecret { get; init; }
    public string? Email { get; init; }
    public required string Format { get; init; }
}
