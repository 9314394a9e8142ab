using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The site side of takedown tracking: which cases the Worker should look at again, and what it saw. A look that finds
/// the site gone dates it on every report under way; a look that finds a gone site live again moves those reports to
/// <c>re-emerged</c>. Each change writes its alert event (<c>takedown-gone</c>, <c>takedown-reemerged</c>) and an audit
/// line in the same transaction as the reports, so an alert exists exactly when the reports say so.
/// </summary>
internal sealed class SiteCheckStore(ApiDatabase database, WriteGate gate)
{
    /// <summary>How many page addresses of the latest filing a watch carries.</summary>
    public const int MaxUrls = 5;

    // A case is due when one of its watched reports was never looked at or was looked at before @Before.
    private const string SelectDue =
        "SELECT c.id AS CaseId, c.mark_id AS Mark, c.subject AS Subject, c.kind AS Kind, c.domain AS Domain, " +
        "MAX(CASE WHEN t.gone_at IS NULL THEN 0 ELSE 1 END) AS Gone, MIN(t.checked_at) AS CheckedAt, " +
        "MIN(CASE WHEN t.checked_at IS NULL THEN 0 ELSE 1 END) AS AnyChecked " +
        "FROM takedown_actions t JOIN cases c ON c.id = t.case_id " +
        "WHERE t.state IN ('sent', 'acknowledged', 'resolved') AND t.watch_ended_at IS NULL " +
        "GROUP BY c.id, c.mark_id, c.subject, c.kind, c.domain " +
        "HAVING MIN(CASE WHEN t.checked_at IS NULL THEN 0 ELSE 1 END) = 0 OR MIN(t.checked_at) <= @Before " +
        "ORDER BY MIN(CASE WHEN t.checked_at IS NULL THEN 0 ELSE 1 END), MIN(t.checked_at), c.id LIMIT @Limit";

    private const string SelectLatestFiling = "SELECT body FROM case_filings WHERE case_id = @Id ORDER BY id DESC LIMIT 1";

    private const string SelectCase = "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.id = @Id";

    private const string SelectWatched =
        "SELECT " + TakedownStore.Columns + " FROM takedown_actions WHERE case_id = @CaseId AND state IN ('sent', 'acknowledged', 'resolved') AND watch_ended_at IS NULL ORDER BY id";

    // Reports whose site has been gone since before @Before: the watch ends and they are closed as done.
    private const string SelectLongGone =
        "SELECT " + TakedownStore.Columns + " FROM takedown_actions WHERE state IN ('sent', 'acknowledged', 'resolved') AND watch_ended_at IS NULL " +
        "AND gone_at IS NOT NULL AND gone_at <= @Before ORDER BY case_id, id LIMIT @Limit";

    private const string UpdateWatchEnded =
        "UPDATE takedown_actions SET watch_ended_at = @Now, state = 'resolved', resolved_at = COALESCE(resolved_at, @Now), updated_by = @By, updated_at = @Now " +
        "WHERE id = @Id AND watch_ended_at IS NULL";

    /// <summary>The actor the audit names when the follow-up itself closes a report.</summary>
    public const string FollowUpActor = "takedown-follow-up";

    private const string UpdateCheck =
        "UPDATE takedown_actions SET checked_at = @At, check_result = @Result, check_detail = @Detail WHERE id = @Id";

    private const string UpdateGone =
        "UPDATE takedown_actions SET gone_at = @At, gone_reason = @Result WHERE id = @Id AND gone_at IS NULL";

    private const string UpdateReEmerged =
        "UPDATE takedown_actions SET state = 're-emerged', reemerged_at = @At, updated_by = @By, updated_at = @Now " +
        "WHERE id = @Id AND gone_at IS NOT NULL AND state IN ('sent', 'acknowledged', 'resolved')";

