namespace BrandWatch.Api.Cases;

/// <summary>The <c>case_audit</c> line every change of a case appends in its own transaction (filing, reopening, review transition).</summary>
internal static class CaseAudit
{
    public const string Insert =
        "INSERT INTO case_audit (case_id, at, actor, actor_role, from_status, to_status, note, dismissal_reason, action_taken, version_seen) " +
        "VALUES (@CaseId, @At, @Actor, @ActorRole, @From, @To, @Note, @DismissalReason, @ActionTaken, @VersionSeen)";
}
