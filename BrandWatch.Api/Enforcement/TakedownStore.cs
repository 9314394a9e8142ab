using BrandWatch.Api.Storage;
using Dapper;
using System.Data.Common;
using BrandWatch.Time;

namespace BrandWatch.Api.Enforcement;

/// <summary>Takedown actions in SQLite (table <c>takedown_actions</c>, migrations 0050, 0080, 0100, 0140).</summary>
internal sealed class TakedownStore(ApiDatabase database, WriteGate gate)
{
    internal const string Columns =
        "id AS Id, case_id AS CaseId, party AS Party, target AS Target, state AS State, sent_at AS SentAt, acknowledged_at AS AcknowledgedAt, " +
        "refused_at AS RefusedAt, resolved_at AS ResolvedAt, note AS Note, created_by AS CreatedBy, updated_by AS UpdatedBy, updated_at AS UpdatedAt, " +
        "answer_due_at AS AnswerDueAt, reminded_at AS RemindedAt, escalated_at AS EscalatedAt, checked_at AS CheckedAt, check_result AS CheckResult, " +
        "check_detail AS CheckDetail, gone_at AS GoneAt, gone_reason AS GoneReason, reemerged_at AS ReEmergedAt, " +
        "watch_ended_at AS WatchEndedAt";

    private const string SelectOwner = "SELECT owner FROM cases WHERE id = @CaseId";
    private const string SelectByCase = "SELECT " + Columns + " FROM takedown_actions WHERE case_id = @CaseId ORDER BY id";
    private const string SelectOne = "SELECT " + Columns + " FROM takedown_actions WHERE case_id = @CaseId AND id = @Id";

    private const string Insert =
        "INSERT INTO takedown_actions (case_id, party, target, state, sent_at, note, created_by, updated_by, updated_at, answer_due_at) " +
        "VALUES (@CaseId, @Party, @Target, 'sent', @SentAt, @Note, @By, @By, @Now, @DueAt) RETURNING id";

    // StoredTime.Format writes fixed-width UTC text, so the dates compare as strings.
    private const string SelectOverdue =
        "SELECT " + Columns + " FROM takedown_actions WHERE state = 'sent' AND answer_due_at <= @Now AND reminded_at IS NULL AND gone_at IS NULL ORDER BY answer_due_at, id LIMIT @Limit";

    private const string SelectToEscalate =
        "SELECT " + Columns + " FROM takedown_actions WHERE state = 'sent' AND reminded_at IS NOT NULL AND escalated_at IS NULL AND gone_at IS NULL AND reminded_at <= @Before ORDER BY reminded_at, id LIMIT @Limit";

    private const string MarkReminded = "UPDATE takedown_actions SET reminded_at = @Now WHERE id = @Id AND reminded_at IS NULL AND state = 'sent'";
    private const string MarkEscalated = "UPDATE takedown_actions SET escalated_at = @Now WHERE id = @Id AND escalated_at IS NULL AND state = 'sent'";
    private const string SelectCase = "SELECT " + Cases.CaseRow.Columns + " FROM cases c WHERE c.id = @Id";

    // The WHERE on the old state makes a concurrent second transition a no-op the caller sees as a conflict.
    private const string Advance =
        "UPDATE takedown_actions SET state = @To, " +
        "acknowledged_at = CASE WHEN @To = 'acknowledged' THEN @At ELSE acknowledged_at END, " +
        "refused_at = CASE WHEN @To = 'refused' THEN @At ELSE refused_at END, " +
        "resolved_at = CASE WHEN @To = 'resolved' THEN @At ELSE resolved_at END, " +
        "note = COALESCE(@Note, note), updated_by = @By, updated_at = @Now " +
        "WHERE case_id = @CaseId AND id = @Id AND state = @From";

    /// <summary>The owner of a case, or null when there is no such case.</summary>
    public async Task<string?> OwnerOfAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(SelectOwner, new { CaseId = caseId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<TakedownAction>> ListAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(SelectByCase, new { CaseId = caseId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAction()).ToList();
    }

    public async Task<TakedownAction> AddAsync(long caseId, string party, string? target, DateTimeOffset sentAt, DateTimeOffset? answerDueAt, string? note, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(Insert,
            new
            {
                CaseId = caseId, Party = party, Target = target, SentAt = StoredTime.Format(sentAt), Note = note, By = by, Now = StoredTime.Format(now),
                DueAt = answerDueAt is { } due ? StoredTime.Format(due) : null,
            }, cancellationToken: cancellationToken));
        return (await GetAsync(connection, caseId, id, cancellationToken))!;
    }

    public async Task<TakedownAction?> GetAsync(long caseId, long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, caseId, id, cancellationToken);
    }

