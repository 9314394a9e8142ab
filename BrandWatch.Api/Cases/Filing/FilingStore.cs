using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// Files one filing inside a transaction of the <see cref="FilingWriter"/>, with its evidence, audit and case_events
/// outbox rows. Several Api instances may share a PostgreSQL database: the open case of a (mark, subject, kind) is
/// claimed with <c>INSERT … ON CONFLICT DO NOTHING</c> on its unique index and locked before it changes, and an
/// Idempotency-Key is claimed the same way before the filing it answers (<see cref="IdempotencyKeys"/>).
/// </summary>
internal sealed class FilingStore(ApiDatabase database, TimeProvider time, ILogger<FilingStore> logger, Facts.CaseRescorer? rescorer = null, Campaigns.CampaignStore? campaigns = null)
{
    private const string SelectCase = CaseRow.SelectById;

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

    private readonly string _updateFromFiling = UpdateFromFiling.Replace("MAX(", database.Dialect.Greatest + "(", StringComparison.Ordinal);

    /// <summary>The columns a new case is inserted with, shared with <see cref="NewCases"/>'s insert of many.</summary>
    internal const string InsertCaseColumns =
        "INSERT INTO cases (mark_id, owner, subject, kind, source, domain, status, priority, reviewed_priority, outcome, action, action_reason, overall, " +
        "act, damage, causation, fault, rule_version, verdict, version, filings, filed_at, updated_at, observed_at, tld, registrar, network, predecessor_id, first_seen_at) ";

    private static readonly string InsertCase =
        InsertCaseColumns + "VALUES " +
        "(@MarkId, @Owner, @Subject, @Kind, @Source, @Domain, 'new', @Priority, NULL, @Outcome, @Action, @ActionReason, @Overall, " +
        "@Act, @Damage, @Causation, @Fault, @RuleVersion, @Verdict, 1, 1, @Now, @Now, @ObservedAt, @Tld, @Registrar, @Network, @PredecessorId, " +
        Sightings.SightingStore.FirstSeenOfNewCase("@MarkId", "@Domain", "@SightingSeenAt", "@SightingSource", "@SightingFeed", "@SightingItem") + ") " +
        "ON CONFLICT (mark_id, subject, kind) WHERE status <> 'resolved' DO NOTHING RETURNING id AS Id, " + Sightings.SightingStore.EarlierCasesOfName + " AS Earlier";

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

    /// <summary>The columns of a filing row, in the order both its inserts list them (here, and <see cref="NewCaseRecords"/>).</summary>
    internal const string FilingColumns = "case_id, filed_at, observed_at, filed_by, priority, sha256, body";

    private const string InsertFiling =
        "INSERT INTO case_filings (" + FilingColumns + ") " +
        "VALUES (@CaseId, @Now, @ObservedAt, @FiledBy, @Priority, @Sha256, @Body) RETURNING id";

    private const string SelectStoredFiles = "SELECT sha256 FROM evidence_files WHERE sha256 IN @Shas";

    private const string InsertCaseFile =
        "INSERT INTO case_files (case_id, filing_id, sha256, kind, page_url, media_type, captured_at, tool) " +
        "VALUES (@CaseId, @FilingId, @Sha256, @Kind, @PageUrl, @MediaType, @CapturedAt, @Tool) ON CONFLICT DO NOTHING";

    /// <summary>Whether the next statement sent must first release the last filing's savepoint and set the next one's.</summary>
    public sealed class SavepointCarry
    {
        public bool ReleaseDue { get; set; }
    }

    /// <summary>
    /// Files one filing inside the writer's transaction: refused (unknown or retired mark, an evidence file not stored,
    /// a reused Idempotency-Key), replayed (a key answered before), onto the open case of its name, or as a new case.
    /// Every statement goes through the savepoint carry, so the first one also sets the filing's savepoint. A filing
    /// that <paramref name="started"/> claimed or inserted for goes on from there.
    /// </summary>
    public async Task<FilingOutcome> FileOneAsync(DbConnection connection, DbTransaction transaction, PendingFiling pending, FilingLookups lookups, SavepointCarry savepoint,
        NewCases.Started? started = null)
    {
        var (filing, subject, domain, raw, caller, idempotencyKey) = (pending.Filing, pending.Subject, pending.Domain, pending.Raw, pending.Caller, pending.IdempotencyKey);
        var requestHash = pending.RequestSha256;
        // Every path of a filing that sends anything sends it through here first (a refusal from the look-ups sends nothing).
        CommandDefinition Command(string sql, object? parameters = null)
        {
            if (savepoint.ReleaseDue)
            {
                savepoint.ReleaseDue = false;
                sql = FilingWriter.NextSavepoint + "; " + sql;
            }

            return new(sql, parameters, transaction);
        }

        if (idempotencyKey is not null && lookups.Answer(caller.KeyId, idempotencyKey) is { } answered)
        {
            return IdempotencyKeys.Replay(answered, requestHash);
        }

        var mark = lookups.Mark(filing.Mark);
        if (mark is null)
        {
            return FilingOutcome.Refused(new FilingRefusal(FilingRefusalReason.UnknownMark, MarkId: filing.Mark));
        }

        if (mark.RetiredAt is not null)
        {
            return FilingOutcome.Refused(new FilingRefusal(FilingRefusalReason.MarkRetired, MarkId: mark.Id, RetiredAt: mark.RetiredAt));
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
                return FilingOutcome.Refused(new FilingRefusal(FilingRefusalReason.EvidenceFileMissing, MissingFiles: missing));
            }
        }

