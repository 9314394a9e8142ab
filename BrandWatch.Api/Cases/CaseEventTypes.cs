namespace BrandWatch.Api.Cases;

/// <summary>The <c>event_type</c> values of the case_events outbox.</summary>
public static class CaseEventTypes
{
    public const string CaseFiled = "case-filed";
    public const string PriorityRaised = "priority-raised";
    public const string Reviewed = "reviewed";
    public const string Actioned = "actioned";
    public const string Resolved = "resolved";
}
