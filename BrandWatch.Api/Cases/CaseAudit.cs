namespace BrandWatch.Api.Cases;

/// <summary>The <c>case_audit</c> line every change of a case appends in its own transaction (filing, reopening, review transition).</summary>
internal static class CaseAudit
{
    /// <summary>The columns of an audit line, in the order every insert of one lists them.</summary>
    public const string Columns = "case_id, at, actor, actor_role, from_status, to_status, note, dismissal_reason, action_taken, version_seen";

    public const string Insert =
        "INSERT INTO case_audit (" + Columns + ") " +
        "VALUES (@CaseId, @At, @Actor, @ActorRole, @From, @To, @Note, @DismissalReason, @ActionTaken, @VersionSeen)";

    /// <summary>A line for a change that leaves the case's status as it was (new facts, a rescoring, a site check).</summary>
    public const string InsertKeepingStatus =
        "INSERT INTO case_audit (" + Columns + ") " +
        "VALUES (@CaseId, @At, @Actor, @ActorRole, @Status, @Status, @Note, NULL, NULL, @VersionSeen)";
}