    /// <summary>The cases to look at: a watched report never looked at first, then the oldest look before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<TakedownWatch>> DueAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DueRow>(new CommandDefinition(SelectDue, new { Before = StoredTime.Format(before), Limit = limit }, cancellationToken: cancellationToken))).ToList();
        var watches = new List<TakedownWatch>(rows.Count);
        foreach (var row in rows)
        {
            var body = await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(SelectLatestFiling, new { Id = row.CaseId }, cancellationToken: cancellationToken));
            var (urls, misuse) = Pages(body, row.Mark);
            watches.Add(new TakedownWatch
            {
                CaseId = row.CaseId,
                Mark = row.Mark,
                Subject = row.Subject,
                Kind = KindOf(row.Kind),
                Domain = row.Domain,
                Urls = urls,
                ShowedMisuse = misuse,
                Gone = row.Gone == 1,
                CheckedAt = row.AnyChecked == 1 ? row.CheckedAt : null,
            });
        }

        return watches;
    }

    /// <summary>
    /// Records a look at the case's site on every watched report; null when the case has none (nothing to follow up).
    /// Returns the reports as they now stand.
    /// </summary>
    public async Task<IReadOnlyList<TakedownAction>?> RecordAsync(long caseId, SiteCheck check, string actor, string actorRole, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CommandDefinition Command(string sql, object? parameters) => new(sql, parameters, transaction, cancellationToken: cancellationToken);

        // Locked on PostgreSQL until commit, so that two Workers' looks at one case are applied one after the other.
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(SelectCase + database.Dialect.ForUpdate, new { Id = caseId }));
        var watched = row is null ? [] : (await connection.QueryAsync<TakedownStore.Row>(Command(SelectWatched, new { CaseId = caseId }))).Select(r => r.ToAction()).ToList();
        if (row is null || watched.Count == 0)
        {
            return null;
        }

        var at = StoredTime.Format(check.CheckedAt);
        var stamp = StoredTime.Format(now);
        var result = WireName.Kebab(check.Result);
        foreach (var action in watched)
        {
            await connection.ExecuteAsync(Command(UpdateCheck, new { Id = action.Id, At = at, Result = result, check.Detail }));
        }

        var gone = SiteCheck.IsGone(check.Result);
        var changed = gone
            ? watched.Where(a => a.GoneAt is null).ToList()
            : check.Result == SiteCheckResult.Live ? watched.Where(a => a.GoneAt is not null).ToList() : [];
        if (changed.Count > 0)
        {
            foreach (var action in changed)
            {
                await connection.ExecuteAsync(Command(gone ? UpdateGone : UpdateReEmerged, new { Id = action.Id, At = at, Result = result, By = actor, Now = stamp }));
            }

            // The first report of the case to see the site gone alerts; further reports recorded later are dated silently.
            var alert = !gone || watched.All(a => a.GoneAt is null);
            var ids = string.Join(", ", changed.Select(a => $"{a.Id} ({a.Party})"));
            var note = gone
                ? $"Takedown follow-up: the site is gone ({result}{(check.Detail is null ? string.Empty : ": " + check.Detail)}); reports {ids}"
                : $"Takedown follow-up: the site is back after it was gone ({check.Detail ?? "live"}); reports {ids} re-emerged";
            await connection.ExecuteAsync(Command(CaseAudit.InsertKeepingStatus, new { CaseId = caseId, At = stamp, Actor = actor, ActorRole = actorRole, row.Status, Note = note, VersionSeen = row.Version }));
            if (alert)
            {
                var takedown = new JsonObject
                {
                    ["result"] = result,
                    ["detail"] = check.Detail,
                    ["checkedAt"] = at,
                    ["actions"] = new JsonArray(changed.Select(a => (JsonNode)new JsonObject { ["id"] = a.Id, ["party"] = a.Party, ["target"] = a.Target, ["state"] = gone ? a.State : TakedownStates.ReEmerged }).ToArray()),
                    ["link"] = $"/api/cases/{caseId}/actions",
                };
                await CaseEvents.InsertAsync(connection, transaction, row, gone ? CaseEventTypes.TakedownGone : CaseEventTypes.TakedownReEmerged, stamp,
                    new JsonObject { ["takedown"] = takedown }, cancellationToken);
            }
        }

        var actions = (await connection.QueryAsync<TakedownStore.Row>(Command("SELECT " + TakedownStore.Columns + " FROM takedown_actions WHERE case_id = @CaseId ORDER BY id", new { CaseId = caseId })))
            .Select(r => r.ToAction()).ToList();
        await transaction.CommitAsync(cancellationToken);
        return actions;
    }

    /// <summary>
    /// Ends the watch of every report whose site was first seen gone at or before <c>now - goneFor</c> and is still gone:
    /// the report is closed as done (<c>resolved</c>, keeping an earlier resolution date) with <c>watch_ended_at</c>, and
    /// each case gets one audit line naming its reports. Returns how many reports were closed.
    /// </summary>
    public async Task<int> EndWatchAsync(DateTimeOffset now, TimeSpan goneFor, int limit, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CommandDefinition Command(string sql, object? parameters) => new(sql, parameters, transaction, cancellationToken: cancellationToken);
        var stamp = StoredTime.Format(now);
        var due = (await connection.QueryAsync<TakedownStore.Row>(Command(SelectLongGone, new { Before = StoredTime.Format(now - goneFor), Limit = limit }))).Select(r => r.ToAction()).ToList();
        foreach (var group in due.GroupBy(a => a.CaseId))
        {
            var row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { Id = group.Key }));
            foreach (var action in group)
            {
                await connection.ExecuteAsync(Command(UpdateWatchEnded, new { action.Id, Now = stamp, By = FollowUpActor }));
            }

            var first = group.Min(a => a.GoneAt!.Value); // selected with gone_at IS NOT NULL
            var days = (int)Math.Floor(goneFor.TotalDays);
            var note = $"Takedown follow-up: the site has stayed gone since {StoredTime.Format(first)} ({group.First().GoneReason}); watched {days} days, " +
                $"reports {string.Join(", ", group.Select(a => $"{a.Id} ({a.Party})"))} closed as done";
            await connection.ExecuteAsync(Command(CaseAudit.InsertKeepingStatus, new { CaseId = group.Key, At = stamp, Actor = FollowUpActor, ActorRole = "system", row.Status, Note = note, VersionSeen = row.Version }));
        }

        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// The addresses of the pages the latest filing fetched, those that showed the misuse first, at most
    /// <see cref="MaxUrls"/>; and whether any showed it.
    /// </summary>
    private static (List<string> Urls, bool Misuse) Pages(byte[]? body, string mark)
    {
        if (body is null)
        {
            return ([], false);
        }

        try
        {
            var pages = JsonSerializer.Deserialize<CaseFiling>(body, ContractJson.Options)?.Evidence.Pages ?? [];
            var showing = pages.Where(p => p.Findings.Any(f => SiteCheck.ShowsMisuse(f, mark))).ToList();
            var urls = showing.Concat(pages).Select(p => p.Url).Where(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal).Take(MaxUrls).ToList();
            return (urls, showing.Count > 0);
        }
        catch (JsonException)
        {
            // An unreadable filing leaves the Worker with the subject itself, which is always looked at.
            return ([], false);
        }
    }

    private static SubjectKind KindOf(string text) =>
        Enum.GetValues<SubjectKind>().FirstOrDefault(k => string.Equals(WireName.Kebab(k), text, StringComparison.Ordinal));

    private sealed class DueRow
    {
        public long CaseId { get; set; }
        public string Mark { get; set; } = string.Empty;
        public string Subject { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public string Domain { get; set; } = string.Empty;
        public long Gone { get; set; }
        public DateTimeOffset? CheckedAt { get; set; }
        public long AnyChecked { get; set; }
    }
}
