using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Http;
using BrandWatch.Api.Reviews;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using Dapper;
using System.Data.Common;

namespace BrandWatch.Api.Cases;

/// <summary>
/// The write side of the cases in SQLite or PostgreSQL (the reads are <see cref="CaseQueries"/>). Every change (filing,
/// reopening, review transition) is one transaction that also
/// appends its evidence or audit row and its case_events outbox row. Several Api instances may share a PostgreSQL
/// database: the open case of a (mark, subject, kind) is claimed with <c>INSERT … ON CONFLICT DO NOTHING</c> on its
/// unique index and locked before it changes, an Idempotency-Key is claimed the same way before the filing it
/// answers, and a transition changes the row only at the version the caller saw.
/// </summary>
internal sealed class CaseStore(ApiDatabase database, TimeProvider time, WriteGate gate, ILogger<CaseStore> logger, Alerts.AlertSignal? alerts = null, Facts.CaseRescorer? rescorer = null,
    Campaigns.CampaignStore? campaigns = null)
    : IAsyncDisposable
{
    /// <summary>At most this many queued filings share one transaction.</summary>
    private const int MaxBatch = 64;

    // Writes run one at a time behind the gate, so they share one open connection (its pragmas set once).
    private DbConnection? _writer;

    private readonly System.Threading.Channels.Channel<PendingFiling> _queue =
        System.Threading.Channels.Channel.CreateUnbounded<PendingFiling>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });

    private Task? _writerLoop;

    private const string SelectCase = CaseRow.SelectById;

    private const string SelectVerdict = CaseRow.SelectVerdictById;

    private const string SelectOpen =
        "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.mark_id = @MarkId AND c.subject = @Subject AND c.kind = @Kind AND c.status <> 'resolved'";

    // The open case a filing files onto, in one statement: that of its (mark, subject, kind), or else for the domain
    // family the oldest open one about its host (by domain for a bare domain, by subject for a page). Followed, in the
    // same round trip, by the predecessor look-up that a filing which finds none needs.
    private const string OpenById = "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.status <> 'resolved' AND c.id = ";

    private const string OpenId = "(SELECT id FROM cases WHERE mark_id = @MarkId AND subject = @Subject AND kind = @Kind AND status <> 'resolved')";

    private const string OpenOfHostId =
        "(SELECT id FROM cases WHERE mark_id = @MarkId AND domain = @Domain AND kind IN ('domain', 'phishing', 'counterfeit') AND status <> 'resolved' ORDER BY id LIMIT 1)";

    private const string OpenOfHostSubjectId =
        "(SELECT id FROM cases WHERE mark_id = @MarkId AND subject = @Domain AND kind IN ('domain', 'phishing', 'counterfeit') AND status <> 'resolved' ORDER BY id LIMIT 1)";

    private readonly string _findOpen = OpenById + OpenId + database.Dialect.ForUpdate + "; " + SelectPredecessor;

    private readonly string _findOpenOrOfHost = OpenById + "COALESCE(" + OpenId + ", " + OpenOfHostId + ")" + database.Dialect.ForUpdate + "; " + SelectPredecessor;

    private readonly string _findOpenOrOfHostSubject = OpenById + "COALESCE(" + OpenId + ", " + OpenOfHostSubjectId + ")" + database.Dialect.ForUpdate + "; " + SelectPredecessor;

    // Selects of a row about to change: FOR UPDATE on PostgreSQL (SQLite's single writer needs nothing).
    private readonly string _selectOpenForUpdate = SelectOpen + database.Dialect.ForUpdate;

    private readonly string _selectCaseForUpdate = SelectCase + database.Dialect.ForUpdate;

    private readonly string _updateFromFiling = UpdateFromFiling.Replace("MAX(", database.Dialect.Greatest + "(", StringComparison.Ordinal);

    private const string SelectIdempotency =
        "SELECT idempotency_key AS IdempotencyKey, request_sha256 AS RequestSha256, status AS Status, location AS Location, etag AS ETag, body AS Body " +
        "FROM idempotency_keys WHERE key_id = @KeyId AND idempotency_key = @Key";

    /// <summary>How long an Idempotency-Key is answered from memory of the first request; a retry comes within minutes.</summary>
    public static readonly TimeSpan KeepIdempotencyKeysFor = TimeSpan.FromDays(30);

    private static readonly TimeSpan PurgeIdempotencyKeysEvery = TimeSpan.FromHours(1);

    private const string PurgeIdempotency = "DELETE FROM idempotency_keys WHERE created_at < @Before";

    private DateTimeOffset _lastIdempotencyPurge = DateTimeOffset.MinValue;

    // A key is claimed before the filing it answers (status 0, no body), and the answer written into the claim after:
    // a second instance filing with the same key waits on the claim and then replays the answer.
    private const string ClaimIdempotency =
        "INSERT INTO idempotency_keys (key_id, idempotency_key, request_sha256, status, location, etag, body, created_at) " +
        "VALUES (@KeyId, @Key, @RequestSha256, 0, NULL, NULL, '', @Now) ON CONFLICT DO NOTHING RETURNING 1";

    private const string AnswerIdempotency =
        "UPDATE idempotency_keys SET status = @Status, location = @Location, etag = @ETag, body = @Body WHERE key_id = @KeyId AND idempotency_key = @Key";

    // On PostgreSQL the answers go as one batch of these (one round trip), each a probe of the primary key: an
    // UPDATE … FROM unnest(…) joined by a plan made on an empty table read the whole table once the plan was kept.
    private const string AnswerIdempotencyPositional =
        "UPDATE idempotency_keys SET status = $3, location = $4, etag = $5, body = $6 WHERE key_id = $1 AND idempotency_key = $2";

    private const string InsertCase =
        "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, reviewed_priority, outcome, action, action_reason, overall, " +
        "act, damage, causation, fault, rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network, predecessor_id) VALUES " +
        "(@MarkId, @Owner, @Subject, @Kind, @Source, @Domain, 'new', @Priority, NULL, @Outcome, @Action, @ActionReason, @Overall, " +
        "@Act, @Damage, @Causation, @Fault, @RuleVersion, @Verdict, 1, 1, @Now, @Now, @ObservedAt, @Tld, @Registrar, @Network, @PredecessorId) " +
        "ON CONFLICT (mark_id, subject, kind) WHERE status <> 'resolved' DO NOTHING RETURNING id";

    private const string SelectLatestFilingBody = "SELECT body FROM case_filings WHERE case_id = @Id ORDER BY id DESC LIMIT 1";

    // The latest resolved case of the same mark, name and kind: the one a new case of that name follows.
    private const string SelectPredecessor =
        "SELECT id AS Id, updated_at AS ResolvedAt FROM cases WHERE mark_id = @MarkId AND subject = @Subject AND kind = @Kind AND status = 'resolved' " +
        "ORDER BY id DESC LIMIT 1";

    private const string UpdateFromFiling =
        "UPDATE cases SET priority = @Priority, outcome = @Outcome, action = @Action, action_reason = @ActionReason, overall = @Overall, " +
        "act = @Act, damage = @Damage, causation = @Causation, fault = @Fault, rule_version = @RuleVersion, verdict = @Verdict, " +
        "status = @Status, source = COALESCE(source, @Source), tld = @Tld, registrar = COALESCE(@Registrar, registrar), network = COALESCE(@Network, network), " +
        "version = version + 1, filings = filings + 1, updated_at = @Now, observed_at = MAX(observed_at, @ObservedAt) " +
        "WHERE id = @Id";

    private const string InsertFiling =
        "INSERT INTO case_filings (case_id, filed_at, observed_at, filed_by, priority, sha256, body) " +
        "VALUES (@CaseId, @Now, @ObservedAt, @FiledBy, @Priority, @Sha256, @Body) RETURNING id";

    private const string SelectStoredFiles = "SELECT sha256 FROM evidence_files WHERE sha256 IN @Shas";

    private const string InsertCaseFile =
        "INSERT INTO case_files (case_id, filing_id, sha256, kind, page_url, media_type, captured_at, tool) " +
        "VALUES (@CaseId, @FilingId, @Sha256, @Kind, @PageUrl, @MediaType, @CapturedAt, @Tool) ON CONFLICT DO NOTHING";

    private const string InsertAudit =
        "INSERT INTO case_audit (case_id, at, actor, actor_role, from_status, to_status, note, dismissal_reason, action_taken, version_seen) " +
        "VALUES (@CaseId, @At, @Actor, @ActorRole, @From, @To, @Note, @DismissalReason, @ActionTaken, @VersionSeen)";

    private const string UpdateFromReview =
        "UPDATE cases SET status = @To, version = version + 1, updated_at = @Now, " +
        "reviewed_priority = CASE WHEN @Decided = 1 THEN priority ELSE reviewed_priority END, " +
        "dismissal_reason = CASE WHEN @To = 'dismissed' THEN @Reason WHEN @To = 'in_review' THEN NULL ELSE dismissal_reason END, " +
        "action_taken = COALESCE(@ActionTaken, action_taken) WHERE id = @Id AND version = @Version";


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
                    throw new ObjectDisposedException(nameof(CaseStore), "The Api is shutting down.");
                }
            }
        }

        // A caller that gives up does not withdraw its filings: they may already be in a transaction. Retrying with the
        // same Idempotency-Key returns what was filed.
        return filings.Select(p => p.Completion.Task.WaitAsync(cancellationToken)).ToList();
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

    private const string NextSavepoint = "RELEASE SAVEPOINT " + Savepoint + "; SAVEPOINT " + Savepoint;

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
            if (outcome.Status == StatusCodes.Status201Created && !outcome.Replayed)
            {
                Log.CaseFiled(logger, outcome.CaseId, batch[i].Filing.Mark, batch[i].Subject, WireName.Kebab(batch[i].Filing.Kind), batch[i].Filing.Verdict.Priority);
            }

            batch[i].Completion.TrySetResult(outcome);
        }
    }

    private async Task WriteBatchOnceAsync(List<PendingFiling> batch, FilingOutcome?[] outcomes, Exception?[] errors)
    {
        using var entered = await gate.EnterAsync(CancellationToken.None);
        var connection = await WriterAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        // The first savepoint is set with the look-ups; between filings, the next filing's first statement carries the
        // release of the last savepoint and the setting of its own (no round trip of their own); the commit releases the last.
        var lookups = await FilingLookups.LoadAsync(connection, transaction, database.Dialect, batch, SetSavepoint + "; ");
        var savepoint = new SavepointCarry();
        for (var i = 0; i < batch.Count; i++)
        {
            savepoint.ReleaseDue |= i > 0;
            try
            {
                outcomes[i] = await FileOneAsync(connection, transaction, batch[i], lookups, savepoint);
            }
            catch (Exception ex) when ((ex is DbException or InvalidOperationException or JsonException) && !ApiDatabase.IsTransient(ex))
            {
                await transaction.RollbackAsync(Savepoint);
                errors[i] = ex;
            }
        }

        // Old keys go at most once an hour, inside a write the gate already serialises: the table stays bounded.
        var now = time.GetUtcNow();
        if (now - _lastIdempotencyPurge >= PurgeIdempotencyKeysEvery)
        {
            await connection.ExecuteAsync(new CommandDefinition(PurgeIdempotency, new { Before = Iso.Format(now - KeepIdempotencyKeysFor) }, transaction));
            _lastIdempotencyPurge = now;
        }

        await WriteAnswersAsync(connection, transaction, lookups.NewAnswers);
        await transaction.CommitAsync();
        alerts?.Notify();
    }

    /// <summary>Writes the answers of the transaction's filings into their claimed keys: one round trip on PostgreSQL, one statement per key on SQLite (in-process).</summary>
    private async Task WriteAnswersAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<(string KeyId, IdempotencyRow Answer)> answers)
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
                batch.BatchCommands.Add(new Npgsql.NpgsqlBatchCommand(AnswerIdempotencyPositional)
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

        await connection.ExecuteAsync(new CommandDefinition(AnswerIdempotency, answers.Select(a => new
        {
            a.KeyId, Key = a.Answer.IdempotencyKey, a.Answer.Status, a.Answer.Location, a.Answer.ETag, a.Answer.Body,
        }).ToList(), transaction));
    }

    /// <summary>Whether the next statement sent must first release the last filing's savepoint and set the next one's.</summary>
    private sealed class SavepointCarry
    {
        public bool ReleaseDue { get; set; }
    }

    private async Task<FilingOutcome> FileOneAsync(DbConnection connection, DbTransaction transaction, PendingFiling pending, FilingLookups lookups, SavepointCarry savepoint)
    {
        var (filing, subject, domain, raw, caller, idempotencyKey) = (pending.Filing, pending.Subject, pending.Domain, pending.Raw, pending.Caller, pending.IdempotencyKey);
        var requestHash = Sha256(raw);
        // Every path of a filing that sends anything sends it through here first (a refusal from the look-ups sends nothing).
        CommandDefinition Command(string sql, object? parameters = null)
        {
            if (savepoint.ReleaseDue)
            {
                savepoint.ReleaseDue = false;
                sql = NextSavepoint + "; " + sql;
            }

            return new(sql, parameters, transaction);
        }

        if (idempotencyKey is not null && lookups.Answer(caller.KeyId, idempotencyKey) is { } answered)
        {
            return Replay(answered);
        }

        var mark = lookups.Mark(filing.Mark);
        if (mark is null)
        {
            return Fail(new FilingRefusal(FilingRefusalReason.UnknownMark, MarkId: filing.Mark));
        }

        if (mark.RetiredAt is not null)
        {
            return Fail(new FilingRefusal(FilingRefusalReason.MarkRetired, MarkId: mark.Id, RetiredAt: mark.RetiredAt));
        }

        // Every file the filing names must be in the evidence store already (the Worker uploads first). Checked inside
        // the writer's transaction, which this process's purge never overlaps; another instance's purge waits on the
        // rows' share lock and then finds them named.
        var named = filing.Evidence.Pages.SelectMany(p => p.Captures ?? []).Select(c => c.Sha256).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
        {
            var stored = (await connection.QueryAsync<string>(Command(database.Dialect.Lists(SelectStoredFiles) + database.Dialect.ForShare, new { Shas = named }))).ToHashSet(StringComparer.Ordinal);
            var missing = named.Where(s => !stored.Contains(s)).ToList();
            if (missing.Count > 0)
            {
                return Fail(new FilingRefusal(FilingRefusalReason.EvidenceFileMissing, MissingFiles: missing));
            }
        }

        var now = Iso.Format(time.GetUtcNow());
        var kind = WireName.Kebab(filing.Kind);
        var openKey = new { MarkId = mark.Id, Subject = subject, Kind = kind };
        // A re-check that finds phishing on a domain case (or a domain case that was phishing) files onto that case.
        var find = !CaseKinds.IsDomainFamily(filing.Kind) ? _findOpen
            : string.Equals(subject, domain, StringComparison.Ordinal) ? _findOpenOrOfHost : _findOpenOrOfHostSubject;
        CaseRow? existing;
        Predecessor? predecessor;
        // The key's claim goes in the same round trip as the look-up of the open case.
        var claimed = idempotencyKey is null;
        using (var found = await connection.QueryMultipleAsync(Command(claimed ? find : ClaimIdempotency + "; " + find, new
        {
            MarkId = mark.Id, Subject = subject, Kind = kind, Domain = domain, caller.KeyId, Key = idempotencyKey, RequestSha256 = requestHash, Now = now,
        })))
        {
            claimed = claimed || await found.ReadSingleOrDefaultAsync<long?>() is not null;
            existing = await found.ReadSingleOrDefaultAsync<CaseRow>();
            // A name whose case was resolved opens a new case that follows it (the resolved one keeps its history).
            var latestResolved = await found.ReadSingleOrDefaultAsync<Predecessor>();
            predecessor = existing is null ? latestResolved : null;
        }

        if (!claimed)
        {
            // Another instance claimed the key first and has committed by now (the claim waited for it), or a filing
            // before this one in the transaction did: answer as it did.
            return await ReplayAsync() ?? throw new InvalidOperationException($"Idempotency-Key '{idempotencyKey}' is claimed but holds no answer.");
        }

        // A case with reviewer facts keeps them: the new evidence is scored with them (the filing is stored as sent).
        var verdict = existing is not null && rescorer is not null
            ? await Facts.FactsStore.ScoreWithFactsAsync(connection, transaction, rescorer, existing.Id, existing.Owner, filing) ?? filing.Verdict
            : filing.Verdict;
        var figures = new
        {
            MarkId = mark.Id,
            mark.Owner,
            Subject = subject,
            Kind = kind,
            Source = filing.Source is { } source ? WireName.Kebab(source) : null,
            Domain = domain,
            verdict.Priority,
            Outcome = WireName.Kebab(verdict.Outcome),
            Action = WireName.Kebab(verdict.Action),
            verdict.ActionReason,
            verdict.Overall,
            Act = verdict.Act.Score,
            Damage = verdict.Damage.Score,
            Causation = verdict.Causation.Score,
            Fault = verdict.Fault.Score,
            verdict.RuleVersion,
            Verdict = JsonSerializer.Serialize(verdict, ApiJson.Output),
            Now = now,
            ObservedAt = Iso.Format(filing.ObservedAt),
            Tld = CasePlaces.Tld(domain),
            Registrar = CasePlaces.Registrar(filing.Evidence),
            Network = CasePlaces.Network(filing.Evidence),
            PredecessorId = predecessor?.Id,
        };

        CaseRow row;
        int status;
        var inserted = existing is null ? await connection.ExecuteScalarAsync<long?>(Command(InsertCase, figures)) : null;
        if (existing is null && inserted is null)
        {
            // Another instance opened this case since the select above; the insert waited for its commit. File onto it.
            existing = await connection.QuerySingleAsync<CaseRow>(Command(_selectOpenForUpdate, openKey));
        }

        if (inserted is { } id)
        {
            var filingId = await InsertFilingAsync(id);
            var seenBefore = await Sightings.SightingStore.RecordFilingAsync(connection, transaction, id, true, mark.Id, domain, filing, filingId, requestHash, now);
            // The audit line and the read of the new case go in one round trip (the insert yields no rows to skip).
            row = await connection.QuerySingleAsync<CaseRow>(Command(InsertAudit + "; " + SelectCase, new
            {
                CaseId = id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = (string?)null, To = CaseStatus.New,
                Note = predecessor is null ? "filed" : $"filed again: the name is back after case {predecessor.Id} was resolved ({predecessor.ResolvedAt})",
                DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = 0, Id = id,
            }));
            // A subscriber that wants each name once skips case-filed events of names seen before (a resolved case that is back).
            await CaseEvents.InsertAsync(connection, transaction, row, CaseEventTypes.CaseFiled, now, new JsonObject
            {
                ["firstSeenAt"] = row.FirstSeenAt,
                ["seenBefore"] = seenBefore,
                ["predecessor"] = predecessor?.Id,
            }, CancellationToken.None);
            if (predecessor is not null)
            {
                await CaseEvents.InsertAsync(connection, transaction, row, CaseEventTypes.Reappeared, now, new JsonObject
                {
                    ["predecessor"] = predecessor.Id,
                    ["predecessorResolvedAt"] = predecessor.ResolvedAt,
                }, CancellationToken.None);
            }
            status = StatusCodes.Status201Created;
        }
        else
        {
            existing = existing ?? throw new InvalidOperationException("A filing found neither an open case nor a new one.");
            var changes = await EvidenceChangesAsync(existing.Id);
            var filingId = await InsertFilingAsync(existing.Id);
            await Sightings.SightingStore.RecordFilingAsync(connection, transaction, existing.Id, false, mark.Id, domain, filing, filingId, requestHash, now);
            var raised = verdict.Priority > existing.Priority;
            var reopen = raised && CaseStatus.Decided.Contains(existing.Status) && existing.ReviewedPriority is { } reviewed && verdict.Priority > reviewed;
            var newStatus = reopen ? CaseStatus.New : existing.Status;
            await connection.ExecuteAsync(Command(_updateFromFiling, new
            {
                existing.Id, figures.Priority, figures.Outcome, figures.Action, figures.ActionReason, figures.Overall, figures.Act, figures.Damage,
                figures.Causation, figures.Fault, figures.RuleVersion, figures.Verdict, figures.Source, Status = newStatus, Now = now, figures.ObservedAt,
                figures.Tld, figures.Registrar, figures.Network,
            }));
            if (await CaseKindChange.ApplyAsync(connection, transaction, existing, filing.Kind, verdict) is { } kindNote)
            {
                await connection.ExecuteAsync(Command(InsertAudit, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = existing.Status,
                    Note = kindNote, DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
            }

            if (reopen)
            {
                await connection.ExecuteAsync(Command(InsertAudit, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = CaseStatus.New,
                    Note = $"reopened for review: priority rose to {verdict.Priority}, above {existing.ReviewedPriority} when last decided",
                    DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
                Log.CaseReopened(logger, existing.Id, verdict.Priority, (int)existing.ReviewedPriority!.Value);
            }

            if (changes.Count > 0)
            {
                await connection.ExecuteAsync(Command(InsertAudit, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = newStatus,
                    Note = "evidence changed: " + string.Join("; ", changes),
                    DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
            }

            row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { existing.Id }));
            if (changes.Count > 0)
            {
                await CaseEvents.InsertAsync(connection, transaction, row, CaseEventTypes.EvidenceChanged, now, new JsonObject
                {
                    ["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject { ["field"] = c.Field, ["before"] = c.Before, ["after"] = c.After })]),
                }, CancellationToken.None);
            }

            if (raised)
            {
                await CaseEvents.InsertAsync(connection, transaction, row, CaseEventTypes.PriorityRaised, now, new JsonObject
                {
                    ["previousPriority"] = existing.Priority,
                    ["reopened"] = reopen,
                    ["previousStatus"] = existing.Status,
                }, CancellationToken.None);
            }

            status = StatusCodes.Status200OK;
        }

        // The case's campaign is brought up to date in the same transaction (F4 from the campaign, issue 16).
        if (campaigns is not null && await campaigns.OnFilingAsync(connection, transaction, row.Id, status == StatusCodes.Status201Created, row.Owner, row.Domain, filing, caller))
        {
            row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { row.Id }));
        }

        var body = JsonSerializer.Serialize(row.ToSummary(), ApiJson.Output);
        var location = $"/api/cases/{row.Id}";
        if (idempotencyKey is not null)
        {
            // Written into the claim with the transaction's other answers just before it commits (WriteAnswersAsync).
            lookups.Answered(caller.KeyId, new IdempotencyRow
            {
                IdempotencyKey = idempotencyKey, RequestSha256 = requestHash, Status = status, Location = location, ETag = row.ETag, Body = body,
            });
        }

        return new FilingOutcome(status, body, location, row.ETag, false, null, row.Id);

        // What the new filing's evidence shows differently from the case's latest filing (nothing when that is unreadable).
        async Task<IReadOnlyList<EvidenceChange>> EvidenceChangesAsync(long caseId)
        {
            var body = await connection.QuerySingleOrDefaultAsync<byte[]>(Command(SelectLatestFilingBody, new { Id = caseId }));
            try
            {
                return body is not null && JsonSerializer.Deserialize<CaseFiling>(body, ContractJson.Options) is { } previous
                    ? EvidenceDiff.Between(previous.Evidence, filing.Evidence)
                    : [];
            }
            catch (JsonException)
            {
                return [];
            }
        }

        async Task<long> InsertFilingAsync(long caseId)
        {
            var filingId = await connection.ExecuteScalarAsync<long>(Command(InsertFiling, new
            {
                CaseId = caseId, Now = now, figures.ObservedAt, FiledBy = caller.KeyId, verdict.Priority, Sha256 = requestHash, Body = raw,
            }));
            foreach (var page in filing.Evidence.Pages)
            {
                foreach (var capture in page.Captures ?? [])
                {
                    await connection.ExecuteAsync(Command(InsertCaseFile, new
                    {
                        CaseId = caseId, FilingId = filingId, capture.Sha256, Kind = WireName.Kebab(capture.Kind), PageUrl = page.FinalUrl ?? page.Url,
                        capture.MediaType, CapturedAt = Iso.Format(capture.CapturedAt), capture.Tool,
                    }));
                }
            }

            return filingId;
        }

        async Task<FilingOutcome?> ReplayAsync()
        {
            var prior = await connection.QuerySingleOrDefaultAsync<IdempotencyRow>(Command(SelectIdempotency, new { caller.KeyId, Key = idempotencyKey }));
            return prior is null ? null : Replay(prior);
        }

        FilingOutcome Replay(IdempotencyRow prior) => prior.RequestSha256 == requestHash
            ? new FilingOutcome((int)prior.Status, prior.Body, prior.Location, prior.ETag, true, null, 0)
            : Fail(new FilingRefusal(FilingRefusalReason.IdempotencyKeyReused));

        static FilingOutcome Fail(FilingRefusal refusal) => new(0, null, null, null, false, refusal, 0);
    }

    /// <summary>Moves a case through the review state machine; appends the audit line and the outbox event in the same transaction.</summary>
    public async Task<(TransitionResult Result, CaseRow? Row)> TransitionAsync(long id, ReviewRequest request, long expectedVersion, Caller caller, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        var connection = await WriterAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CommandDefinition Command(string sql, object? parameters = null) => new(sql, parameters, transaction, cancellationToken: cancellationToken);

        var current = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(_selectCaseForUpdate, new { Id = id }));
        if (current is null || !caller.CanSee(current.Owner))
        {
            return (TransitionResult.NotFound, null);
        }

        if (current.Version != expectedVersion)
        {
            return (TransitionResult.VersionMismatch, current);
        }

        if (!CaseStatus.CanMove(current.Status, request.To))
        {
            return (TransitionResult.Illegal, current);
        }

        var now = Iso.Format(time.GetUtcNow());
        var decided = CaseStatus.Decided.Contains(request.To, StringComparer.Ordinal);
        if (await connection.ExecuteAsync(Command(UpdateFromReview, new
        {
            request.To, Now = now, Decided = decided ? 1 : 0, request.Reason, ActionTaken = request.Action, Id = id, current.Version,
        })) == 0)
        {
            // Changed since it was read (the lock above makes this a backstop): the caller must re-read, as with a stale If-Match.
            return (TransitionResult.VersionMismatch, await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(SelectCase, new { Id = id })));
        }
        await connection.ExecuteAsync(Command(InsertAudit, new
        {
            CaseId = id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = current.Status, request.To, request.Note,
            DismissalReason = request.Reason, ActionTaken = request.Action, VersionSeen = expectedVersion,
        }));
        var row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { Id = id }));
        var eventType = request.To switch
        {
            CaseStatus.Actioned => CaseEventTypes.Actioned,
            CaseStatus.Resolved => CaseEventTypes.Resolved,
            _ => CaseEventTypes.Reviewed,
        };
        await CaseEvents.InsertAsync(connection, transaction, row, eventType, now, new JsonObject
        {
            ["transition"] = new JsonObject
            {
                ["from"] = current.Status,
                ["to"] = request.To,
                ["note"] = request.Note,
                ["reason"] = request.Reason,
                ["action"] = request.Action,
                ["actor"] = caller.KeyId,
                ["actorRole"] = caller.Role,
            },
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        alerts?.Notify();
        Log.CaseTransition(logger, id, current.Status, request.To, caller.KeyId);
        return (TransitionResult.Done, row);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writerLoop is not null)
        {
            await _writerLoop;
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    /// <summary>The shared write connection; call only inside the gate. A broken one is replaced on the next write.</summary>
    private async Task<DbConnection> WriterAsync(CancellationToken cancellationToken)
    {
        if (_writer is { State: System.Data.ConnectionState.Open })
        {
            return _writer;
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        _writer = await database.OpenWriterAsync(cancellationToken);
        return _writer;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The resolved case a new case of the same name follows.</summary>
    private sealed record Predecessor(long Id, string ResolvedAt);
}
