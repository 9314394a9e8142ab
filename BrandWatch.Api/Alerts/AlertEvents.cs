namespace BrandWatch.Api.Alerts;

/// <summary>The event types of the case outbox (<c>case_events.event_type</c>) a subscription can choose from.</summary>
public static class AlertEvents
{
    public const string CaseFiled = "case-filed";
    public const string PriorityRaised = "priority-raised";
    public const string Reviewed = "reviewed";
    public const string Actioned = "actioned";
    public const string Resolved = "resolved";
    public const string Reappeared = "reappeared";
    public const string EvidenceChanged = "evidence-changed";
    public const string TakedownOverdue = "takedown-overdue";
    public const string TakedownEscalated = "takedown-escalated";
    public const string TakedownGone = "takedown-gone";
    public const string TakedownReEmerged = "takedown-reemerged";

    public static IReadOnlyList<string> All { get; } = [CaseFiled, PriorityRaised, Reviewed, Actioned, Resolved, Reappeared, EvidenceChanged, TakedownOverdue, TakedownEscalated, TakedownGone, TakedownReEmerged];
}
