using BrandWatch.Rules.Marks;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using BrandWatch.Api.Marks;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using Dapper;
using System.Data.Common;
using BrandWatch.Time;

namespace BrandWatch.Api.Facts;

/// <summary>
/// Reviewer facts in SQLite (case_facts, one row per version). Stating facts re-scores the case and, in the same
/// transaction, stores the version, updates the case's verdict and figures and appends an audit line.
/// </summary>
internal sealed class FactsStore(ApiDatabase database, TimeProvider time, WriteGate gate, CaseRescorer rescorer, ILogger<FactsStore> logger)
{
    private const string SelectCase = "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.id = @Id";

    private const string SelectLatestFiling = "SELECT id AS Id, body AS Body FROM case_filings WHERE case_id = @Id ORDER BY id DESC LIMIT 1";

    private const string SelectMark = "SELECT id AS Id, owner AS Owner, name AS Name, document AS Document, version AS Version, created_at AS CreatedAt, " +
        "updated_at AS UpdatedAt, retired_at AS RetiredAt FROM marks WHERE id = @Id";

    private const string SelectOwnerMarks = "SELECT document FROM marks WHERE owner = @Owner AND retired_at IS NULL";

    private const string SelectVersions =
        "SELECT case_id AS CaseId, version AS Version, facts AS Facts, at AS At, actor AS Actor, actor_role AS ActorRole, filing_id AS FilingId, " +
        "mark_version AS MarkVersion, rule_version AS RuleVersion, rule_hash AS RuleHash, before_verdict AS BeforeVerdict, after_verdict AS AfterVerdict " +
        "FROM case_facts WHERE case_id = @Id ORDER BY version";

    private const string SelectLatestFacts = "SELECT version AS Version, facts AS Facts FROM case_facts WHERE case_id = @Id ORDER BY version DESC LIMIT 1";

    private const string InsertFacts =
        "INSERT INTO case_facts (case_id, version, facts, at, actor, actor_role, filing_id, mark_version, rule_version, rule_hash, before_verdict, after_verdict) " +
        "VALUES (@CaseId, @Version, @Facts, @At, @Actor, @ActorRole, @FilingId, @MarkVersion, @RuleVersion, @RuleHash, @BeforeVerdict, @AfterVerdict)";

    private const string UpdateCase =
        "UPDATE cases SET priority = @Priority, outcome = @Outcome, action = @Action, action_reason = @ActionReason, overall = @Overall, " +
        "act = @Act, damage = @Damage, causation = @Causation, fault = @Fault, verdict = @Verdict, version = version + 1, updated_at = @Now " +
        "WHERE id = @Id AND version = @Version";

    /// <summary>
    /// The verdict of a new filing for a case that has reviewer facts, scored with the newest facts; null when the case
    /// has none, or when the filing was scored under another rule version (its own verdict then stands).
    /// </summary>
    public static async Task<Verdict?> ScoreWithFactsAsync(DbConnection connection, DbTransaction transaction, CaseRescorer rescorer, long caseId, string owner, CaseFiling filing)
    {
        if (await LatestAsync(connection, transaction, caseId) is not { } facts
            || !rescorer.CanRescore(filing))
        {
            return null;
        }

        var (mark, ownerMarks, _) = await LoadMarksAsync(connection, transaction, filing.Mark, owner, CancellationToken.None);
        var pattern = await Campaigns.CampaignStore.PatternAsync(connection, transaction, caseId, CancellationToken.None);
        return rescorer.Score(filing, mark, owner, ownerMarks, facts, pattern);
    }

    /// <summary>The case's newest reviewer facts, or null when a reviewer has stated none.</summary>
    public static async Task<ReviewerFacts?> LatestAsync(DbConnection connection, DbTransaction transaction, long caseId)
    {
        var latest = await connection.QuerySingleOrDefaultAsync<LatestFacts>(new CommandDefinition(SelectLatestFacts, new { Id = caseId }, transaction));
        return latest is null ? null : JsonSerializer.Deserialize<ReviewerFacts>(latest.Facts, ApiJson.Output);
    }

