using System.Data;
using System.Text.Json.Nodes;
using BrandWatch.Api.Http;
using Dapper;

namespace BrandWatch.Api.Cases;

/// <summary>
/// Writes the transactional outbox: one case_events row per case change, always on the connection and transaction
/// of the change itself, so that an alert exists exactly when the change does.
/// </summary>
internal static class CaseEvents
{
    private const string Insert =
        "INSERT INTO case_events (case_id, owner, mark_id, event_type, kind, subject, priority, outcome, action, payload, created_at) " +
        "VALUES (@CaseId, @Owner, @MarkId, @EventType, @Kind, @Subject, @Priority, @Outcome, @Action, @Payload, @CreatedAt)";

    // PostgreSQL only: the outbox rows of many changes, in the order given.
    private const string InsertAll =
        "INSERT INTO case_events (case_id, owner, mark_id, event_type, kind, subject, priority, outcome, action, payload, created_at) " +
        "SELECT u.case_id, u.owner, u.mark_id, u.event_type, u.kind, u.subject, u.priority, u.outcome, u.action, u.payload, @CreatedAt " +
        "FROM unnest(@CaseIds, @Owners, @MarkIds, @EventTypes, @Kinds, @Subjects, @Priorities, @Outcomes, @Actions, @Payloads) " +
        "WITH ORDINALITY AS u(case_id, owner, mark_id, event_type, kind, subject, priority, outcome, action, payload, i) ORDER BY u.i";

    public static Task InsertAsync(IDbConnection connection, IDbTransaction transaction, CaseRow row, string eventType, string now, JsonObject? extra, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            CaseId = row.Id,
            row.Owner,
            row.MarkId,
            EventType = eventType,
            row.Kind,
            row.Subject,
            row.Priority,
            row.Outcome,
            row.Action,
            Payload = Payload(row, eventType, now, extra),
            CreatedAt = now,
        }, transaction, cancellationToken: cancellationToken));

    /// <summary>Writes the outbox rows of several changes in one statement (PostgreSQL), in the order given; nothing when there are none.</summary>
    public static Task InsertAllAsync(IDbConnection connection, IDbTransaction transaction, IReadOnlyList<(CaseRow Row, string EventType, JsonObject? Extra)> events, string now) =>
        events.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(InsertAll, new
            {
                CaseIds = events.Select(e => e.Row.Id).ToArray(),
                Owners = events.Select(e => e.Row.Owner).ToArray(),
                MarkIds = events.Select(e => e.Row.MarkId).ToArray(),
                EventTypes = events.Select(e => e.EventType).ToArray(),
                Kinds = events.Select(e => e.Row.Kind).ToArray(),
                Subjects = events.Select(e => e.Row.Subject).ToArray(),
                Priorities = events.Select(e => e.Row.Priority).ToArray(),
                Outcomes = events.Select(e => e.Row.Outcome).ToArray(),
                Actions = events.Select(e => e.Row.Action).ToArray(),
                Payloads = events.Select(e => Payload(e.Row, e.EventType, now, e.Extra)).ToArray(),
                CreatedAt = now,
            }, transaction));

    private static string Payload(CaseRow row, string eventType, string now, JsonObject? extra)
    {
        var payload = new JsonObject
        {
            ["event"] = eventType,
            ["caseId"] = row.Id,
            ["mark"] = row.MarkId,
            ["owner"] = row.Owner,
            ["subject"] = row.Subject,
            ["kind"] = row.Kind,
            ["source"] = row.Source, // which watch found it: subscriptions filter on it (issue 22)
            ["domain"] = row.Domain,
            ["status"] = row.Status,
            ["priority"] = row.Priority,
            ["reviewedPriority"] = row.ReviewedPriority,
            ["outcome"] = row.Outcome,
            ["recommendedAction"] = row.Action,
            ["actionReason"] = row.ActionReason,
            ["overall"] = row.Overall,
            ["elements"] = new JsonObject { ["act"] = row.Act, ["damage"] = row.Damage, ["causation"] = row.Causation, ["fault"] = row.Fault },
            ["ruleVersion"] = row.RuleVersion,
            ["version"] = row.Version,
            ["filings"] = row.Filings,
            ["firstSeenAt"] = row.FirstSeenAt, // subscriptions for new names only compare it with their start
            ["link"] = $"/cases/{row.Id}",
            ["apiLink"] = $"/api/cases/{row.Id}",
            ["at"] = now,
        };
        foreach (var (key, value) in extra ?? [])
        {
            payload[key] = value?.DeepClone();
        }

        return payload.ToJsonString(ApiJson.Output);
    }
}
