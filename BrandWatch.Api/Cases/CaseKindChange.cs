using System.Data.Common;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring;
using Dapper;

namespace BrandWatch.Api.Cases;

/// <summary>
/// Moves an open case about a domain to the kind its new verdict gives it (<see cref="CaseKinds"/>), when a filing or
/// a re-scoring reaches it, in that transaction. The caller writes the answered phrase into the case's audit trail.
/// </summary>
internal static class CaseKindChange
{
    private const string CountOpenWithKind =
        "SELECT COUNT(*) FROM cases WHERE mark_id = @MarkId AND subject = @Subject AND kind = @Kind AND status <> 'resolved' AND id <> @Id";

    private const string UpdateKind = "UPDATE cases SET kind = @Kind WHERE id = @Id";

    /// <summary>The kind a wire name stands for, or null for one this version does not know.</summary>
    public static SubjectKind? Parse(string kind)
    {
        foreach (var value in Enum.GetValues<SubjectKind>())
        {
            if (string.Equals(WireName.Kebab(value), kind, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// Applies the kind <paramref name="verdict"/> gives the case (<paramref name="filed"/>: the kind a filing sent, or
    /// null for a re-scoring) and answers the audit phrase ("kind domain → phishing: …"), or null when it stays.
    /// </summary>
    public static async Task<string?> ApplyAsync(DbConnection connection, DbTransaction transaction, CaseRow current, SubjectKind? filed, Verdict verdict)
    {
        if (Parse(current.Kind) is not { } kind)
        {
            return null;
        }

        var decision = CaseKinds.Decide(kind, filed ?? kind, RuleCaseRunner.Fired(verdict));
        if (decision.Kind == kind)
        {
            return null;
        }

        var next = WireName.Kebab(decision.Kind);
        // Another open case of that kind holds the subject already (filed that way before kinds could change): both stay.
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountOpenWithKind,
                new { current.MarkId, current.Subject, Kind = next, current.Id }, transaction)) > 0)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(UpdateKind, new { Kind = next, current.Id }, transaction));
        return $"kind {current.Kind} → {next}: {decision.Reason}";
    }
}