    /// <summary>Moves an action from <paramref name="from"/> to <paramref name="to"/>; false when it was no longer in <paramref name="from"/>.</summary>
    public async Task<bool> AdvanceAsync(long caseId, long id, string from, string to, DateTimeOffset at, string? note, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Advance,
            new { CaseId = caseId, Id = id, From = from, To = to, At = StoredTime.Format(at), Note = note, By = by, Now = StoredTime.Format(now) }, cancellationToken: cancellationToken));
        return changed == 1;
    }

    /// <summary>
    /// Reminds once about every report whose answer date has passed unanswered, and escalates once every report still
    /// unanswered <paramref name="escalateAfter"/> after its reminder: each writes an alert event for the case and the
    /// date on the action in one transaction, so an alert exists exactly when the action says it was sent.
    /// </summary>
    public async Task<(int Reminded, int Escalated)> FollowUpAsync(DateTimeOffset now, TimeSpan escalateAfter, int limit, CancellationToken cancellationToken)
    {
        using var _ = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stamp = StoredTime.Format(now);
        var overdue = (await connection.QueryAsync<Row>(new CommandDefinition(SelectOverdue, new { Now = stamp, Limit = limit }, transaction, cancellationToken: cancellationToken))).Select(r => r.ToAction()).ToList();
        var escalate = (await connection.QueryAsync<Row>(new CommandDefinition(SelectToEscalate, new { Before = StoredTime.Format(now - escalateAfter), Limit = limit }, transaction, cancellationToken: cancellationToken))).Select(r => r.ToAction()).ToList();
        foreach (var (action, eventType, mark) in overdue.Select(a => (a, Cases.CaseEventTypes.TakedownOverdue, MarkReminded))
                     .Concat(escalate.Select(a => (a, Cases.CaseEventTypes.TakedownEscalated, MarkEscalated))))
        {
            var row = await connection.QuerySingleAsync<Cases.CaseRow>(new CommandDefinition(SelectCase, new { Id = action.CaseId }, transaction, cancellationToken: cancellationToken));
            var takedown = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = action.Id,
                ["party"] = action.Party,
                ["target"] = action.Target,
                ["sentAt"] = StoredTime.Format(action.SentAt),
                ["answerDueAt"] = action.AnswerDueAt is { } due ? StoredTime.Format(due) : null,
                ["link"] = $"/api/cases/{action.CaseId}/actions",
            };
            if (eventType == Cases.CaseEventTypes.TakedownEscalated)
            {
                takedown["escalation"] = TakedownStates.EscalationFor(action.Party);
            }

            await Cases.CaseEvents.InsertAsync(connection, transaction, row, eventType, stamp, new System.Text.Json.Nodes.JsonObject { ["takedown"] = takedown }, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(mark, new { Id = action.Id, Now = stamp }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return (overdue.Count, escalate.Count);
    }

    private static async Task<TakedownAction?> GetAsync(DbConnection connection, long caseId, long id, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectOne, new { CaseId = caseId, Id = id }, cancellationToken: cancellationToken)))?.ToAction();

    internal sealed class Row
    {
        public long Id { get; set; }
        public long CaseId { get; set; }
        public string Party { get; set; } = string.Empty;
        public string? Target { get; set; }
        public string State { get; set; } = string.Empty;
        public DateTimeOffset SentAt { get; set; }
        public DateTimeOffset? AcknowledgedAt { get; set; }
        public DateTimeOffset? RefusedAt { get; set; }
        public DateTimeOffset? ResolvedAt { get; set; }
        public string? Note { get; set; }
        public string CreatedBy { get; set; } = string.Empty;
        public string UpdatedBy { get; set; } = string.Empty;
        public DateTimeOffset UpdatedAt { get; set; }
        public DateTimeOffset? AnswerDueAt { get; set; }
        public DateTimeOffset? RemindedAt { get; set; }
        public DateTimeOffset? EscalatedAt { get; set; }
        public DateTimeOffset? CheckedAt { get; set; }
        public string? CheckResult { get; set; }
        public string? CheckDetail { get; set; }
        public DateTimeOffset? GoneAt { get; set; }
        public string? GoneReason { get; set; }
        public DateTimeOffset? ReEmergedAt { get; set; }
        public DateTimeOffset? WatchEndedAt { get; set; }

        public TakedownAction ToAction() => new()
        {
            Id = Id, CaseId = CaseId, Party = Party, Target = Target, State = State,
            SentAt = SentAt, AcknowledgedAt = AcknowledgedAt, RefusedAt = RefusedAt, ResolvedAt = ResolvedAt,
            Note = Note, CreatedBy = CreatedBy, UpdatedBy = UpdatedBy, UpdatedAt = UpdatedAt,
            AnswerDueAt = AnswerDueAt, RemindedAt = RemindedAt, EscalatedAt = EscalatedAt,
            CheckedAt = CheckedAt, CheckResult = CheckResult, CheckDetail = CheckDetail,
            GoneAt = GoneAt, GoneReason = GoneReason, ReEmergedAt = ReEmergedAt,
            WatchEndedAt = WatchEndedAt,
        };
    }
}
