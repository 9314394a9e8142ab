using System.Text;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Reviews;
using BrandWatch.Api.Storage;
using Dapper;
using System.Data.Common;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases.Queries;

/// <summary>
/// The read side of the cases: one case, its history and filings in one snapshot, the evidence package's stream, and
/// the filtered list and counts. Each read opens its own connection, apart from the shared write connection that
/// filings and transitions use; every read answers only what the caller may see.
/// </summary>
internal sealed class CaseQueries(ApiDatabase database)
{
    private const string FilingColumns =
        "id AS Id, filed_at AS FiledAt, observed_at AS ObservedAt, filed_by AS FiledBy, priority AS Priority, sha256 AS Sha256, body AS Body";

    // The newest filings, oldest first: a case re-checked daily for years must not answer with every filing at once.
    private const string SelectLatestFilings =
        "SELECT * FROM (SELECT " + FilingColumns + " FROM case_filings WHERE case_id = @Id ORDER BY id DESC LIMIT @Take) AS latest ORDER BY Id";

    private const string SelectFilingsAfter =
        "SELECT " + FilingColumns + " FROM case_filings WHERE case_id = @Id AND id > @After ORDER BY id LIMIT @Take";

    private const string CountFilings = "SELECT COUNT(*) FROM case_filings WHERE case_id = @Id";

    /// <summary>How many filings a case's detail carries (the newest); the rest are paged from <c>/filings</c>.</summary>
    public const int DetailFilings = 50;

    private const string SelectAudit =
        "SELECT id AS Id, at AS At, actor AS Actor, actor_role AS ActorRole, from_status AS FromStatus, to_status AS ToStatus, note AS Note, " +
        "dismissal_reason AS DismissalReason, action_taken AS ActionTaken, version_seen AS VersionSeen FROM case_audit WHERE case_id = @Id ORDER BY id";

    private const string ListSelect = "SELECT " + CaseRow.Columns + " FROM cases c WHERE 1 = 1";
    private const string CountSelect = "SELECT c.status AS Status, COUNT(*) AS Count FROM cases c WHERE 1 = 1";
    private const string ByCallerOwners = " AND c.owner IN @CallerOwners";
    private const string ByStatuses = " AND c.status IN @Statuses";
    private const string ByMark = " AND c.mark_id = @Mark";
    private const string ByOwner = " AND c.owner = @Owner";
    private const string ByOutcome = " AND c.outcome = @Outcome";
    private const string ByAction = " AND c.action = @Action";
    private const string ByKind = " AND c.kind = @Kind";
    // A case matches a source that filed it first or saw its name since (every sighting is kept, issue 15).
    private const string BySource =
        " AND (c.source = @Source OR EXISTS (SELECT 1 FROM case_sightings s WHERE s.mark_id = c.mark_id AND s.domain = c.domain AND s.source = @Source))";
    private const string ByFirstSeenSince = " AND c.first_seen_at >= @FirstSeenSince";
    private const string ByMinPriority = " AND c.priority >= @MinPriority";
    private const string ByMaxPriority = " AND c.priority <= @MaxPriority";
    private const string ByFiledSince = " AND c.filed_at >= @FiledSince";
    internal const string AfterCursor = " AND (c.priority < @AfterPriority OR (c.priority = @AfterPriority AND c.id < @AfterId))";
    private const string ListOrder = " ORDER BY c.priority DESC, c.id DESC LIMIT @Take";
    private const string CountGroup = " GROUP BY c.status";
    private const string CountFromTotals = "SELECT c.status AS Status, CAST(SUM(c.n) AS BIGINT) AS Count FROM case_counts c WHERE 1 = 1";

    private readonly string _countFromTotals = database.Dialect.Totals(CountFromTotals);

