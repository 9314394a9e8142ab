using System.Data.Common;
using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// The Idempotency-Keys of filings in the <c>idempotency_keys</c> table: a key is claimed before the filing it answers
/// (status 0, no body) in the same round trip as the look-up of the open case, and the answer is written into the claim
/// just before the transaction commits, so a second instance filing with the same key waits on the claim and then
/// replays the answer. On PostgreSQL the filings a transaction starts together (<see cref="NewCases"/>) claim nothing:
/// their keys are inserted with their answers at commit, and a key another instance holds by then sends the batch back
/// to the per-filing path, claims first. Old keys are purged at most once an hour, inside a write the gate already serialises.
/// </summary>
internal sealed class IdempotencyKeys(TimeProvider time)
{
    /// <summary>How long an Idempotency-Key is answered from memory of the first request; a retry comes within minutes.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    /// <summary>The stored answer of one key.</summary>
    public const string Select =
        "SELECT idempotency_key AS IdempotencyKey, request_sha256 AS RequestSha256, status AS Status, location AS Location, etag AS ETag, body AS Body " +
        "FROM idempotency_keys WHERE key_id = @KeyId AND idempotency_key = @Key";

    /// <summary>Claims a key (returns a row only when this filing claimed it), to go before the look-up of the open case.</summary>
    public const string Claim =
        "INSERT INTO idempotency_keys (key_id, idempotency_key, request_sha256, status, location, etag, body, created_at) " +
        "VALUES (@KeyId, @Key, @RequestSha256, 0, NULL, NULL, '', @Now) ON CONFLICT DO NOTHING RETURNING 1";

    private const string Answer =
        "UPDATE idempotency_keys SET status = @Status, location = @Location, etag = @ETag, body = @Body WHERE key_id = @KeyId AND idempotency_key = @Key";

    // On PostgreSQL the answers go as one batch of these (one round trip), each a probe of the primary key: an
    // UPDATE … FROM unnest(…) joined by a plan made on an empty table read the whole table once the plan was kept.
    private const string AnswerPositional =
        "UPDATE idempotency_keys SET status = $3, location = $4, etag = $5, body = $6 WHERE key_id = $1 AND idempotency_key = $2";

    // The keys of filings a PostgreSQL transaction started together (NewCases), inserted with their answers, in one
    // order on every instance: two transactions inserting the same keys wait for each other instead of deadlocking.
    private const string InsertAnswers =
        "INSERT INTO idempotency_keys (key_id, idempotency_key, request_sha256, status, location, etag, body, created_at) " +
        "SELECT u.key_id, u.key, u.sha, u.status, u.location, u.etag, u.body, @Now " +
        "FROM unnest(@KeyIds, @Keys, @Shas, @Statuses, @Locations, @ETags, @Bodies) AS u(key_id, key, sha, status, location, etag, body) " +
        "ORDER BY u.key_id, u.key ON CONFLICT DO NOTHING";

    private const string Purge = "DELETE FROM idempotency_keys WHERE created_at < @Before";

    // The status column holds the HTTP status of the first answer, as every stored row does: 201 for a new case.
    private const int CreatedStatus = 201;
    private const int RefiledStatus = 200;

    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    /// <summary>The stored row of a filing's answer.</summary>
    public static IdempotencyRow Row(string key, string requestSha256, FilingResult result, string location, string etag, string body) => new()
    {
        IdempotencyKey = key, RequestSha256 = requestSha256, Status = result == FilingResult.Created ? CreatedStatus : RefiledStatus, Location = location, ETag = etag, Body = body,
    };

    /// <summary>The stored answer replayed for a request with the same bytes; a refusal for a request with others.</summary>
    public static FilingOutcome Replay(IdempotencyRow prior, string requestSha256) => prior.RequestSha256 == requestSha256
        ? new FilingOutcome(prior.Status == CreatedStatus ? FilingResult.Created : FilingResult.Refiled, prior.Body, prior.Location, prior.ETag, true, null, 0)
        : FilingOutcome.Refused(new FilingRefusal(FilingRefusalReason.IdempotencyKeyReused));

    /// <summary>Deletes keys older than <see cref="KeepFor"/>, at most once every hour: the table stays bounded.</summary>
    public async Task PurgeIfDueAsync(DbConnection connection, DbTransaction transaction)
    {
        var now = time.GetUtcNow();
        if (now - _lastPurge >= PurgeEvery)
        {
            await connection.ExecuteAsync(new CommandDefinition(Purge, new { Before = StoredTime.Format(now - KeepFor) }, transaction));
            _lastPurge = now;
        }
    }

    /// <summary>
    /// Inserts the keys of filings no statement claimed, each with its answer (PostgreSQL, <see cref="NewCases"/>).
    /// False when another instance's transaction holds one of them (committed meanwhile, or committing while this
    /// insert waited for it): the caller must roll back and file again with claims first, which replay that answer.
    /// </summary>
    public static async Task<bool> InsertAnswersAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string KeyId, IdempotencyRow Answer)> answers, string now)
    {
        if (answers.Count == 0)
        {
            return true;
        }

        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertAnswers, new
        {
            Now = now,
            KeyIds = answers.Select(a => a.KeyId).ToArray(),
            Keys = answers.Select(a => a.Answer.IdempotencyKey).ToArray(),
            Shas = answers.Select(a => a.Answer.RequestSha256).ToArray(),
            Statuses = answers.Select(a => a.Answer.Status).ToArray(),
            Locations = answers.Select(a => a.Answer.Location).ToArray(),
            ETags = answers.Select(a => a.Answer.ETag).ToArray(),
            Bodies = answers.Select(a => a.Answer.Body).ToArray(),
        }, transaction));
        return inserted == answers.Count;
    }

    /// <summary>Writes the answers of the transaction's filings into their claimed keys: one round trip on PostgreSQL, one statement per key on SQLite (in-process).</summary>
    public static async Task WriteAnswersAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string KeyId, IdempotencyRow Answer)> answers)
    {
        if (answers.Count == 0)
        {
            return;
        }

        if (connection is Npgsql.NpgsqlConnection postgres)
        {
            await using var batch = new Npgsql.NpgsqlBatch(postgres, (Npgsql.NpgsqlTransaction)transaction);
            foreach (var (keyId, answer) in answers)
            {
                batch.BatchCommands.Add(new Npgsql.NpgsqlBatchCommand(AnswerPositional)
                {
                    Parameters =
                    {
                        new() { Value = keyId }, new() { Value = answer.IdempotencyKey }, new() { Value = answer.Status },
                        new() { Value = (object?)answer.Location ?? DBNull.Value }, new() { Value = (object?)answer.ETag ?? DBNull.Value }, new() { Value = answer.Body },
                    },
                });
            }

            await batch.ExecuteNonQueryAsync();
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(Answer, answers.Select(a => new
        {
            a.KeyId, Key = a.Answer.IdempotencyKey, a.Answer.Status, a.Answer.Location, a.Answer.ETag, a.Answer.Body,
        }).ToList(), transaction));
    }
}