        var now = started?.Now ?? StoredTime.Format(time.GetUtcNow());
        var kind = WireName.Kebab(filing.Kind);
        var openKey = new { MarkId = mark.Id, Subject = subject, Kind = kind };
        // A re-check that finds phishing on a domain case (or a domain case that was phishing) files onto that case.
        var find = !CaseKinds.IsDomainFamily(filing.Kind) ? _findOpen
            : string.Equals(subject, domain, StringComparison.Ordinal) ? _findOpenOrOfHost : _findOpenOrOfHostSubject;
        CaseRow? existing = null;
        Predecessor? predecessor;
        // The key's claim goes in the same round trip as the look-up of the open case, unless the start of the
        // transaction took the filing (and inserted the case when there was none open): its key is then inserted with
        // its answer at commit.
        var keyAtCommit = idempotencyKey is not null && started is { KeyAtCommit: true };
        var claimed = idempotencyKey is null || keyAtCommit;
        if (started?.Inserted is not null)
        {
            predecessor = started.Predecessor;
        }
        else
        {
            using (var found = await connection.QueryMultipleAsync(Command(claimed ? find : IdempotencyKeys.Claim + "; " + find, new
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
        var sighting = Sightings.SightingStore.OfFiling(filing, requestHash);
        var figures = CaseFigures.Of(mark, subject, domain, filing, verdict, now, predecessor?.Id, sighting);

        CaseRow row;
        FilingResult result;
        var inserted = started?.Inserted ?? (existing is null ? await connection.QuerySingleOrDefaultAsync<InsertedCase>(Command(InsertCase, figures)) : null);
        if (existing is null && inserted is null)
        {
            // Another instance opened this case since the select above; the insert waited for its commit. File onto it.
            existing = await connection.QuerySingleAsync<CaseRow>(Command(_selectOpenForUpdate, openKey));
        }

        if (inserted is not null)
        {
            var id = inserted.Id;
            if (started?.Written is { } written)
            {
                // A case started with others names no evidence files (NewCases): its filing row, audit line, read and
                // outbox rows were written with the transaction's other new cases; its sighting goes after them.
                row = written.Row;
                await Sightings.SightingStore.RecordFilingAsync(connection, transaction, true, mark.Id, domain, sighting, written.FilingId, now);
            }
            else
            {
                var filingId = await InsertFilingAsync(id);
                await Sightings.SightingStore.RecordFilingAsync(connection, transaction, true, mark.Id, domain, sighting, filingId, now);
                // The audit line and the read of the new case go in one round trip (the insert yields no rows to skip).
                row = await connection.QuerySingleAsync<CaseRow>(Command(CaseAudit.Insert + "; " + SelectCase, new
                {
                    CaseId = id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = (string?)null, To = CaseStatus.New,
                    Note = OpeningNote(predecessor), DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = 0, Id = id,
                }));
                foreach (var (type, extra) in OpeningEvents(row, inserted.Earlier > 0, predecessor))
                {
                    await CaseEvents.InsertAsync(connection, transaction, row, type, now, extra, CancellationToken.None);
                }
            }

            result = FilingResult.Created;
        }
        else
        {
            existing = existing ?? throw new InvalidOperationException("A filing found neither an open case nor a new one.");
            var changes = await EvidenceChangesAsync(existing.Id);
            var filingId = await InsertFilingAsync(existing.Id);
            await Sightings.SightingStore.RecordFilingAsync(connection, transaction, false, mark.Id, domain, sighting, filingId, now);
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
                await connection.ExecuteAsync(Command(CaseAudit.Insert, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = existing.Status,
                    Note = kindNote, DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
            }

            if (reopen)
            {
                await connection.ExecuteAsync(Command(CaseAudit.Insert, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = CaseStatus.New,
                    Note = $"reopened for review: priority rose to {verdict.Priority}, above {existing.ReviewedPriority} when last decided",
                    DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
                Log.CaseReopened(logger, existing.Id, verdict.Priority, (int)existing.ReviewedPriority!.Value);
            }

            // A registrar or holder that changed after the registrant had notice of the dispute is what a reviewer weighs
            // as cyberflight (F13): the trail and the event say so; the reviewer decides whether to record it.
            var moveAfterNotice = changes.Count > 0
                ? MoveAfterNotice.Suggest(changes, await Facts.FactsStore.LatestAsync(connection, transaction, existing.Id) ?? filing.Evidence.Reviewer, filing.ObservedAt)
                : null;
            if (changes.Count > 0)
            {
                await connection.ExecuteAsync(Command(CaseAudit.Insert, new
                {
                    CaseId = existing.Id, At = now, Actor = caller.KeyId, ActorRole = caller.Role, From = existing.Status, To = newStatus,
                    Note = "evidence changed: " + string.Join("; ", changes) + (moveAfterNotice is null ? string.Empty : "; " + moveAfterNotice),
                    DismissalReason = (string?)null, ActionTaken = (string?)null, VersionSeen = existing.Version,
                }));
            }

            row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { existing.Id }));
            if (changes.Count > 0)
            {
                var payload = new JsonObject
                {
                    ["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject { ["field"] = c.Field, ["before"] = c.Before, ["after"] = c.After })]),
                };
                if (moveAfterNotice is not null)
                {
                    payload["moveAfterNotice"] = moveAfterNotice;
                }

                await CaseEvents.InsertAsync(connection, transaction, row, CaseEventTypes.EvidenceChanged, now, payload, CancellationToken.None);
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

            result = FilingResult.Refiled;
        }

        // The case's campaign is brought up to date in the same transaction (F4 from the campaign, issue 16).
        if (campaigns is not null && await campaigns.OnFilingAsync(connection, transaction, row.Id, result == FilingResult.Created, row.Owner, row.Domain, filing, caller,
                lookups.Infrastructure, started?.Written is not null ? lookups.PendingFeatures : null))
        {
            row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { row.Id }));
        }

        var body = JsonSerializer.Serialize(row.ToSummary(), ApiJson.Output);
        var location = $"/api/cases/{row.Id}";
        if (idempotencyKey is not null)
        {
            // Written with the transaction's other answers just before it commits: into the claim (WriteAnswersAsync),
            // or as the key's row when the start of the transaction took the filing (InsertAnswersAsync).
            lookups.Answered(caller.KeyId, IdempotencyKeys.Row(idempotencyKey, requestHash, result, location, row.ETag, body), keyAtCommit);
        }

        return new FilingOutcome(result, body, location, row.ETag, false, null, row.Id);

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
                        capture.MediaType, CapturedAt = StoredTime.Format(capture.CapturedAt), capture.Tool,
                    }));
                }
            }

