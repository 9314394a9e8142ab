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

    /// <summary>Whether this subscription wants the event. The owner check is the tenant boundary and comes first.</summary>
    public bool Matches(CaseEvent caseEvent)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        return string.Equals(caseEvent.Owner, Owner, StringComparison.Ordinal)
            && (Marks.Count == 0 || Marks.Contains(caseEvent.MarkId, StringComparer.OrdinalIgnoreCase))
            && (Events.Count == 0 || Events.Contains(caseEvent.EventType, StringComparer.Ordinal))
            && (Kinds.Count == 0 || Kinds.Contains(caseEvent.Kind, StringComparer.Ordinal))
            && (Outcomes.Count == 0 || Outcomes.Contains(caseEvent.Outcome, StringComparer.Ordinal))
            && (Actions.Count == 0 || Actions.Contains(caseEvent.Action, StringComparer.Ordinal))
            && (Sources.Count == 0 || Sources.Contains(caseEvent.Source, StringComparer.Ordinal))
            && (NewSince is not { } since || caseEvent.IsNewSince(since))
            && caseEvent.Priority >= MinPriority
            && AlertVocabulary.OutcomeRank(caseEvent.Outcome) >= AlertVocabulary.OutcomeRank(MinOutcome);
    }
}
