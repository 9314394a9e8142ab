using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Reviews.Transitions;

/// <summary>
/// Moves a case through the review state machine in one transaction on the shared write connection, with its audit
/// line and its case_events outbox row. A transition changes the row only at the version the caller saw (the row is
/// locked first on PostgreSQL, where several Api instances may share the database).
/// </summary>
internal sealed class TransitionStore(ApiDatabase database, CaseWriteConnection writer, TimeProvider time, ILogger<TransitionStore> logger, Alerts.AlertSignal? alerts = null)
{
    private const string UpdateFromReview =
        "UPDATE cases SET status = @To, version = version + 1, updated_at = @Now, " +
        "reviewed_priority = CASE WHEN @Decided = 1 THEN priority ELSE reviewed_priority END, " +
        "dismissal_reason = CASE WHEN @To = 'dismissed' THEN @Reason WHEN @To = 'in_review' THEN NULL ELSE dismissal_reason END, " +
        "action_taken = COALESCE(@ActionTaken, action_taken) WHERE id = @Id AND version = @Version";

    // Selects of a row about to change: FOR UPDATE on PostgreSQL (SQLite's single writer needs nothing).
    private readonly string _selectCaseForUpdate = CaseRow.SelectById + database.Dialect.ForUpdate;

    /// <summary>Moves a case through the review state machine; appends the audit line and the outbox event in the same transaction.</summary>
    public async Task<TransitionOutcome> TransitionAsync(long id, ReviewRequest request, long expectedVersion, Caller caller, CancellationToken cancellationToken)
    {
        using var turn = await writer.EnterAsync(cancellationToken);
        var connection = turn.Connection;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CommandDefinition Command(string sql, object? parameters = null) => new(sql, parameters, transaction, cancellationToken: cancellationToken);

        var current = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(_selectCaseForUpdate, new { Id = id }));
        if (current is null || !caller.CanSee(current.Owner))
        {
            return new TransitionOutcome(TransitionResult.NotFound, null);
        }

        if (current.Version != expectedVersion)
        {
            return new TransitionOutcome(TransitionResult.VersionMismatch, current);
        }

        if (!CaseStatus.CanMove(current.Status, request.To))
        {
            return new TransitionOutcome(TransitionResult.Illegal, current);
        }

        var now = StoredTime.Format(time.GetUtcNow());
        var decided = CaseStatus.Decided.Contains(request.To, StringComparer.Ordinal);
        if (await connection.ExecuteAsync(Command(UpdateFromReview, new
        {
            request.To, Now = now, Decided = decided ? 1 : 0, request.Reason, ActionTaken = request.Action, Id = id, current.Version,
        })) == 0)
        {
            // Changed since it was read (the lock above makes this a backstop): the caller must re-read, as with a stale If-Match.
            return new TransitionOutcome(TransitionResult.VersionMismatch, await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(CaseRow.SelectById, new { Id = id })));
        }
        await connection.ExecuteAsync(Command(CaseAudit.Insert, new
        {
            CaseId = id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = current.Status, request.To, request.Note,
            DismissalReason = request.Reason, ActionTaken = request.Action, VersionSeen = expectedVersion,
        }));
        var row = await connection.QuerySingleAsync<CaseRow>(Command(CaseRow.SelectById, new { Id = id }));
        var eventType = request.To switch
        {
            CaseStatus.Actioned => CaseEventTypes.Actioned,
            CaseStatus.Resolved => CaseEventTypes.Resolved,
            _ => CaseEventTypes.Reviewed,
        };
        await CaseEvents.InsertAsync(connection, transaction, row, eventType, now, new JsonObject
        {
            ["transition"] = new JsonObject
            {
                ["from"] = current.Status,
                ["to"] = request.To,
                ["note"] = request.Note,
                ["reason"] = request.Reason,
                ["action"] = request.Action,
                ["actor"] = caller.KeyId,
                ["actorRole"] = caller.Role,
            },
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        alerts?.Notify();
        Log.CaseTransition(logger, id, current.Status, request.To, caller.KeyId);
        return new TransitionOutcome(TransitionResult.Done, row);
    }
}
