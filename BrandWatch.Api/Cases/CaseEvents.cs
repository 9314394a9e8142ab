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

    public static Task InsertAsync(IDbConnection connection, IDbTransaction transaction, CaseRow row, string eventType, string now, JsonObject? extra, CancellationToken cancellationToken)
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

        return connection.ExecuteAsync(new CommandDefinition(Insert, new
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
            Payload = payload.ToJsonString(ApiJson.Output),
            CreatedAt = now,
        }, transaction, cancellationToken: cancellationToken));
    }
}
