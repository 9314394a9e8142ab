using System.Globalization;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Worker.Content;

/// <summary>
/// The content queue. Domains are queued inside the screen stage's batch transaction; a screened domain is finished in
/// one transaction with the page cases it produced (work items waiting at the score stage), so a crash either repeats
/// the domain or keeps all of its cases, and a repeated domain inserts no second case (the work item key is unique).
/// </summary>
internal sealed class ContentStore(WorkDatabase database, TimeProvider time)
{
    /// <summary>The origin of content work items (the feed that brought the domain stays on the content row).</summary>
    public const string Origin = "content";

    private const string Queue =
        """
        INSERT OR IGNORE INTO content_item (domain, origin, portfolio_version, status, created_at, updated_at)
        VALUES (@Domain, @Origin, @Version, 'Pending', @Now, @Now)
        """;

    private const string SelectDue =
        """
        SELECT id AS Id, domain AS Domain, origin AS Origin, attempts AS Attempts FROM content_item
        WHERE status = 'Pending' AND (next_attempt_at IS NULL OR next_attempt_at <= @Now) AND id > @After
        ORDER BY id LIMIT @Limit
        """;

    private const string Finish =
        """
        UPDATE content_item SET status = @Status, detail = @Detail, pages = @Pages, cases = @Cases, next_attempt_at = NULL,
            updated_at = @Now
        WHERE id = @Id AND status = 'Pending'
        """;

    private const string Postpone =
        "UPDATE content_item SET attempts = attempts + 1, next_attempt_at = @At, detail = @Detail, updated_at = @Now WHERE id = @Id";

    private const string InsertCase =
        """
        INSERT OR IGNORE INTO work_item (domain, mark, portfolio_version, origin, stage, state, created_at, updated_at)
        VALUES (@Domain, @Mark, @Version, @Origin, 'Score', @State, @Now, @Now)
        RETURNING id
        """;

    private const string SelectPending = "SELECT COUNT(*) FROM content_item WHERE id = @Id AND status = 'Pending'";

    private const string CountPending = "SELECT COUNT(*) FROM content_item WHERE status = 'Pending'";

    private const string CountByStatus = "SELECT status AS Status, COUNT(*) AS Count FROM content_item GROUP BY status";

    private const string PurgeDone = "DELETE FROM content_item WHERE status <> 'Pending' AND updated_at < @Before";

    /// <summary>Queues the domains of a screened batch inside its transaction; a domain queued before is left as it is.</summary>
    public static Task QueueAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> domains, string origin, string version, string now) =>
        connection.ExecuteAsync(Queue, domains.Select(d => new { Domain = d, Origin = origin, Version = version, Now = now }), transaction);

    /// <summary>Pending domains due now, in queue order, after the given id.</summary>
    public async Task<IReadOnlyList<ContentItem>> DueAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ContentItem>(SelectDue, new { Now = Now(), After = after, Limit = limit });
        return rows.AsList();
    }

    /// <summary>
    /// Closes a screened domain and stores its page cases at the score stage, together; returns the work items created
    /// (none when the domain had already been finished, e.g. by a run that crashed after committing).
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> FinishAsync(ContentItem item, ContentStatus status, string detail, int pages, string version,
        IReadOnlyList<WorkState> cases, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var closed = await connection.ExecuteAsync(Finish, new
        {
            item.Id, Status = status.ToString(), Detail = detail, Pages = pages, Cases = cases.Count, Now = now,
        }, transaction);
        var created = new List<WorkItem>();
        if (closed == 1)
        {
            foreach (var state in cases)
            {
                var id = await connection.QuerySingleOrDefaultAsync<long?>(InsertCase, new
                {
                    state.Domain, state.Mark, Version = version, Origin, State = JsonSerializer.Serialize(state, ContractJson.Options), Now = now,
                }, transaction);
                if (id is { } newId)
                {
                    created.Add(new WorkItem(newId, state.Domain, state.Mark, version, Origin, WorkStage.Score, state, 0));
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    public async Task PostponeAsync(ContentItem item, TimeSpan delay, string detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Postpone, new { item.Id, At = Format(time.GetUtcNow() + delay), Detail = detail, Now = Now() });
    }

    /// <summary>Whether the domain still waits (the poll may have read it just before another consumer finished it).</summary>
    public async Task<bool> IsPendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(SelectPending, new { Id = id }) == 1;
    }

    public async Task<long> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(CountPending);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, long Count)>(CountByStatus);
        return rows.ToDictionary(r => r.Status, r => r.Count);
    }

    /// <summary>Deletes finished rows older than <paramref name="olderThan"/>; a domain seen again after that is screened again.</summary>
    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(PurgeDone, new { Before = Format(time.GetUtcNow() - olderThan) });
    }

    public string Now() => Format(time.GetUtcNow());

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