    /// <summary>The case if it exists and the caller may see it; otherwise null (the caller cannot tell which).</summary>
    public async Task<CaseRow?> GetAsync(long id, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(CaseRow.SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return row is not null && caller.CanSee(row.Owner) ? row : null;
    }

    /// <summary>A case in one snapshot with its newest <paramref name="latestFilings"/> filings (oldest of those first).</summary>
    public async Task<CaseHistory?> GetHistoryAsync(long id, Caller caller, CancellationToken cancellationToken, int latestFilings = DetailFilings)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A snapshot the reads below share (BEGIN DEFERRED on SQLite does no I/O; repeatable read on PostgreSQL).
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        CommandDefinition Command(string sql) => new(sql, new { Id = id, Take = latestFilings }, transaction, cancellationToken: cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(CaseRow.SelectById));
        if (row is null || !caller.CanSee(row.Owner))
        {
            return null;
        }

        var verdict = await connection.ExecuteScalarAsync<string>(Command(CaseRow.SelectVerdictById)) ?? "{}";
        var filings = (await connection.QueryAsync<FilingRow>(Command(SelectLatestFilings))).AsList();
        var total = filings.Count < latestFilings ? filings.Count : await connection.ExecuteScalarAsync<int>(Command(CountFilings));
        var audit = await connection.QueryAsync<AuditRow>(Command(SelectAudit));
        using var document = JsonDocument.Parse(verdict);
        return new CaseHistory(
            row,
            document.RootElement.Clone(),
            filings.Select(f => f.ToItem()).ToArray(),
            filings.Select(f => f.Body).ToArray(),
            audit.Select(a => a.ToEntry()).ToArray(),
            total);
    }

    /// <summary>One page of a case's filings, oldest first, after filing id <paramref name="after"/>; null when the case is not visible.</summary>
    public async Task<IReadOnlyList<EvidenceItem>?> ListFilingsAsync(long id, long after, int take, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(CaseRow.SelectById, new { Id = id }, cancellationToken: cancellationToken));
        if (row is null || !caller.CanSee(row.Owner))
        {
            return null;
        }

