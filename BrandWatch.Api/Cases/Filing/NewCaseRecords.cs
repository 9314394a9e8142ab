using System.Data.Common;
using Dapper;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// What every case a writer transaction started together (<see cref="NewCases"/>) gets on PostgreSQL, written for all of
/// them at once: the filing row, the audit line and the read of the case in one round trip, then the outbox rows (the
/// same <c>case-filed</c> and <c>reappeared</c> events, with the same payloads, that <see cref="FilingStore"/> writes for
/// a case it opens alone) in another. The cases' outbox rows therefore precede, in the transaction, the rows of any other
/// change it makes; each case's own events keep their order.
/// </summary>
internal static class NewCaseRecords
{
    /// <summary>The filing row and the case as read after it, for one started case.</summary>
    public sealed record Written(long FilingId, CaseRow Row);

    private const string InsertFilings =
        "INSERT INTO case_filings (" + FilingStore.FilingColumns + ") " +
        "SELECT u.case_id, @Now, u.observed_at, u.filed_by, u.priority, u.sha256, u.body " +
        "FROM unnest(@CaseIds, @ObservedAts, @FiledBys, @Priorities, @Shas, @Bodies) WITH ORDINALITY AS u(case_id, observed_at, filed_by, priority, sha256, body, i) " +
        "ORDER BY u.i RETURNING case_id AS CaseId, id AS Id";

    private const string InsertAudits =
        "INSERT INTO case_audit (" + CaseAudit.Columns + ") " +
        "SELECT u.case_id, @Now, u.actor, u.actor_role, NULL, @To, u.note, NULL, NULL, 0 " +
        "FROM unnest(@CaseIds, @Actors, @ActorRoles, @Notes) WITH ORDINALITY AS u(case_id, actor, actor_role, note, i) ORDER BY u.i";

    private const string SelectCases = "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.id = ANY(@CaseIds)";

    /// <summary>
    /// Writes the records of the started cases (in <paramref name="started"/>'s order) and answers, per case id, its
    /// filing id and its row.
    /// </summary>
    public static async Task<Dictionary<long, Written>> WriteAsync(DbConnection connection, DbTransaction transaction, string now,
        IReadOnlyList<(PendingFiling Pending, string ObservedAt, FilingStore.InsertedCase Inserted, FilingStore.Predecessor? Predecessor)> started)
    {
        var caseIds = started.Select(s => s.Inserted.Id).ToArray();
        var filingIds = new Dictionary<long, long>(started.Count);
        var rows = new Dictionary<long, CaseRow>(started.Count);
        using (var results = await connection.QueryMultipleAsync(new CommandDefinition(InsertFilings + "; " + InsertAudits + "; " + SelectCases, new
        {
            Now = now,
            CaseIds = caseIds,
            ObservedAts = started.Select(s => s.ObservedAt).ToArray(),
            FiledBys = started.Select(s => s.Pending.Caller.KeyId).ToArray(),
            Priorities = started.Select(s => (long)s.Pending.Filing.Verdict.Priority).ToArray(),
            Shas = started.Select(s => s.Pending.RequestSha256).ToArray(),
            Bodies = started.Select(s => s.Pending.Raw).ToArray(),
            Actors = started.Select(s => s.Pending.Caller.KeyId).ToArray(),
            ActorRoles = started.Select(s => s.Pending.Caller.Role).ToArray(),
            Notes = started.Select(s => FilingStore.OpeningNote(s.Predecessor)).ToArray(),
            To = CaseStatus.New,
        }, transaction)))
        {
            foreach (var filing in await results.ReadAsync<(long CaseId, long Id)>())
            {
                filingIds[filing.CaseId] = filing.Id;
            }

            foreach (var row in await results.ReadAsync<CaseRow>())
            {
                rows[row.Id] = row;
            }
        }

        var events = new List<(CaseRow Row, string EventType, System.Text.Json.Nodes.JsonObject? Extra)>(started.Count);
        foreach (var (_, _, inserted, predecessor) in started)
        {
            foreach (var (type, extra) in FilingStore.OpeningEvents(rows[inserted.Id], inserted.Earlier > 0, predecessor))
            {
                events.Add((rows[inserted.Id], type, extra));
            }
        }

        await CaseEvents.InsertAllAsync(connection, transaction, events, now);
        return caseIds.ToDictionary(id => id, id => new Written(filingIds[id], rows[id]));
    }
}
