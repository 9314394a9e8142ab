using System.Text.Json.Nodes;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Cases;

/// <summary>
/// When a re-scoring (reviewer facts, a campaign) makes a case more urgent, it alerts as a filing does: the priority
/// went up, or the recommended action went from one that asks nothing of anyone (no action, monitor, do not file,
/// fair use) to one that does (a takedown, a transfer, a letter, a court).
/// </summary>
internal static class PriorityRaise
{
    private static readonly HashSet<string> Passive =
    [
        WireName.Kebab(RecommendedAction.NoAction), WireName.Kebab(RecommendedAction.Monitor),
        WireName.Kebab(RecommendedAction.DoNotFile), WireName.Kebab(RecommendedAction.NoActionFairUse),
    ];

    public static bool Raised(CaseRow before, Verdict after) =>
        after.Priority > before.Priority || (Passive.Contains(before.Action) && !Passive.Contains(WireName.Kebab(after.Action)));

    /// <summary>Writes <c>priority-raised</c> for <paramref name="after"/> (the case as now stored) when the re-scoring raised it.</summary>
    public static async Task WriteIfRaisedAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction transaction, CaseRow before, Verdict verdict,
        CaseRow after, string cause, string note, string now, CancellationToken cancellationToken)
    {
        if (!Raised(before, verdict))
        {
            return;
        }

        await CaseEvents.InsertAsync(connection, transaction, after, CaseEventTypes.PriorityRaised, now, new JsonObject
        {
            ["previousPriority"] = before.Priority,
            ["previousAction"] = before.Action,
            ["previousStatus"] = before.Status,
            ["reopened"] = false,
            ["rescoredBy"] = cause,
            ["rescoring"] = note,
        }, cancellationToken);
    }
}
