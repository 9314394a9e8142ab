namespace BrandWatch.Api.Alerts;

/// <summary>One message to one endpoint: a single alert, or a digest of several.</summary>
public sealed record Delivery
{
    public required long Seq { get; init; }
    public required string Id { get; init; }
    public required long SubscriptionId { get; init; }
    public required string Owner { get; init; }
    public required string Lane { get; init; }
    public required string Channel { get; init; }
    public required string Format { get; init; }
    public required string Target { get; init; }

    /// <summary><c>immediate</c>, <c>hourly</c> or <c>daily</c>.</summary>
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

    /// <summary>When the retry horizon started: the last redrive, or the creation.</summary>
    public DateTimeOffset HorizonStart => RedrivenAt ?? CreatedAt;
}
