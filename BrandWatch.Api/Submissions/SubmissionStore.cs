using BrandWatch.Api.Storage;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Api.Submissions;

/// <summary>
/// Submissions in SQLite: insert unless the same value is pending in the caller's scope, page by id, list a key's own.
/// The scope keeps tenants apart: a pending submission of another owner is never returned (finding 3 of issue 19).
/// </summary>
internal sealed class SubmissionStore(ApiDatabase database, TimeProvider time)
{
    private const string Columns =
        "SELECT id AS Id, value AS Value, kind AS Kind, host AS Host, note AS Note, submitted_by AS SubmittedBy, " +
        "submitted_at AS SubmittedAt, picked_up_at AS PickedUpAt FROM submissions";

    private const string Insert =
        "INSERT INTO submissions (value, kind, host, note, submitted_by, submitted_by_key, submitted_at, scope) " +
        "VALUES (@Value, @Kind, @Host, @Note, @SubmittedBy, @SubmittedByKey, @Now, @Scope) ON CONFLICT DO NOTHING";

    private const string SelectPending = Columns + " WHERE scope = @Scope AND value = @Value AND picked_up_at IS NULL";

    private const string SelectAfter = Columns + " WHERE id > @After ORDER BY id LIMIT @Limit";

    private const string SelectByKey = Columns + " WHERE submitted_by_key = @Key ORDER BY id DESC LIMIT @Limit";

    private const string PickUp = "UPDATE submissions SET picked_up_at = @Now WHERE id <= @After AND picked_up_at IS NULL";

    /// <summary>The owners a key is scoped to, or <c>*</c> for keys that see every owner.</summary>
    public static string ScopeOf(Auth.Caller caller) => caller.SeesAllOwners ? "*" : string.Join('\n', caller.Owners.Order(StringComparer.Ordinal));

    /// <summary>
    /// Adds the submission; when the same value is still pending in the same scope, returns that one and
    /// <c>Created = false</c>.
    /// </summary>
    public async Task<(bool Created, SubmissionRow Row)> AddAsync(ValidSubmission submission, string submittedBy, Auth.Caller caller, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(caller);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            submission.Value,
            submission.Kind,
            submission.Host,
            submission.Note,
            SubmittedBy = submittedBy,
            SubmittedByKey = caller.KeyId,
            Scope = scope,
            Now = time.GetUtcNow(),
        }, transaction, cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<SubmissionRow>(new CommandDefinition(SelectPending, new { submission.Value, Scope = scope }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (inserted > 0, row);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> submissions with an id above <paramref name="after"/>, oldest first. When the Worker
    /// asks (<paramref name="pickUp"/>), everything up to <paramref name="after"/> is marked as picked up first.
    /// </summary>
    public async Task<IReadOnlyList<SubmissionRow>> PageAsync(long after, int limit, bool pickUp, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (pickUp && after > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(PickUp, new { After = after, Now = time.GetUtcNow() }, cancellationToken: cancellationToken));
        }

        var rows = await connection.QueryAsync<SubmissionRow>(new CommandDefinition(SelectAfter, new { After = after, Limit = limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The newest submissions made with one key, newest first.</summary>
    public async Task<IReadOnlyList<SubmissionRow>> MineAsync(string keyId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubmissionRow>(new CommandDefinition(SelectByKey, new { Key = keyId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
