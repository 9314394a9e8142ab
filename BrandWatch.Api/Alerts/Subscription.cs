namespace BrandWatch.Api.Alerts;

/// <summary>A stored subscription: what to send (filters), how often, and where.</summary>
public sealed record Subscription
{
    public required long Id { get; init; }
    public required string Owner { get; init; }
    public required string Name { get; init; }

    /// <summary>Mark ids; empty means every mark of the owner.</summary>
    public required IReadOnlyList<string> Marks { get; init; }

    /// <summary>Event types; empty means every event.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>Subject kinds; empty means every kind.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>Verdict outcomes; empty means every outcome (the minimum outcome still applies).</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Recommended actions; empty means every action.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Sources (content, ct, nrd, zone, submission, none); empty means every source.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only names first seen at or after this time (and never seen before for the mark); null for every name.</summary>
    public DateTimeOffset? NewSince { get; init; }

    public required int MinPriority { get; init; }
    public required string MinOutcome { get; init; }
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

    /// <summary>The filters of this subscription, as the fan-out and the preview apply them.</summary>
    public SubscriptionFilter Filter => new()
    {
        Owner = Owner,
        Marks = Marks,
        Events = Events,
        Kinds = Kinds,
        Outcomes = Outcomes,
        Actions = Actions,
        Sources = Sources,
        NewSince = NewSince,
        MinPriority = MinPriority,
        MinOutcome = MinOutcome,
    };

    /// <summary>Whether this subscription wants the event (<see cref="SubscriptionFilter.Matches"/>).</summary>
    public bool Matches(CaseEvent caseEvent) => Filter.Matches(caseEvent);
}
