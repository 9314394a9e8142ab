namespace BrandWatch.Api.Reviews;

/// <summary>One line of a case's audit log: who moved it from what to what, when, why, and which version they saw.</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    string ActorRole,
    string? From,
    string To,
    string? Note,
    string? DismissalReason,
    string? ActionTaken,
    long VersionSeen);
