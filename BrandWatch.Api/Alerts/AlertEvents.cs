using BrandWatch.Api.Cases;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// The event types of the case outbox (<see cref="CaseEventTypes"/>, <c>case_events.event_type</c>) a subscription can
/// choose from: the same words, named here for the alerts code.
/// </summary>
public static class AlertEvents
{
    public const string CaseFiled = CaseEventTypes.CaseFiled;
    public const string PriorityRaised = CaseEventTypes.PriorityRaised;
    public const string Reviewed = CaseEventTypes.Reviewed;
    public const string Actioned = CaseEventTypes.Actioned;
    public const string Resolved = CaseEventTypes.Resolved;
    public const string Reappeared = CaseEventTypes.Reappeared;
    public const string EvidenceChanged = CaseEventTypes.EvidenceChanged;
    public const string TakedownOverdue = CaseEventTypes.TakedownOverdue;
    public const string TakedownEscalated = CaseEventTypes.TakedownEscalated;
    public const string TakedownGone = CaseEventTypes.TakedownGone;
    public const string TakedownReEmerged = CaseEventTypes.TakedownReEmerged;

    public static IReadOnlyList<string> All { get; } = [CaseFiled, PriorityRaised, Reviewed, Actioned, Resolved, Reappeared, EvidenceChanged, TakedownOverdue, TakedownEscalated, TakedownGone, TakedownReEmerged];
}
