namespace BrandWatch.Api.Alerts;

/// <summary>
/// One case a filter would have alerted on, as its newest matching event showed it (the values the filter was matched on).
/// </summary>
public sealed record SubscriptionPreviewCase
{
    /// <summary>The case id.</summary>
    public required long Id { get; init; }

    /// <summary>The outbox event the newest alert would have been made from.</summary>
    public required long EventId { get; init; }

    /// <summary>The event type that alert would have been sent as (case-filed, priority-raised, …).</summary>
    public required string Event { get; init; }

    /// <summary>When that event happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The case's subject: the domain, or the page for content cases.</summary>
    public required string Domain { get; init; }

    public required string Mark { get; init; }
    public required string Kind { get; init; }
    public required string Outcome { get; init; }
    public required string Action { get; init; }
    public required int Priority { get; init; }

    /// <summary>How many alerts of this case the filter would have let through in the window.</summary>
    public required int Alerts { get; init; }
}
