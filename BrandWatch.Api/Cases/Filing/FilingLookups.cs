using System.Data.Common;
using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// What every filing of one writer transaction looks up first, read for the whole transaction in two statements instead
/// of two per filing: the marks the filings name, and the answers already stored for their Idempotency-Keys; then the
/// answers the transaction's own filings give, which it writes in one go before it commits. A key another instance
/// claims meanwhile is not in here; this transaction's claim of it waits and then finds it (see <see cref="FilingStore"/>).
/// </summary>
internal sealed class FilingLookups(int filings)
{
    private const string SelectMarks = "SELECT id AS Id, owner AS Owner, retired_at AS RetiredAt FROM marks WHERE id IN @Ids";

    private const string SelectAnswers =
        "SELECT idempotency_key AS IdempotencyKey, request_sha256 AS RequestSha256, status AS Status, location AS Location, etag AS ETag, body AS Body " +
        "FROM idempotency_keys WHERE key_id = @KeyId AND idempotency_key IN @Keys";

    // On PostgreSQL one probe of the primary key per key: a prepared `idempotency_key = ANY(@Keys)` (or a join with the
    // keys) kept the generic plan it got on an empty table, which read every key of the caller (19 ms a transaction at
    // 20,000 keys). The LIMIT keeps the planner from turning the probes back into that join.
    private const string SelectAnswersByProbe =
        "SELECT i.idempotency_key AS IdempotencyKey, i.request_sha256 AS RequestSha256, i.status AS Status, i.location AS Location, i.etag AS ETag, i.body AS Body " +
        "FROM unnest(@Keys) AS u(key) CROSS JOIN LATERAL " +
        "(SELECT * FROM idempotency_keys WHERE key_id = @KeyId AND idempotency_key = u.key LIMIT 1) i";

    // Mark ids compare without regard to case in both engines (COLLATE NOCASE, an ICU collation); ids are ASCII.
    private readonly Dictionary<string, MarkRef> _marks = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<(string KeyId, string Key), IdempotencyRow> _answers = [];

    /// <summary>Reads the look-ups; <paramref name="prefix"/> (statements that return nothing) goes in the same round trip.</summary>
    public static async Task<FilingLookups> LoadAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<PendingFiling> batch, string prefix)
    {
        var lookups = new FilingLookups(batch.Count);
        var marks = batch.Select(p => p.Filing.Mark).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var mark in await connection.QueryAsync<MarkRef>(new CommandDefinition(prefix + dialect.Lists(SelectMarks), new { Ids = marks }, transaction)))
        {
            lookups._marks[mark.Id] = mark;
        }

        foreach (var caller in batch.Where(p => p.IdempotencyKey is not null).GroupBy(p => p.Caller.KeyId, StringComparer.Ordinal))
        {
            var keys = caller.Select(p => p.IdempotencyKey!).Distinct(StringComparer.Ordinal).ToList();
            var select = ReferenceEquals(dialect, SqlDialect.PostgreSql) ? SelectAnswersByProbe : SelectAnswers;
            foreach (var answer in await connection.QueryAsync<IdempotencyRow>(new CommandDefinition(select, new { KeyId = caller.Key, Keys = keys }, transaction)))
            {
                lookups._answers[(caller.Key, answer.IdempotencyKey)] = answer;
            }
        }

        return lookups;
    }

    /// <summary>The shared infrastructure the transaction's campaign walks have counted so far.</summary>
    public Campaigns.InfrastructureSeen Infrastructure { get; } = new(filings);

    /// <summary>The features of the cases started together that wait to be written with the others (PostgreSQL).</summary>
    public Campaigns.PendingFeatures PendingFeatures { get; } = new();

    /// <summary>The mark a filing names, or null when there is none.</summary>
    public MarkRef? Mark(string id) => _marks.GetValueOrDefault(id);

    private readonly List<(string KeyId, IdempotencyRow Answer)> _newAnswers = [];

    private readonly List<(string KeyId, IdempotencyRow Answer)> _answersAtCommit = [];

    /// <summary>The answer of a key: stored when the transaction began, or given by an earlier filing of it; null when there is none.</summary>
    public IdempotencyRow? Answer(string keyId, string key) => _answers.GetValueOrDefault((keyId, key));

    /// <summary>The answers this transaction's filings gave, to be written into their claimed keys before it commits.</summary>
    public IReadOnlyList<(string KeyId, IdempotencyRow Answer)> NewAnswers => _newAnswers;

    /// <summary>The answers of keys no statement has claimed (filings <see cref="NewCases"/> started), to be inserted before it commits.</summary>
    public IReadOnlyList<(string KeyId, IdempotencyRow Answer)> AnswersAtCommit => _answersAtCommit;

    /// <summary>
    /// Notes a filing's answer: a later filing of the transaction with the same key replays it. <paramref name="atCommit"/>:
    /// the key was not claimed, and its row is inserted with the answer.
    /// </summary>
    public void Answered(string keyId, IdempotencyRow answer, bool atCommit = false)
    {
        _answers[(keyId, answer.IdempotencyKey)] = answer;
        (atCommit ? _answersAtCommit : _newAnswers).Add((keyId, answer));
    }
}

/// <summary>A mark as a filing needs it: its canonical id, owner and retirement.</summary>
internal sealed class MarkRef
{
    public string Id { get; set; } = string.Empty;
    public string Owner { get; set; } = string.Empty;
    public string? RetiredAt { get; set; }
}

/// <summary>The stored answer of an Idempotency-Key (status 0 while its filing's transaction is open).</summary>
internal sealed class IdempotencyRow
{
    public string IdempotencyKey { get; set; } = string.Empty;
    public string RequestSha256 { get; set; } = string.Empty;
    public long Status { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public string Body { get; set; } = string.Empty;
}
