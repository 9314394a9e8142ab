namespace BrandWatch.Api.Alerts;

/// <summary>A subscription as the Api shows it. The webhook secret appears only in the answer that created or set it.</summary>
public sealed record SubscriptionResponse
{
    public required long Id { get; init; }
    public required string Owner { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Marks { get; init; }
    public required IReadOnlyList<string> Events { get; init; }
    public required IReadOnlyList<string> Kinds { get; init; }
    public IReadOnlyList<string> Outcomes { get; init; } = [];
    public IReadOnlyList<string> Actions { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Whether only new names are sent.</summary>
    public bool NewOnly => NewSince is not null;

    /// <summary>Names first seen before this time are not sent; null when every name is.</summary>
    public DateTimeOffset? NewSince { get; init; }

    public required int MinPriority { get; init; }
    public required string MinOutcome { get; init; }
    public required string Delivery { get; init; }
    public required string Channel { get; init; }
    public string? WebhookUrl { get; init; }
    public string? Email { get; init; }
    public required string Format { get; init; }

    /// <summary>The secret, only right after it was generated or replaced.</summary>
    public string? Secret { get; init; }

    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public static SubscriptionResponse From(Subscription subscription, string? revealSecret = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new SubscriptionResponse
        {
            Id = subscription.Id,
            Owner = subscription.Owner,
            Name = subscription.Name,
            Marks = subscription.Marks,
            Events = subscription.Events,
            Kinds = subscription.Kinds,
            Outcomes = subscription.Outcomes,
            Actions = subscription.Actions,
            Sources = subscription.Sources,
            NewSince = subscription.NewSince,
            MinPriority = subscription.MinPriority,
            MinOutcome = subscription.MinOutcome,
            Delivery = subscription.Delivery,
            Channel = subscription.Channel,
            WebhookUrl = subscription.WebhookUrl,
            Email = subscription.Email,
            Format = subscription.Format,
            Secret = revealSecret,
            CreatedBy = subscription.CreatedBy,
            CreatedAt = subscription.CreatedAt,
            UpdatedAt = subscription.UpdatedAt,
        };
    }
}
