namespace BrandWatch.Api.Cases;

/// <summary>The <c>event_type</c> values of the case_events outbox.</summary>
public static class CaseEventTypes
{
    public const string CaseFiled = "case-filed";
    public const string PriorityRaised = "priority-raised";
    public const string Reviewed = "reviewed";
    public const string Actioned = "actioned";
    public const string Resolved = "resolved";

    /// <summary>A name whose case was resolved is filed again: a new case, linked to the resolved one.</summary>
    public const string Reappeared = "reappeared";

    /// <summary>A filing onto an open case whose evidence differs from the one before (addresses, registrant, page, certificate).</summary>
    public const string EvidenceChanged = "evidence-changed";

    /// <summary>A takedown report's answer date passed without an answer.</summary>
    public const string TakedownOverdue = "takedown-overdue";

    /// <summary>Still no answer a further wait after the reminder: time to escalate.</summary>
    public const string TakedownEscalated = "takedown-escalated";

    /// <summary>The takedown follow-up found the site of a case with a report under way gone (NXDOMAIN, no address, …).</summary>
    public const string TakedownGone = "takedown-gone";

    /// <summary>A site seen gone is live again: its reports moved to re-emerged.</summary>
    public const string TakedownReEmerged = "takedown-reemerged";
}