    internal static async Task<(MarkDocument Mark, MarkDocument[] OwnerMarks, long MarkVersion)> LoadMarksAsync(
        DbConnection connection, DbTransaction transaction, string markId, string owner, CancellationToken cancellationToken)
    {
        var markRow = await connection.QuerySingleAsync<MarkRow>(new CommandDefinition(SelectMark, new { Id = markId }, transaction, cancellationToken: cancellationToken));
        var ownerMarks = (await connection.QueryAsync<string>(new CommandDefinition(SelectOwnerMarks, new { Owner = owner }, transaction, cancellationToken: cancellationToken)))
            .Select(d => JsonSerializer.Deserialize<MarkDocument>(d, ApiJson.Output)).OfType<MarkDocument>().ToArray();
        return (markRow.ToInput(), ownerMarks, markRow.Version);
    }

    /// <summary>
    /// The case's newest filing, as re-scoring reads it (every case has at least one: it is created by one); a filing
    /// that cannot be read comes back null with the reason.
    /// </summary>
    private static async Task<(long FilingId, CaseFiling? Filing, string? Unreadable)> LatestFilingAsync(
        DbConnection connection, DbTransaction transaction, long caseId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleAsync<FilingBody>(new CommandDefinition(SelectLatestFiling, new { Id = caseId }, transaction, cancellationToken: cancellationToken));
        try
        {
            return JsonSerializer.Deserialize<CaseFiling>(row.Body, ContractJson.Options) is { } filing
                ? (row.Id, filing, null)
                : (row.Id, null, $"filing {row.Id} is empty");
        }
        catch (JsonException ex)
        {
            return (row.Id, null, $"filing {row.Id} cannot be read for re-scoring: {ex.Message}");
        }
    }

    /// <summary>Every version of the case's facts, oldest first; null when the case is not visible.</summary>
    public async Task<IReadOnlyList<FactsRecord>?> ListAsync(long id, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition(SelectCase, new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (row is null || !caller.CanSee(row.Owner))
        {
            return null;
        }

        var versions = await connection.QueryAsync<VersionRow>(new CommandDefinition(SelectVersions, new { Id = id }, transaction, cancellationToken: cancellationToken));
        return versions.Select(v => v.ToRecord()).ToArray();
    }

    /// <summary>
    /// The facts the case leaves open that would each change whether to file, scored over its newest filing with its
    /// newest facts; read only.
    /// </summary>
    public async Task<(FactsOutcome Outcome, OpenQuestions? Questions, string? Detail)> QuestionsAsync(long id, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        CommandDefinition Command(string sql, object? parameters) => new(sql, parameters, transaction, cancellationToken: cancellationToken);

        var row = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(SelectCase, new { Id = id }));
        if (row is null || !caller.CanSee(row.Owner))
        {
            return (FactsOutcome.NotFound, null, null);
        }

        var (_, filing, unreadable) = await LatestFilingAsync(connection, transaction, id, cancellationToken);
        if (filing is null)
        {
            return (FactsOutcome.UnreadableFiling, null, unreadable);
        }

        if (!rescorer.CanRescore(filing))
        {
            // A case filed before an upgrade is ordinary, not an error: the answer says why nothing is asked.
            return (FactsOutcome.Done, new OpenQuestions
            {
                CaseId = id, Action = WireName.Kebab(filing.Verdict.Action), Files = DecidingFacts.Files(filing.Verdict.Action),
                RuleVersion = filing.Verdict.RuleVersion, Available = false, Questions = [],
                Detail = rescorer.OtherRulesVersion(filing) + " Its open facts can be weighed once the Worker has filed the case again under the Api's rule version.",
            }, null);
        }

        var (mark, ownerMarks, _) = await LoadMarksAsync(connection, transaction, row.MarkId, row.Owner, cancellationToken);
        var facts = await LatestAsync(connection, transaction, id) ?? filing.Evidence.Reviewer;
        var pattern = await Campaigns.CampaignStore.PatternAsync(connection, transaction, id, cancellationToken);
        var (verdict, deciding, pairs) = rescorer.Questions(filing, mark, row.Owner, ownerMarks, facts, pattern);
        await transaction.CommitAsync(cancellationToken);
        return (FactsOutcome.Done, new OpenQuestions
        {
            CaseId = id, Action = WireName.Kebab(verdict.Action), Files = DecidingFacts.Files(verdict.Action), RuleVersion = verdict.RuleVersion,
            Questions = deciding.Select(OpenQuestion.Of).ToArray(), Pairs = pairs.Select(OpenPair.Of).ToArray(),
        }, null);
    }

