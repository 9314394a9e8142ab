namespace BrandWatch.Api.Alerts;

/// <summary>A delivery (or dead letter) as the Api shows it.</summary>
public sealed record DeliveryResponse
{
    public required string Id { get; init; }
    public required long SubscriptionId { get; init; }
    public required string Owner { get; init; }
    public required string Channel { get; init; }
    public required string Target { get; init; }
    public required string Digest { get; init; }
    public required IReadOnlyList<long> EventIds { get; init; }
    public required string Status { get; init; }
    public required int Attempts { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? DeadAt { get; init; }
    public int RedriveCount { get; init; }
    public DateTimeOffset? RedrivenAt { get; init; }
    public string? RedrivenBy { get; init; }

    public static DeliveryResponse From(Delivery d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DeliveryResponse
        {
            Id = d.Id,
            SubscriptionId = d.SubscriptionId,
            Owner = d.Owner,
            Channel = d.Channel,
            Target = d.Target,
            Digest = d.Digest,
            EventIds = d.EventIds,
            Status = d.Status,
            Attempts = d.Attempts,
            CreatedAt = d.CreatedAt,
            NextAttemptAt = d.NextAttemptAt,
            LastAttemptAt = d.LastAttemptAt,
            LastError = d.LastError,
            DeliveredAt = d.DeliveredAt,
            DeadAt = d.DeadAt,
            RedriveCount = d.RedriveCount,
            RedrivenAt = d.RedrivenAt,
            RedrivenBy = d.RedrivenBy,
        };
    }
}
