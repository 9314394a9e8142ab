using BrandWatch.Rules.Marks;
using System.Text.Json;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Api.Marks;

/// <summary>Marks in SQLite: one row per mark, its portfolio document as JSON, soft retirement, a version per change.</summary>
internal sealed class MarkStore(ApiDatabase database, TimeProvider time)
{
    private const string Columns =
        "SELECT id AS Id, owner AS Owner, name AS Name, document AS Document, version AS Version, created_at AS CreatedAt, " +
        "updated_at AS UpdatedAt, retired_at AS RetiredAt FROM marks";

    private const string SelectOne = Columns + " WHERE id = @Id";

    // The mark about to change, locked until commit on PostgreSQL so that If-Match holds across Api instances.
    private readonly string _selectForOwners = database.Dialect.Lists(SelectForOwners);

    private readonly string _selectOneForUpdate = SelectOne + database.Dialect.ForUpdate;

    private const string SelectAll = Columns + " WHERE (@IncludeRetired = 1 OR retired_at IS NULL) ORDER BY id";

    private const string SelectForOwners = Columns + " WHERE owner IN @Owners AND (@IncludeRetired = 1 OR retired_at IS NULL) ORDER BY id";

    private const string Insert =
        "INSERT INTO marks (id, owner, name, document, version, created_at, updated_at) VALUES (@Id, @Owner, @Name, @Document, 1, @Now, @Now) " +
        "ON CONFLICT (id) DO NOTHING";

    private const string Update =
        "UPDATE marks SET owner = @Owner, name = @Name, document = @Document, version = version + 1, updated_at = @Now WHERE id = @Id";

    // A mark that moves to another owner takes its open cases along (the case_counts and case_stats triggers move
    // their counts); resolved cases stay with the owner that handled them, for the record.
    private const string MoveOpenCases =
        "UPDATE cases SET owner = @Owner, version = version + 1, updated_at = @Now WHERE mark_id = @Id AND owner <> @Owner AND status <> 'resolved'";

    private const string Retire =
        "UPDATE marks SET retired_at = COALESCE(retired_at, @Now), version = version + 1, updated_at = @Now WHERE id = @Id";

    public async Task<MarkRow?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MarkRow>(new CommandDefinition(SelectOne, new { Id = id }, cancellationToken: cancellationToken));
    }

    /// <summary>Marks of the given owners, or of all owners when <paramref name="owners"/> is null.</summary>
    public async Task<IReadOnlyList<MarkRow>> ListAsync(IReadOnlyList<string>? owners, bool includeRetired, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = owners is null
            ? await connection.QueryAsync<MarkRow>(new CommandDefinition(SelectAll, new { IncludeRetired = includeRetired ? 1 : 0 }, cancellationToken: cancellationToken))
            : await connection.QueryAsync<MarkRow>(new CommandDefinition(_selectForOwners, new { Owners = owners.ToArray(), IncludeRetired = includeRetired ? 1 : 0 }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<(WriteOutcome Outcome, MarkRow? Row)> CreateAsync(MarkDocument mark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(Insert, Parameters(mark), transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            return (WriteOutcome.Conflict, null);
        }

        var row = await connection.QuerySingleAsync<MarkRow>(new CommandDefinition(SelectOne, new { mark.Id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (WriteOutcome.Done, row);
    }

    /// <summary>Replaces a mark; <paramref name="expectedVersion"/> (from If-Match) must match when given.</summary>
    public async Task<(WriteOutcome Outcome, MarkRow? Row)> UpdateAsync(MarkDocument mark, long? expectedVersion, Func<MarkRow, bool> visible, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<MarkRow>(new CommandDefinition(_selectOneForUpdate, new { mark.Id }, transaction, cancellationToken: cancellationToken));
        if (current is null || !visible(current))
        {
            return (WriteOutcome.NotFound, null);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return (WriteOutcome.VersionMismatch, current);
        }

        var parameters = Parameters(mark with { Id = current.Id });
        await connection.ExecuteAsync(new CommandDefinition(Update, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(MoveOpenCases, parameters, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<MarkRow>(new CommandDefinition(SelectOne, new { mark.Id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (WriteOutcome.Done, row);
    }

    public async Task<(WriteOutcome Outcome, MarkRow? Row)> RetireAsync(string id, long? expectedVersion, Func<MarkRow, bool> visible, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await connection.QuerySingleOrDefaultAsync<MarkRow>(new CommandDefinition(_selectOneForUpdate, new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (current is null || !visible(current))
        {
            return (WriteOutcome.NotFound, null);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return (WriteOutcome.VersionMismatch, current);
        }

        await connection.ExecuteAsync(new CommandDefinition(Retire, new { Id = id, Now = time.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<MarkRow>(new CommandDefinition(SelectOne, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (WriteOutcome.Done, row);
    }

    /// <summary>
    /// Creates or replaces every mark of a portfolio in one transaction. Returns the ids that belong to an owner the
    /// caller may not write (nothing is written then), or the counts.
    /// </summary>
    public async Task<(IReadOnlyList<int> Foreign, int Created, int Updated)> ImportAsync(IReadOnlyList<MarkDocument> marks, Func<MarkRow, bool> writable, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var foreign = new List<int>();
        var existing = new Dictionary<int, MarkRow>();
        for (var i = 0; i < marks.Count; i++)
        {
            var row = await connection.QuerySingleOrDefaultAsync<MarkRow>(new CommandDefinition(_selectOneForUpdate, new { marks[i].Id }, transaction, cancellationToken: cancellationToken));
            if (row is null)
            {
                continue;
            }

            if (!writable(row))
            {
                foreign.Add(i);
            }

            existing[i] = row;
        }

        if (foreign.Count > 0)
        {
            return (foreign, 0, 0);
        }

        var created = 0;
        var updated = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            if (existing.TryGetValue(i, out var row))
            {
                var parameters = Parameters(marks[i] with { Id = row.Id });
                await connection.ExecuteAsync(new CommandDefinition(Update, parameters, transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(MoveOpenCases, parameters, transaction, cancellationToken: cancellationToken));
                updated++;
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition(Insert, Parameters(marks[i]), transaction, cancellationToken: cancellationToken));
                created++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ([], created, updated);
    }

    private object Parameters(MarkDocument mark) => new
    {
        mark.Id,
        Owner = mark.Owner ?? throw new InvalidOperationException("A stored mark needs an owner."),
        mark.Name,
        Document = JsonSerializer.Serialize(mark, ApiJson.Output),
        Now = time.GetUtcNow(),
    };
}