            return filingId;
        }

        async Task<FilingOutcome?> ReplayAsync()
        {
            var prior = await connection.QuerySingleOrDefaultAsync<IdempotencyRow>(Command(IdempotencyKeys.Select, new { caller.KeyId, Key = idempotencyKey }));
            return prior is null ? null : IdempotencyKeys.Replay(prior, requestHash);
        }
    }

    /// <summary>The audit note of a new case: filed, or filed again after its predecessor was resolved.</summary>
    internal static string OpeningNote(Predecessor? predecessor) =>
        predecessor is null ? "filed" : $"filed again: the name is back after case {predecessor.Id} was resolved ({predecessor.ResolvedAt})";

    /// <summary>
    /// The outbox events of a new case, in order: case-filed (a subscriber that wants each name once skips those of names
    /// seen before, a resolved case that is back), and reappeared when it follows a resolved case.
    /// </summary>
    internal static IEnumerable<(string Type, JsonObject Extra)> OpeningEvents(CaseRow row, bool seenBefore, Predecessor? predecessor)
    {
        yield return (CaseEventTypes.CaseFiled, new JsonObject
        {
            ["firstSeenAt"] = row.FirstSeenAt,
            ["seenBefore"] = seenBefore,
            ["predecessor"] = predecessor?.Id,
        });
        if (predecessor is not null)
        {
            yield return (CaseEventTypes.Reappeared, new JsonObject
            {
                ["predecessor"] = predecessor.Id,
                ["predecessorResolvedAt"] = predecessor.ResolvedAt,
            });
        }
    }

    /// <summary>The resolved case a new case of the same name follows.</summary>
    internal sealed record Predecessor(long Id, string ResolvedAt);

    /// <summary>A case the filing inserted, and how many earlier cases its name had.</summary>
    internal sealed record InsertedCase(long Id, long Earlier);
}
