namespace BrandWatch.Api.Alerts;

/// <summary>
/// What a subscription wants to hear of: the one decision, used by the dispatcher's fan-out and by the preview, of
/// whether a case event goes to a subscription.
/// </summary>
public sealed record SubscriptionFilter
{
    public required string Owner { get; init; }

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

    /// <summary>Whether the event passes the filter. The owner check is the tenant boundary and comes first.</summary>
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
