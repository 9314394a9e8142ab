using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Pipeline;
using BrandWatch.Worker.Storage;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Worker.Content;

/// <summary>
/// The content queue. Domains are queued inside the screen stage's batch transaction; a screened domain is finished in
/// one transaction with the page cases it produced (work items waiting at the score stage), so a crash either repeats
/// the domain or keeps all of its cases, and a repeated domain inserts no second case (the work item key is unique).
/// Instances claim due domains with a lease, as the work items are claimed, so two Workers never fetch the same site at once.
/// </summary>
internal sealed class ContentStore
{
    /// <summary>The origin of content work items (the feed that brought the domain stays on the content row).</summary>
    public const string Origin = "content";

    private const string Queue =
        """
        INSERT INTO content_item (domain, origin, portfolio_version, status, created_at, updated_at)
        VALUES (@Domain, @Origin, @Version, 'Pending', @Now, @Now)
        ON CONFLICT DO NOTHING
        """;

    private const string ClaimDueTemplate =
        """
        UPDATE content_item SET claimed_by = @Me, lease_until = @Until
        WHERE id IN (
            SELECT id FROM content_item
            WHERE status = 'Pending' AND (next_attempt_at IS NULL OR next_attempt_at <= @Now) AND id > @After
              AND (claimed_by IS NULL OR claimed_by = @Me OR lease_until < @Now)
            ORDER BY id LIMIT @Limit{SkipLocked})
        RETURNING id AS Id, domain AS Domain, origin AS Origin, attempts AS Attempts
        """;

    private const string Renew = "UPDATE content_item SET lease_until = @Until WHERE claimed_by = @Me AND status = 'Pending'";

    private const string ReleaseMine = "UPDATE content_item SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = @Me";

    private const string Finish =
        """
        UPDATE content_item SET status = @Status, detail = @Detail, pages = @Pages, cases = @Cases, next_attempt_at = NULL,
            updated_at = @Now, claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND status = 'Pending' AND (claimed_by IS NULL OR claimed_by = @Me)
        """;

    private const string Postpone =
        """
        UPDATE content_item SET attempts = attempts + 1, next_attempt_at = @At, detail = @Detail, updated_at = @Now,
            claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND (claimed_by IS NULL OR claimed_by = @Me)
        """;

    // The page cases wait at the score stage claimed by the instance that found them, which takes them straight on.
    private const string InsertCase =
        """
        INSERT INTO work_item (domain, mark, portfolio_version, origin, stage, state, created_at, updated_at, claimed_by, lease_until)
        VALUES (@Domain, @Mark, @Version, @Origin, 'Score', @State, @Now, @Now, @Me, @Until)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private const string SelectPending =
        "SELECT COUNT(*) FROM content_item WHERE id = @Id AND status = 'Pending' AND (claimed_by IS NULL OR claimed_by = @Me)";

    private const string CountPending = "SELECT COUNT(*) FROM content_item WHERE status = 'Pending'";

    private const string CountByStatus = "SELECT status AS Status, COUNT(*) AS Count FROM content_item GROUP BY status";

    private const string PurgeDone = "DELETE FROM content_item WHERE status <> 'Pending' AND updated_at < @Before";

    private readonly WorkDatabase database;
    private readonly TimeProvider time;
    private readonly string _claimDue;

    public ContentStore(WorkDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        _claimDue = ClaimDueTemplate.Replace("{SkipLocked}", database.Dialect.SkipLocked, StringComparison.Ordinal);
    }

    /// <summary>Queues the domains of a screened batch inside its transaction; a domain queued before is left as it is.</summary>
    public static Task QueueAsync(DbConnection connection, DbTransaction transaction, IEnumerable<string> domains, string origin, string version, string now) =>
        connection.ExecuteAsync(Queue, domains.Select(d => new { Domain = d, Origin = origin, Version = version, Now = now }), transaction);

    /// <summary>
    /// Claims pending domains due now for this instance, in queue order, after the given id: free ones, its own, and
    /// those whose holder's lease ran out. Instances claiming at once get disjoint sets.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> DueAsync(long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ContentItem>(_claimDue, new { Now = Now(), After = after, Limit = limit, Me = database.Instance, Until = Until() });
        return rows.OrderBy(r => r.Id).ToList();
    }

    /// <summary>Moves the lease of every pending domain this instance holds forward.</summary>
    public async Task<int> RenewAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Renew, new { Me = database.Instance, Until = Until() });
    }

    /// <summary>Gives back this instance's claims (a clean shutdown).</summary>
    public async Task<int> ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(ReleaseMine, new { Me = database.Instance });
    }

    /// <summary>
    /// Closes a screened domain and stores its page cases at the score stage, together; returns the work items created
    /// (none when the domain had already been finished, e.g. by a run that crashed after committing).
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> FinishAsync(ContentItem item, ContentStatus status, string detail, int pages, string version,
        IReadOnlyList<WorkState> cases, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var closed = await connection.ExecuteAsync(Finish, new
        {
            item.Id, Status = status.ToString(), Detail = detail, Pages = pages, Cases = cases.Count, Now = now, Me = database.Instance,
        }, transaction);
        var created = new List<WorkItem>();
        if (closed == 1)
        {
            foreach (var state in cases)
            {
                var id = await connection.QuerySingleOrDefaultAsync<long?>(InsertCase, new
                {
                    state.Domain, state.Mark, Version = version, Origin, State = JsonSerializer.Serialize(state, ContractJson.Options), Now = now,
                    Me = database.Instance, Until = Format(time.GetUtcNow() + database.Lease),
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Postpone, new { item.Id, At = Format(time.GetUtcNow() + delay), Detail = detail, Now = Now(), Me = database.Instance });
    }

    /// <summary>Whether the domain still waits (the poll may have read it just before another consumer finished it).</summary>
    public async Task<bool> IsPendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(SelectPending, new { Id = id, Me = database.Instance }) == 1;
    }

    public async Task<long> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(CountPending);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, long Count)>(CountByStatus);
        return rows.ToDictionary(r => r.Status, r => r.Count);
    }

    /// <summary>Deletes finished rows older than <paramref name="olderThan"/>; a domain seen again after that is screened again.</summary>
    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(PurgeDone, new { Before = Format(time.GetUtcNow() - olderThan) });
    }

    public string Now() => Format(time.GetUtcNow());

    /// <summary>How long this instance's claims hold without renewal.</summary>
    public TimeSpan Lease => database.Lease;

    private string Until() => Format(time.GetUtcNow() + database.Lease);

    private static string Format(DateTimeOffset at) => BrandWatch.Time.StoredTime.Format(at);
}
