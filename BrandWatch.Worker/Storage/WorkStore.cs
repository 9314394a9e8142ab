using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Pipeline;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Worker.Storage;

/// <summary>
/// Work items and the screened-domain set. Every stage change is one UPDATE; a batch of screened domains, the items it
/// created and the feed cursor are committed in one transaction, so a crash loses no domain and repeats none.
/// Items are claimed: the instance that holds an item (<c>claimed_by</c>) is the only one whose stage changes land, until
/// its lease (<c>lease_until</c>) runs out without renewal; then any instance may claim it.
/// </summary>
internal sealed class WorkStore
{
    private const string SelectScreenedIn = "SELECT domain FROM screened WHERE portfolio_version = @Version AND domain IN @Domains";

    private const string InsertScreened =
        "INSERT INTO screened (domain, portfolio_version, screened_at) VALUES (@Domain, @Version, @Now) ON CONFLICT DO NOTHING";

    private const string InsertItem =
        """
        INSERT INTO work_item (domain, mark, portfolio_version, origin, stage, state, created_at, updated_at, claimed_by, lease_until)
        VALUES (@Domain, @Mark, @Version, @Origin, @Stage, @State, @Now, @Now, @Me, @Until)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private const string ClaimDueTemplate =
        """
        UPDATE work_item SET claimed_by = @Me, lease_until = @Until
        WHERE id IN (
            SELECT id FROM work_item
            WHERE stage IN ('Enrich', 'Crawl', 'Score', 'File') AND (next_attempt_at IS NULL OR next_attempt_at <= @Now)
              AND (claimed_by IS NULL OR claimed_by = @Me OR lease_until < @Now)
            ORDER BY id LIMIT @Limit{SkipLocked})
        RETURNING id AS Id, domain AS Domain, mark AS Mark, portfolio_version AS PortfolioVersion, origin AS Origin,
               stage AS Stage, state AS State, attempts AS Attempts
        """;

    private const string Renew =
        "UPDATE work_item SET lease_until = @Until WHERE claimed_by = @Me AND stage IN ('Enrich', 'Crawl', 'Score', 'File')";

    private const string ReleaseMine = "UPDATE work_item SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = @Me";

    private const string SelectById =
        """
        SELECT id AS Id, domain AS Domain, mark AS Mark, portfolio_version AS PortfolioVersion, origin AS Origin,
               stage AS Stage, state AS State, attempts AS Attempts
        FROM work_item WHERE id = @Id
        """;

    // Lands only while this instance holds the claim; a final stage gives the claim back (@Holder null).
    private const string Advance =
        """
        UPDATE work_item SET stage = @Stage, state = @State, attempts = 0, next_attempt_at = NULL, last_error = NULL,
            idempotency_key = COALESCE(@Key, idempotency_key), case_id = COALESCE(@CaseId, case_id), updated_at = @Now,
            claimed_by = @Holder, lease_until = @Until
        WHERE id = @Id AND claimed_by = @Me
        """;

    private const string Close =
        """
        UPDATE work_item SET stage = @Stage, attempts = 0, next_attempt_at = NULL, last_error = @Error, updated_at = @Now,
            claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND claimed_by = @Me
        """;

    // A postponed item is given back: whichever instance is free when it falls due takes it.
    private const string Postpone =
        """
        UPDATE work_item SET attempts = attempts + 1, next_attempt_at = @At, last_error = @Error, updated_at = @Now,
            claimed_by = NULL, lease_until = NULL
        WHERE id = @Id AND claimed_by = @Me
        """;

    private const string CountOpen = "SELECT COUNT(*) FROM work_item WHERE stage IN ('Enrich', 'Crawl', 'Score', 'File')";

    private const string NextDue =
        "SELECT MIN(COALESCE(next_attempt_at, '')) FROM work_item WHERE stage IN ('Enrich', 'Crawl', 'Score', 'File')";

    private const string CountByStage = "SELECT stage AS Stage, COUNT(*) AS Count FROM work_item GROUP BY stage";

    private const string PurgeFinished =
        "DELETE FROM work_item WHERE stage IN ('Filed', 'Dropped', 'OwnerDomain', 'Held') AND updated_at < @Before";

    private const string PurgeScreened = "DELETE FROM screened WHERE portfolio_version <> @Version OR screened_at < @Before";

    private const string Recheck =
        """
        INSERT INTO work_item (domain, mark, portfolio_version, origin, stage, state, created_at, updated_at)
        VALUES (@Domain, @Mark, @Version, @Origin, 'Enrich', @State, @Now, @Now)
        ON CONFLICT (domain, mark, portfolio_version, origin) DO UPDATE SET stage = 'Enrich', state = excluded.state,
            attempts = 0, next_attempt_at = NULL, updated_at = excluded.updated_at, claimed_by = NULL, lease_until = NULL
        WHERE work_item.stage IN ('Filed', 'Dropped', 'OwnerDomain', 'Held')
        RETURNING id
        """;

    // Only the latest look of a (domain, mark) counts: its feed row keeps the time of the first look, so without the
    // NOT EXISTS a monitored case would be due again at every run once that first look is older than RecheckAfter.
    private const string SelectMonitoredTemplate =
        """
        SELECT domain AS Domain, mark AS Mark FROM work_item
        WHERE stage = 'Filed' AND {Action} = 'monitor' AND updated_at <= @Before
            AND NOT EXISTS (SELECT 1 FROM work_item later WHERE later.domain = work_item.domain AND later.mark = work_item.mark
                AND later.updated_at > work_item.updated_at)
        GROUP BY domain, mark ORDER BY MIN(updated_at) LIMIT @Limit
        """;

    private const string SelectOwnerDomainsTemplate =
        """
        SELECT domain AS Domain, mark AS Mark, {Rule} AS Rule, {Evidence} AS Evidence
        FROM work_item WHERE stage = 'OwnerDomain' ORDER BY domain, mark
        """;

    private readonly WorkDatabase database;
    private readonly TimeProvider time;
    private readonly string _selectScreened;
    private readonly string _claimDue;
    private readonly string _selectMonitored;
    private readonly string _selectOwnerDomains;

    public WorkStore(WorkDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        var dialect = database.Dialect;
        _selectScreened = dialect.Lists(SelectScreenedIn);
        _claimDue = ClaimDueTemplate.Replace("{SkipLocked}", dialect.SkipLocked, StringComparison.Ordinal);
        _selectMonitored = SelectMonitoredTemplate.Replace("{Action}", dialect.MonitorAction, StringComparison.Ordinal);
        _selectOwnerDomains = SelectOwnerDomainsTemplate.Replace("{Rule}", dialect.OwnerDomainRule, StringComparison.Ordinal).Replace("{Evidence}", dialect.OwnerDomainEvidence, StringComparison.Ordinal);
    }

    public WorkDatabase Database => database;

    /// <summary>The matches recognised as the owner's own domains, with the rule and the evidence that showed it.</summary>
    public async Task<IReadOnlyList<(string Domain, string Mark, string Rule, string Evidence)>> OwnerDomainsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Domain, string Mark, string Rule, string Evidence)>(_selectOwnerDomains);
        return rows.ToList();
    }

    /// <summary>Filed cases the scorer said to monitor whose last look is older than <paramref name="age"/>.</summary>
    public async Task<IReadOnlyList<(string Domain, string Mark)>> MonitoredAsync(TimeSpan age, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Domain, string Mark)>(_selectMonitored, new { Before = Format(time.GetUtcNow() - age), Limit = limit });
        return rows.ToList();
    }

    public async Task<IReadOnlySet<string>> AlreadyScreenedAsync(DbConnection connection, IReadOnlyCollection<string> domains, string version)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in domains.Chunk(500))
        {
            found.UnionWith(await connection.QueryAsync<string>(_selectScreened, new { Version = version, Domains = chunk }));
        }

        return found;
    }

    /// <summary>
    /// Records a screened batch, its new items, the domains queued for content screening and the feed position together;
    /// returns the items created (claimed by this instance, or unclaimed where the state is shared by several).
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> CommitScreenedAsync(
        DbConnection connection, string version, IReadOnlyCollection<string> screened, IReadOnlyList<WorkState> matches,
        string origin, FeedCursorStore cursors, string feed, string position, CancellationToken cancellationToken,
        IReadOnlyCollection<string>? content = null, IReadOnlyList<BrandWatch.Rules.Cases.SightingReport>? sightings = null)
    {
        var now = Now();
        var until = Until();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (sightings is { Count: > 0 })
        {
            await Sightings.SightingOutbox.AddAsync(connection, transaction, sightings, time.GetUtcNow());
        }

        await connection.ExecuteAsync(InsertScreened, screened.Select(d => new { Domain = d, Version = version, Now = now }), transaction);
        if (content is { Count: > 0 })
        {
            await Content.ContentStore.QueueAsync(connection, transaction, content, origin, version, now);
        }
        var created = new List<WorkItem>();
        foreach (var state in matches)
        {
            var id = await connection.QuerySingleOrDefaultAsync<long?>(InsertItem, new
            {
                state.Domain, state.Mark, Version = version, Origin = origin, Stage = nameof(WorkStage.Enrich),
                State = Serialize(state), Now = now, Me = database.Shared ? null : database.Instance, Until = database.Shared ? null : until,
            }, transaction);
            if (id is { } newId)
            {
                created.Add(new WorkItem(newId, state.Domain, state.Mark, version, origin, WorkStage.Enrich, state, 0));
            }
        }

        if (!await cursors.SetPositionAsync(connection, transaction, feed, position))
        {
            // Another instance holds the feed now: none of this batch is kept, and that instance reads it from the cursor.
            await transaction.RollbackAsync(cancellationToken);
            throw new FeedTakenOverException(feed);
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>
    /// Replaces a fetched page item by its page cases, one per mark, waiting at the score stage; the page item is closed
    /// as dropped in the same transaction, so a crash either repeats the fetch or keeps every case.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> SplitPageAsync(WorkItem page, IReadOnlyList<WorkState> cases, string reason, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = Until();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = new List<WorkItem>();
        foreach (var state in cases)
        {
            var id = await connection.QuerySingleOrDefaultAsync<long?>(InsertItem, new
            {
                state.Domain, state.Mark, Version = page.PortfolioVersion, page.Origin, Stage = nameof(WorkStage.Score),
                State = Serialize(state), Now = now, Me = database.Instance, Until = until,
            }, transaction);
            if (id is { } newId)
            {
                created.Add(new WorkItem(newId, state.Domain, state.Mark, page.PortfolioVersion, page.Origin, WorkStage.Score, state, 0));
            }
        }

        var closed = await connection.ExecuteAsync(Close, new { page.Id, Stage = nameof(WorkStage.Dropped), Error = reason, Now = now, Me = database.Instance }, transaction);
        if (closed == 0)
        {
            // Another instance took the page over after this one's lease ran out: its split counts, not this one.
            await transaction.RollbackAsync(cancellationToken);
            return [];
        }

        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>Puts a filed or dropped case back to enrichment for a fresh look (re-check job); returns it when it was reopened.</summary>
    public async Task<WorkItem?> ReopenAsync(WorkState state, string version, string origin, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(Recheck, new
        {
            state.Domain, state.Mark, Version = version, Origin = origin, State = Serialize(state), Now = Now(),
        });
        return id is { } reopened ? new WorkItem(reopened, state.Domain, state.Mark, version, origin, WorkStage.Enrich, state, 0) : null;
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> open items that are due and free (unclaimed, already this instance's, or
    /// with a lease run out) for this instance, in id order. Instances claiming at once get disjoint sets.
    /// </summary>
    public async Task<IReadOnlyList<WorkItem>> ClaimDueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(_claimDue, new { Now = Now(), Limit = limit, Me = database.Instance, Until = Until() });
        return rows.Select(ToItem).OrderBy(i => i.Id).ToList();
    }

    /// <summary>Moves the lease of every open item this instance holds forward; returns how many it holds.</summary>
    public async Task<int> RenewAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Renew, new { Me = database.Instance, Until = Until() });
    }

    /// <summary>Gives back this instance's claims (a clean shutdown), so the other instances need not wait for the leases.</summary>
    public async Task<int> ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(ReleaseMine, new { Me = database.Instance });
    }

    public async Task<WorkItem?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(SelectById, new { Id = id });
        return row is null ? null : ToItem(row);
    }

    /// <summary>
    /// Moves a claimed item to its next stage (keeping the claim, with a fresh lease) or to a final one (giving it back);
    /// false when this instance no longer holds it (its lease ran out and another instance took it over).
    /// </summary>
    public async Task<bool> AdvanceAsync(WorkItem item, WorkStage stage, WorkState state, string? caseId, CancellationToken cancellationToken)
    {
        var open = stage is WorkStage.Enrich or WorkStage.Crawl or WorkStage.Score or WorkStage.File;
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Advance, new
        {
            item.Id, Stage = stage.ToString(), State = Serialize(state), Key = state.IdempotencyKey, CaseId = caseId, Now = Now(),
            Me = database.Instance, Holder = open ? database.Instance : null, Until = open ? Until() : null,
        }) == 1;
    }

    /// <summary>Puts a claimed item off after a failure and gives it back; false when this instance no longer held it.</summary>
    public async Task<bool> PostponeAsync(WorkItem item, TimeSpan delay, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Postpone, new { item.Id, At = Format(time.GetUtcNow() + delay), Error = error, Now = Now(), Me = database.Instance }) == 1;
    }

    public async Task<long> OpenCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(CountOpen);
    }

    /// <summary>When the next postponed item becomes due (null: none open; <see cref="DateTimeOffset.MinValue"/>: one is due now).</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<string?>(NextDue);
        return next is null ? null : next.Length == 0 ? DateTimeOffset.MinValue : BrandWatch.Time.StoredTime.Parse(next);
    }

    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Stage, long Count)>(CountByStage);
        return rows.ToDictionary(r => r.Stage, r => r.Count);
    }

    public async Task<(int Items, int Screened)> PurgeAsync(TimeSpan olderThan, string currentVersion, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var before = Format(time.GetUtcNow() - olderThan);
        var items = await connection.ExecuteAsync(PurgeFinished, new { Before = before });
        var screened = await connection.ExecuteAsync(PurgeScreened, new { Before = before, Version = currentVersion });
        return (items, screened);
    }

    private static WorkItem ToItem(Row row) =>
        new(row.Id, row.Domain, row.Mark, row.PortfolioVersion, row.Origin, Enum.Parse<WorkStage>(row.Stage), Deserialize(row.State), (int)row.Attempts);

    private static string Serialize(WorkState state) => JsonSerializer.Serialize(state, ContractJson.Options);

    private static WorkState Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkState>(json, ContractJson.Options) ?? throw new InvalidDataException("empty work state");

    private string Now() => Format(time.GetUtcNow());

    private string Until() => Format(time.GetUtcNow() + database.Lease);

    private static string Format(DateTimeOffset at) => BrandWatch.Time.StoredTime.Format(at);

    private sealed record Row(long Id, string Domain, string Mark, string PortfolioVersion, string Origin, string Stage, string State, long Attempts);
}