    /// <summary>States a new version of the facts and re-scores the case with them.</summary>
    public async Task<(FactsOutcome Outcome, FactsRecord? Record, CaseRow? Row, string? Detail)> PutAsync(
        long id, ReviewerFacts facts, long? expectedVersion, Caller caller, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        CommandDefinition Command(string sql, object? parameters) => new(sql, parameters, transaction, cancellationToken: cancellationToken);

        // Locked on PostgreSQL until commit: a filing or transition on another instance waits rather than slipping between.
        var current = await connection.QuerySingleOrDefaultAsync<CaseRow>(Command(SelectCase + database.Dialect.ForUpdate, new { Id = id }));
        if (current is null || !caller.CanSee(current.Owner))
        {
            return (FactsOutcome.NotFound, null, null, null);
        }

        if (expectedVersion is { } expected && expected != current.Version)
        {
            return (FactsOutcome.VersionMismatch, null, current, null);
        }

        var (filingId, filing, unreadable) = await LatestFilingAsync(connection, transaction, id, cancellationToken);
        if (filing is null)
        {
            return (FactsOutcome.UnreadableFiling, null, current, unreadable);
        }

        if (!rescorer.CanRescore(filing))
        {
            return (FactsOutcome.RuleVersionUnavailable, null, current,
                rescorer.OtherRulesVersion(filing) + " Facts can be stated once the Worker has filed the case again under the Api's rule version.");
        }

        var (mark, ownerMarks, markVersion) = await LoadMarksAsync(connection, transaction, current.MarkId, current.Owner, cancellationToken);
        var previous = await connection.QuerySingleOrDefaultAsync<LatestFacts>(Command(SelectLatestFacts, new { Id = id }));
        var previousFacts = previous is null ? filing.Evidence.Reviewer : JsonSerializer.Deserialize<ReviewerFacts>(previous.Facts, ApiJson.Output);

        var pattern = await Campaigns.CampaignStore.PatternAsync(connection, transaction, id, cancellationToken);
        var before = rescorer.Score(filing, mark, current.Owner, ownerMarks, previousFacts, pattern);
        var after = rescorer.Score(filing, mark, current.Owner, ownerMarks, facts, pattern);
        var beforeSnapshot = VerdictSnapshot.Of(before);
        var afterSnapshot = VerdictSnapshot.Of(after);
        var (changes, fired, stopped) = FactsRecord.Compare(beforeSnapshot, afterSnapshot);

        var now = time.GetUtcNow();
        var at = StoredTime.Format(now);
        var version = (previous?.Version ?? 0) + 1;
        var factsJson = JsonSerializer.Serialize(facts, ApiJson.Output);
        await connection.ExecuteAsync(Command(InsertFacts, new
        {
            CaseId = id, Version = version, Facts = factsJson, At = at, Actor = caller.KeyId, ActorRole = caller.Role, FilingId = filingId,
            MarkVersion = markVersion, RuleVersion = after.RuleVersion, RuleHash = after.RuleHash,
            BeforeVerdict = JsonSerializer.Serialize(before, ApiJson.Output), AfterVerdict = JsonSerializer.Serialize(after, ApiJson.Output),
        }));
        await connection.ExecuteAsync(Command(UpdateCase, new
        {
            after.Priority, Outcome = WireName.Kebab(after.Outcome), Action = WireName.Kebab(after.Action), after.ActionReason, after.Overall,
            Act = after.Act.Score, Damage = after.Damage.Score, Causation = after.Causation.Score, Fault = after.Fault.Score,
            Verdict = JsonSerializer.Serialize(after, ApiJson.Output), Now = at, Id = id, current.Version,
        }));
        // Facts can make the case another kind (counterfeit goods stated: U4), recorded in the same audit line.
        var kindNote = await Cases.CaseKindChange.ApplyAsync(connection, transaction, current, null, after);
        var note = AuditNote(version, beforeSnapshot, afterSnapshot, fired, stopped);
        await connection.ExecuteAsync(Command(CaseAudit.InsertKeepingStatus, new
        {
            CaseId = id, At = at, Actor = caller.KeyId, ActorRole = caller.Role, current.Status, Note = kindNote is null ? note : $"{note}; {kindNote}",
            VersionSeen = current.Version,
        }));
        var row = await connection.QuerySingleAsync<CaseRow>(Command(SelectCase, new { Id = id }));
        await PriorityRaise.WriteIfRaisedAsync(connection, transaction, current, after, row, "facts", note, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        FactsLog.FactsStated(logger, id, version, beforeSnapshot.Priority, afterSnapshot.Priority, afterSnapshot.Action, caller.KeyId);

        var record = new FactsRecord
        {
            CaseId = id, Version = version, Facts = facts, At = now, Actor = caller.KeyId, ActorRole = caller.Role, FilingId = filingId,
            MarkVersion = markVersion, RuleVersion = after.RuleVersion, RuleHash = after.RuleHash, Before = beforeSnapshot, After = afterSnapshot,
            Changes = changes, CriteriaFired = fired, CriteriaStopped = stopped, Case = row.ToSummary(),
        };
        return (FactsOutcome.Done, record, row, null);
    }

    private static string AuditNote(long version, VerdictSnapshot before, VerdictSnapshot after, IReadOnlyList<string> fired, IReadOnlyList<string> stopped)
    {
        var parts = new List<string>
        {
            $"reviewer facts v{version}: priority {before.Priority} → {after.Priority}",
        };
        if (before.Action != after.Action)
        {
            parts.Add($"action {before.Action} → {after.Action}");
        }

        CriteriaChange.AppendTo(parts, fired, stopped);

        return string.Join("; ", parts);
    }

    private sealed class FilingBody
    {
        public long Id { get; set; }
        public byte[] Body { get; set; } = [];
    }

    private sealed class LatestFacts
    {
        public long Version { get; set; }
        public string Facts { get; set; } = "{}";
    }

    private sealed class VersionRow
    {
        public long CaseId { get; set; }
        public long Version { get; set; }
        public string Facts { get; set; } = "{}";
        public DateTimeOffset At { get; set; }
        public string Actor { get; set; } = string.Empty;
        public string ActorRole { get; set; } = string.Empty;
        public long FilingId { get; set; }
        public long MarkVersion { get; set; }
        public string RuleVersion { get; set; } = string.Empty;
        public string RuleHash { get; set; } = string.Empty;
        public string BeforeVerdict { get; set; } = "{}";
        public string AfterVerdict { get; set; } = "{}";

        public FactsRecord ToRecord()
        {
            var before = VerdictSnapshot.Of(JsonSerializer.Deserialize<Verdict>(BeforeVerdict, ApiJson.Output)!);
            var after = VerdictSnapshot.Of(JsonSerializer.Deserialize<Verdict>(AfterVerdict, ApiJson.Output)!);
            var (changes, fired, stopped) = FactsRecord.Compare(before, after);
            return new FactsRecord
            {
                CaseId = CaseId, Version = Version, Facts = JsonSerializer.Deserialize<ReviewerFacts>(Facts, ApiJson.Output) ?? new ReviewerFacts(),
                At = At, Actor = Actor, ActorRole = ActorRole, FilingId = FilingId, MarkVersion = MarkVersion, RuleVersion = RuleVersion,
                RuleHash = RuleHash, Before = before, After = after, Changes = changes, CriteriaFired = fired, CriteriaStopped = stopped,
            };
        }
    }
}