        var filings = await connection.QueryAsync<FilingRow>(new CommandDefinition(SelectFilingsAfter, new { Id = id, After = after, Take = take }, cancellationToken: cancellationToken));
        return filings.Select(f => f.ToItem()).ToArray();
    }

    /// <summary>
    /// Reads a case for its evidence package in one snapshot and hands <paramref name="write"/> the case (without
    /// filings) and every filing one at a time, so a case with thousands of filings is never held in memory whole.
    /// </summary>
    public async Task<bool> ReadPackageAsync(long id, Caller caller, Func<CaseHistory, IAsyncEnumerable<(EvidenceItem Item, byte[] Body)>, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(CaseRow.SelectById, new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (row is null || !caller.CanSee(row.Owner))
        {
            return false;
        }

        var verdict = await connection.ExecuteScalarAsync<string>(new CommandDefinition(CaseRow.SelectVerdictById, new { Id = id }, transaction, cancellationToken: cancellationToken)) ?? "{}";
        var audit = await connection.QueryAsync<AuditRow>(new CommandDefinition(SelectAudit, new { Id = id }, transaction, cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountFilings, new { Id = id }, transaction, cancellationToken: cancellationToken));
        using var document = JsonDocument.Parse(verdict);
        var history = new CaseHistory(row, document.RootElement.Clone(), [], [], audit.Select(a => a.ToEntry()).ToArray(), total);
        await write(history, StreamFilingsAsync(connection, transaction, id, cancellationToken));
        return true;
    }

    private static async IAsyncEnumerable<(EvidenceItem Item, byte[] Body)> StreamFilingsAsync(DbConnection connection, DbTransaction transaction, long id,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages of 16 keep one reader open for a short while and never more than 16 bodies in memory.
        var after = 0L;
        while (true)
        {
            var page = (await connection.QueryAsync<FilingRow>(new CommandDefinition(SelectFilingsAfter, new { Id = id, After = after, Take = 16 }, transaction, cancellationToken: cancellationToken))).AsList();
            foreach (var filing in page)
            {
                yield return (filing.ToItem(), filing.Body);
                after = filing.Id;
            }

            if (page.Count < 16)
            {
                yield break;
            }
        }
    }

    public async Task<IReadOnlyList<CaseRow>> ListAsync(CaseQuery query, Caller caller, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(ListSelect);
        var parameters = Filters(sql, query, caller, database.Dialect);
        if (query.After is { } after)
        {
            sql.Append(AfterCursor);
            parameters.Add("AfterPriority", after.Priority);
            parameters.Add("AfterId", after.Id);
        }

        sql.Append(ListOrder);
        parameters.Add("Take", query.Limit + 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CaseRow>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<CaseCounts> CountAsync(CaseQuery query, Caller caller, CancellationToken cancellationToken)
    {
        // Counts by owner alone come from the trigger-kept totals; any other filter counts the matching cases.
        var byOwnerOnly = query is { Statuses.Count: 0, Mark: null, Outcome: null, Action: null, Kind: null, Source: null, MinPriority: null, MaxPriority: null, FiledSince: null, FirstSeenSince: null, Text: null };
        var sql = new StringBuilder(byOwnerOnly ? _countFromTotals : CountSelect);
        var parameters = Filters(sql, query, caller, database.Dialect);
        sql.Append(CountGroup);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(sql.ToString(), parameters, cancellationToken: cancellationToken));
        var byStatus = CaseStatus.All.ToDictionary(s => s, _ => 0L, StringComparer.Ordinal);
        foreach (var (status, count) in rows)
        {
            byStatus[status] = count;
        }

        return new CaseCounts(byStatus.Values.Sum(), byStatus);
    }

    /// <summary>Appends the WHERE fragments (constants only) for the given filters; values travel as parameters.</summary>
    internal static DynamicParameters Filters(StringBuilder sql, CaseQuery query, Caller caller, SqlDialect dialect)
    {
        var parameters = new DynamicParameters();
        if (!caller.SeesAllOwners)
        {
            sql.Append(dialect.Lists(ByCallerOwners));
            parameters.Add("CallerOwners", caller.Owners.ToArray());
        }

        void Add(bool when, string fragment, string name, object? value)
        {
            if (when)
            {
                sql.Append(fragment);
                parameters.Add(name, value);
            }
        }

        Add(query.Statuses.Count > 0, dialect.Lists(ByStatuses), "Statuses", query.Statuses.ToArray());
        Add(query.Mark is not null, ByMark, "Mark", query.Mark);
        Add(query.Owner is not null, ByOwner, "Owner", query.Owner);
        Add(query.Outcome is not null, ByOutcome, "Outcome", query.Outcome);
        Add(query.Action is not null, ByAction, "Action", query.Action);
        Add(query.Kind is not null, ByKind, "Kind", query.Kind);
        Add(query.Source is not null, BySource, "Source", query.Source);
        Add(query.MinPriority is not null, ByMinPriority, "MinPriority", query.MinPriority);
        Add(query.MaxPriority is not null, ByMaxPriority, "MaxPriority", query.MaxPriority);
        Add(query.FiledSince is not null, ByFiledSince, "FiledSince", query.FiledSince is { } since ? StoredTime.Format(since) : null);
        Add(query.FirstSeenSince is not null, ByFirstSeenSince, "FirstSeenSince", query.FirstSeenSince is { } firstSeen ? StoredTime.Format(firstSeen) : null);
        // The parser lets only letters, digits, '-' and '.' through, so the pattern needs no escaping.
        Add(query.Text is not null, dialect.DomainContains, "Text", query.Text is { } text ? "%" + text + "%" : null);
        return parameters;
    }

    private sealed class FilingRow
    {
        public long Id { get; set; }
        public DateTimeOffset FiledAt { get; set; }
        public DateTimeOffset ObservedAt { get; set; }
        public string FiledBy { get; set; } = string.Empty;
        public long Priority { get; set; }
        public string Sha256 { get; set; } = string.Empty;
        public byte[] Body { get; set; } = [];

        public EvidenceItem ToItem()
        {
            using var document = JsonDocument.Parse(Body);
            return new(Id, FiledAt, ObservedAt, FiledBy, (int)Priority, Sha256, document.RootElement.Clone());
        }
    }

    private sealed class AuditRow
    {
        public long Id { get; set; }
        public DateTimeOffset At { get; set; }
        public string Actor { get; set; } = string.Empty;
        public string ActorRole { get; set; } = string.Empty;
        public string? FromStatus { get; set; }
        public string ToStatus { get; set; } = string.Empty;
        public string? Note { get; set; }
        public string? DismissalReason { get; set; }
        public string? ActionTaken { get; set; }
        public long VersionSeen { get; set; }

        public AuditEntry ToEntry() => new(Id, At, Actor, ActorRole, FromStatus, ToStatus, Note, DismissalReason, ActionTaken, VersionSeen);
    }
}
