using System.Data.Common;
using System.Text.Json;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// The batched writer of filings (group commit): filings are queued, and one loop files whatever is queued in one
/// transaction on the shared write connection, each filing inside its own savepoint (<see cref="FilingStore"/>), with
/// their Idempotency-Key answers written just before the commit; on PostgreSQL the new cases of a transaction are
/// started together and the savepoints are only used when a filing fails. The answer comes once the transaction
/// holding it has committed. The reads are <see cref="Queries.CaseQueries"/>; review transitions are <see cref="Reviews.Transitions.TransitionStore"/>.
/// </summary>
internal sealed class FilingWriter(ApiDatabase database, CaseWriteConnection writer, FilingStore store, IdempotencyKeys keys, TimeProvider time, ILogger<FilingWriter> logger,
    Alerts.AlertSignal? alerts = null)
    : IAsyncDisposable
{
    /// <summary>At most this many queued filings share one transaction.</summary>
    private const int MaxBatch = 64;

    private readonly System.Threading.Channels.Channel<PendingFiling> _queue =
        System.Threading.Channels.Channel.CreateUnbounded<PendingFiling>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });

    private Task? _writerLoop;

    /// <summary>
    /// Queues a filing for the writer, which files whatever is queued in one transaction (group commit), each filing
    /// inside its own savepoint. The answer comes once the transaction holding it has committed.
    /// </summary>
    public Task<FilingOutcome> FileAsync(PendingFiling pending, CancellationToken cancellationToken) =>
        FileManyAsync([pending], cancellationToken)[0];

    /// <summary>
    /// Queues the filings of a batch together, in order, so that the writer takes them into as few transactions as it
    /// can; each answer comes once the transaction holding it has committed.
    /// </summary>
    public IReadOnlyList<Task<FilingOutcome>> FileManyAsync(IReadOnlyList<PendingFiling> filings, CancellationToken cancellationToken)
    {
        lock (_queue)
        {
            _writerLoop ??= Task.Run(WriteLoopAsync, CancellationToken.None);
            foreach (var pending in filings)
            {
                if (!_queue.Writer.TryWrite(pending))
                {
                    throw new ObjectDisposedException(nameof(FilingWriter), "The Api is shutting down.");
                }
            }
        }

        // A caller that gives up does not withdraw its filings: they may already be in a transaction. Retrying with the
        // same Idempotency-Key returns what was filed.
        return filings.Select(p => p.Completion.Task.WaitAsync(cancellationToken)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writerLoop is not null)
        {
            await _writerLoop;
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingFiling>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await WriteBatchAsync(batch);
        }
    }

    // WriteBatchAsync settles every filing of its batch whatever happens, so the loop itself never stops early.

    /// <summary>Each filing of a batch runs inside this savepoint, so one that fails is undone alone.</summary>
    private const string Savepoint = "filing";

    private const string SetSavepoint = "SAVEPOINT " + Savepoint;

    /// <summary>Releases the last filing's savepoint and sets the next one's: carried by the next filing's first statement.</summary>
    internal const string NextSavepoint = "RELEASE SAVEPOINT " + Savepoint + "; SAVEPOINT " + Savepoint;

    /// <summary>How often a batch is tried again after a deadlock or serialisation failure between instances.</summary>
    private const int TransientRetries = 5;

    private async Task WriteBatchAsync(List<PendingFiling> batch)
    {
        var outcomes = new FilingOutcome?[batch.Count];
        var errors = new Exception?[batch.Count];
        for (var attempt = 1; ; attempt++)
        {
            Array.Clear(outcomes);
            Array.Clear(errors);
            try
            {
                await WriteBatchOnceAsync(batch, outcomes, errors);
                break;
            }
            catch (Exception ex) when (ApiDatabase.IsTransient(ex) && attempt < TransientRetries)
            {
                // Nothing of the batch was committed; another instance held a row this batch needed. Try it whole again.
                Log.BatchRetried(logger, batch.Count, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50) * attempt));
            }
            catch (Exception ex)
            {
                // Nothing of the batch was committed: every filing in it fails (the client sees a 5xx and may retry).
                for (var i = 0; i < batch.Count; i++)
                {
                    errors[i] ??= ex;
                }

                break;
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is { } error)
            {
                batch[i].Completion.TrySetException(error);
                continue;
            }

            var outcome = outcomes[i]!;
            if (outcome.Result == FilingResult.Created && !outcome.Replayed)
            {
                Log.CaseFiled(logger, outcome.CaseId, batch[i].Filing.Mark, batch[i].Subject, WireName.Kebab(batch[i].Filing.Kind), batch[i].Filing.Verdict.Priority);
            }

            batch[i].Completion.TrySetResult(outcome);
        }
    }

    private async Task WriteBatchOnceAsync(List<PendingFiling> batch, FilingOutcome?[] outcomes, Exception?[] errors)
    {
        if (ReferenceEquals(database.Dialect, SqlDialect.PostgreSql) && batch.Count > 1 && await WriteSetBasedAsync(batch, outcomes))
        {
            return;
        }

        Array.Clear(outcomes);
        using var turn = await writer.EnterAsync(CancellationToken.None);
        var connection = turn.Connection;
        await using var transaction = await connection.BeginTransactionAsync();
        // The first savepoint is set with the look-ups; between filings, the next filing's first statement carries the
        // release of the last savepoint and the setting of its own (no round trip of their own); the commit releases the last.
        var lookups = await FilingLookups.LoadAsync(connection, transaction, database.Dialect, batch, SetSavepoint + "; ");
        var savepoint = new FilingStore.SavepointCarry();
        var first = true;
        foreach (var i in LockOrder(batch))
        {
            savepoint.ReleaseDue |= !first;
            first = false;
            try
            {
                outcomes[i] = await store.FileOneAsync(connection, transaction, batch[i], lookups, savepoint);
            }
            catch (Exception ex) when ((ex is DbException or InvalidOperationException or JsonException) && !ApiDatabase.IsTransient(ex))
            {
                await transaction.RollbackAsync(Savepoint);
                errors[i] = ex;
            }
        }

        // Old keys go at most once an hour, inside a write the gate already serialises: the table stays bounded.
        await keys.PurgeIfDueAsync(connection, transaction);
        await IdempotencyKeys.WriteAnswersAsync(connection, transaction, lookups.NewAnswers);
        await transaction.CommitAsync();
        alerts?.Notify();
    }

    /// <summary>
    /// Files a batch on PostgreSQL with its new cases started together (<see cref="NewCases"/>) and no savepoints. A
    /// filing that fails takes the transaction with it: false, nothing committed, and the batch is filed again one
    /// savepoint per filing, so that only the failing filing fails, as it always did.
    /// </summary>
    private async Task<bool> WriteSetBasedAsync(List<PendingFiling> batch, FilingOutcome?[] outcomes)
    {
        using var turn = await writer.EnterAsync(CancellationToken.None);
        var connection = turn.Connection;
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            var lookups = await FilingLookups.LoadAsync(connection, transaction, database.Dialect, batch, string.Empty);
            var order = LockOrder(batch).ToList();
            var now = StoredTime.Format(time.GetUtcNow());
            var started = await NewCases.StartAsync(connection, transaction, batch, order, lookups, now);
            var noSavepoints = new FilingStore.SavepointCarry();
            foreach (var i in order)
            {
                outcomes[i] = await store.FileOneAsync(connection, transaction, batch[i], lookups, noSavepoints, started.GetValueOrDefault(i));
            }

            await lookups.PendingFeatures.FlushAsync(connection, transaction);
            await keys.PurgeIfDueAsync(connection, transaction);
            await IdempotencyKeys.WriteAnswersAsync(connection, transaction, lookups.NewAnswers);
            if (!await IdempotencyKeys.InsertAnswersAsync(connection, transaction, lookups.AnswersAtCommit, now))
            {
                // Another instance answered a key of a filing started here: nothing is committed, and the per-filing
                // path claims each key first and replays that answer.
                Log.SetBasedBatchMetAnsweredKey(logger, batch.Count);
                await transaction.RollbackAsync();
                return false;
            }
        }
        catch (Exception ex) when ((ex is DbException or InvalidOperationException or JsonException) && !ApiDatabase.IsTransient(ex))
        {
            Log.SetBasedBatchAbandoned(logger, batch.Count, ex.Message);
            await transaction.RollbackAsync();
            return false;
        }

        await transaction.CommitAsync();
        alerts?.Notify();
        return true;
    }

    /// <summary>
    /// The order a transaction files its batch in: by case (mark, subject, kind), so that every instance's transactions
    /// take the rows of the cases they share in one order and wait for each other instead of deadlocking (two batches
    /// holding the same subjects in opposite orders would each lock a case the other needs next). Filings of one case
    /// keep the order they arrived in; each answer still goes to its own caller.
    /// </summary>
    internal static IEnumerable<int> LockOrder(IReadOnlyList<PendingFiling> batch) =>
        batch.Count < 2
            ? Enumerable.Range(0, batch.Count)
            : Enumerable.Range(0, batch.Count)
                .OrderBy(i => batch[i].Filing.Mark, StringComparer.Ordinal)
                .ThenBy(i => batch[i].Subject, StringComparer.Ordinal)
                .ThenBy(i => batch[i].Filing.Kind);
}
