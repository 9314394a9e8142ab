namespace BrandWatch.Api.Enforcement;

/// <summary>A report sent to one party about a case, with the date of each step and who recorded it.</summary>
public sealed record TakedownAction
{
    public required long Id { get; init; }
    public required long CaseId { get; init; }

    /// <summary>registrar | host | registrant | provider | certificate-authority | registry.</summary>
    public required string Party { get; init; }

    public string? Target { get; init; }

    /// <summary>sent | acknowledged | refused | resolved | re-emerged.</summary>
    public required string State { get; init; }

    public required DateTimeOffset SentAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? RefusedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? Note { get; init; }
    public required string CreatedBy { get; init; }
    public required string UpdatedBy { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The date by which the party should answer; null when none was set.</summary>
    public DateTimeOffset? AnswerDueAt { get; init; }

    /// <summary>When the follow-up reminded that the answer date had passed; then when it escalated.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    /// <summary>When the Worker last looked at the site, what it saw (a <c>SiteCheckResult</c> in kebab-case) and a line of detail.</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    public string? CheckResult { get; init; }

    public string? CheckDetail { get; init; }

    /// <summary>When the site was first seen gone while this report was under way, and how (nxdomain, not-answering, …).</summary>
    public DateTimeOffset? GoneAt { get; init; }

    public string? GoneReason { get; init; }

    /// <summary>When the site, once gone, was seen live again (the action is then <c>re-emerged</c>).</summary>
    public DateTimeOffset? ReEmergedAt { get; init; }

    /// <summary>When the follow-up stopped watching the gone site (<c>Enforcement:WatchGoneFor</c> after <see cref="GoneAt"/>) and closed the report.</summary>
    public DateTimeOffset? WatchEndedAt { get; init; }

    /// <summary>The states this action may move to next (empty once it is final).</summary>
    public IReadOnlyList<string> Allowed => TakedownStates.AllowedFrom(State);
}
