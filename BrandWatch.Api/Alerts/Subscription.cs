namespace BrandWatch.Api.Alerts;

/// <summary>A stored subscription: what to send (its filter), how often, and where.</summary>
public sealed record Subscription
{
    public required long Id { get; init; }

    /// <summary>What the subscription wants to hear of, the owner included: the one decision the fan-out and the preview apply.</summary>
    public required SubscriptionFilter Filter { get; init; }

    public string Owner => Filter.Owner;
    public required string Name { get; init; }
    public IReadOnlyList<string> Marks => Filter.Marks;
    public IReadOnlyList<string> Events => Filter.Events;
    public IReadOnlyList<string> Kinds => Filter.Kinds;
    public IReadOnlyList<string> Outcomes => Filter.Outcomes;
    public IReadOnlyList<string> Actions => Filter.Actions;
    public IReadOnlyList<string> Sources => Filter.Sources;
    public DateTimeOffset? NewSince => Filter.NewSince;
    public int MinPriority => Filter.MinPriority;
    public string MinOutcome => Filter.MinOutcome;
    public required string Delivery { get; init; }
    public required string Channel { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookSecret { get; init; }
    public string? Email { get; init; }
    public required string Format { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The endpoint: deliveries to one lane go one at a time, in order.</summary>
    public string Lane => Channel == AlertVocabulary.Webhook ? $"webhook:{WebhookUrl}" : $"email:{Email?.ToLowerInvariant()}";

    public string Target => (Channel == AlertVocabulary.Webhook ? WebhookUrl : Email) ?? string.Empty;

    /// <summary>Whether this subscription wants the event (<see cref="SubscriptionFilter.Matches"/>).</summary>
    public bool Matches(CaseEvent caseEvent) => Filter.Matches(caseEvent);
}
