using System.Data.Common;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Facts;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Campaigns;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using Dapper;
using Microsoft.Extensions.Options;
using BrandWatch.Time;

namespace BrandWatch.Api.Campaigns;

/// <summary>
/// Campaigns in the case database. Every filing rewrites its case's features and, in the filing's transaction, walks
/// the campaigns the case was and is in: each member whose pattern (the other look-alikes under common control) changed
/// is scored again with the same scorer and rule version, its facts and the new pattern, and audited. Campaigns are
/// read by grouping the shared features of an owner's cases (<see cref="CampaignGrouping"/>).
/// </summary>
internal sealed class CampaignStore(ApiDatabase database, CaseRescorer rescorer, TimeProvider time, IOptions<CampaignOptions> options, ILogger<CampaignStore> logger)
{
    private const string DeleteFeatures = "DELETE FROM case_features WHERE case_id = @Id";

    /// <summary>The columns of a feature row, in the order both its inserts list them (here, and <see cref="PendingFeatures"/>).</summary>
    internal const string FeatureColumns = "case_id, owner, kind, value, host";

    private const string InsertFeaturesInto = "INSERT INTO case_features (" + FeatureColumns + ") VALUES ";

    private const string SelectFeaturesOf = "SELECT case_id AS CaseId, owner AS Owner, kind AS Kind, value AS Value, host AS Host FROM case_features WHERE case_id IN @Ids";

    private const string SelectHolders = "SELECT case_id FROM case_features WHERE owner = @Owner AND kind = @Kind AND value = @Value ORDER BY case_id";

    // Counts at most @Cap sites: a CDN address on a million sites costs no more than one on twenty-one.
    private const string CountSites = "SELECT COUNT(*) FROM (SELECT DISTINCT host FROM case_features WHERE kind = @Kind AND value = @Value LIMIT @Cap) s";

    private const string SelectSharedRows =
        "SELECT f.case_id AS CaseId, f.owner AS Owner, f.kind AS Kind, f.value AS Value, f.host AS Host FROM case_features f " +
        "WHERE EXISTS (SELECT 1 FROM case_features g WHERE g.owner = f.owner AND g.kind = f.kind AND g.value = f.value AND g.case_id <> f.case_id)";

    private const string SelectInfrastructure =
        "SELECT kind AS Kind, value AS Value FROM case_features WHERE kind <> 'registrant-email' AND kind <> 'registrant-organisation' " +
        "GROUP BY kind, value HAVING COUNT(DISTINCT host) > @Limit";

    private const string SelectPattern = "SELECT pattern FROM case_campaign WHERE case_id = @Id";

    private const string DeletePattern = "DELETE FROM case_campaign WHERE case_id = @Id";

    private const string InsertPattern = "INSERT INTO case_campaign (case_id, pattern, updated_at) VALUES (@Id, @Pattern, @Now)";

    private const string SelectCases =
        "SELECT id AS Id, mark_id AS MarkId, owner AS Owner, subject AS Subject, status AS Status, priority AS Priority, outcome AS Outcome, action AS Action " +
        "FROM cases WHERE id IN @Ids";

    private const string SelectOwner = "SELECT owner FROM cases WHERE id = @Id";

    // Only a change is written, so the counting trigger of migration 0130 moves a count only when the campaign changed.
    private const string AssignCampaign = "UPDATE cases SET campaign_id = @CampaignId WHERE id = @Id AND (campaign_id IS NULL OR campaign_id <> @CampaignId)";

    private const string LeaveCampaign = "UPDATE cases SET campaign_id = NULL WHERE id = @Id AND campaign_id IS NOT NULL";

    private const string SelectCase = "SELECT " + CaseRow.Columns + " FROM cases c WHERE c.id = @Id";

    private const string SelectVerdict = "SELECT verdict FROM cases WHERE id = @Id";

    private const string SelectLatestFiling = "SELECT body FROM case_filings WHERE case_id = @Id ORDER BY id DESC LIMIT 1";

    private const string SelectLatestFacts = "SELECT facts FROM case_facts WHERE case_id = @Id ORDER BY version DESC LIMIT 1";

    private const string UpdateCase =
        "UPDATE cases SET priority = @Priority, outcome = @Outcome, action = @Action, action_reason = @ActionReason, overall = @Overall, " +
        "act = @Act, damage = @Damage, causation = @Causation, fault = @Fault, verdict = @Verdict, version = version + 1, updated_at = @Now " +
        "WHERE id = @Id AND version = @Version";

    private readonly CampaignOptions _options = options.Value;

    /// <summary>The pattern a case was last scored with (hosts, sorted); null when it has none.</summary>
    public static async Task<IReadOnlyList<string>?> PatternAsync(DbConnection connection, DbTransaction? transaction, long caseId, CancellationToken cancellationToken)
    {
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectPattern, new { Id = caseId }, transaction, cancellationToken: cancellationToken));
        return json is null ? null : JsonSerializer.Deserialize<string[]>(json);
    }

    /// <summary>
    /// Rewrites the features of a case just filed and brings its campaigns up to date, inside the filing's transaction.
    /// True when any case (this one included) was scored again. <paramref name="seen"/> carries the shared
    /// infrastructure the transaction's earlier filings counted.
    /// </summary>
    public async Task<bool> OnFilingAsync(DbConnection connection, DbTransaction transaction, long caseId, bool newCase, string owner, string host, CaseFiling filing, Caller caller,
        InfrastructureSeen? seen = null, PendingFeatures? pending = null)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        var features = CampaignFeatures.Of(filing.Evidence, rescorer.Rules.Words);
        // A new case whose every feature is infrastructure already known to be too widely shared joins no campaign: its
        // walk would find itself alone and write nothing but its features, which can wait for the transaction's others.
        if (newCase && pending is not null && seen is not null && features.All(f => CountsSites(f) && seen.IsKnown(WireName.Kebab(f.Kind), f.Value)))
        {
            pending.Add(caseId, owner, host, features);
            return false;
        }

        if (pending is not null)
        {
            await pending.FlushAsync(connection, transaction);
        }

        // A case opened by this filing has no features, pattern or campaign yet: nothing of it to read or delete first.
        var before = newCase ? ([new CampaignMember(caseId, string.Empty, [])], []) : await ComponentAsync(connection, transaction, owner, caseId, seen: seen);
        if (!newCase)
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteFeatures, new { Id = caseId }, transaction));
        }

        // The case's features are written by one statement that goes in the walk's first round trip, which reads them back.
        var after = await ComponentAsync(connection, transaction, owner, caseId, InsertFeatures(caseId, owner, host, features), seen);
        // The filed case's new features come first: the walk before the rewrite saw its old ones.
        var members = after.Members.Concat(before.Members).DistinctBy(m => m.CaseId).ToList();
        var ignored = new HashSet<CampaignFeature>(before.Ignored.Concat(after.Ignored));
        var campaigns = CampaignGrouping.Group(members, ignored);
        var changed = false;
        foreach (var member in members)
        {
            var campaign = campaigns.FirstOrDefault(c => c.CaseIds.Contains(member.CaseId));
            // The case just filed carries the filing's verdict, which knows nothing of its campaign: it is scored again
            // whenever it has a pattern. The others only when theirs changed.
            var filed = member.CaseId == caseId;
            var fresh = filed && newCase;
            if (!fresh || campaign is not null)
            {
                await AssignAsync(connection, transaction, member.CaseId, campaign?.Id, CancellationToken.None);
            }

            var pattern = campaign is null ? [] : CampaignGrouping.Pattern(member, members.Where(m => campaign.CaseIds.Contains(m.CaseId)), ignored);
            var stored = fresh ? [] : await PatternAsync(connection, transaction, member.CaseId, CancellationToken.None) ?? [];
            if (pattern.SequenceEqual(stored, StringComparer.Ordinal) && !(filed && pattern.Count > 0))
            {
                continue;
            }

            if (!fresh)
            {
                await connection.ExecuteAsync(new CommandDefinition(DeletePattern, new { Id = member.CaseId }, transaction));
            }

            if (pattern.Count > 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(InsertPattern,
                    new { Id = member.CaseId, Pattern = JsonSerializer.Serialize(pattern), Now = StoredTime.Format(time.GetUtcNow()) }, transaction));
            }

            // The case being filed alerts through its filing (case-filed or priority-raised); only the others alert here.
            changed |= await RescoreAsync(connection, transaction, member.CaseId, campaign?.Id, pattern, caller, alert: !filed);
        }

        return changed;
    }

    /// <summary>
    /// Records the campaign a case is in (null: none) on the case, where the dashboard's campaign count is kept by a
    /// trigger in the same transaction (migration 0130).
    /// </summary>
    private static Task<int> AssignAsync(DbConnection connection, DbTransaction transaction, long caseId, long? campaignId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(campaignId is { } id
            ? new CommandDefinition(AssignCampaign, new { Id = caseId, CampaignId = id }, transaction, cancellationToken: cancellationToken)
            : new CommandDefinition(LeaveCampaign, new { Id = caseId }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Gives every case of a campaign its campaign id, for the campaigns formed before migration 0130 counted them (run
    /// by the instance that applied it). Answers how many cases were assigned.
    /// </summary>
    public async Task<int> AssignAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<FeatureRow>(new CommandDefinition(SelectSharedRows, null, transaction, cancellationToken: cancellationToken))).ToList();
        var ignored = (await connection.QueryAsync<FeatureKey>(new CommandDefinition(SelectInfrastructure, new { Limit = _options.SharedInfrastructureSites }, transaction,
                cancellationToken: cancellationToken)))
            .Select(k => k.ToFeature()).OfType<CampaignFeature>().ToHashSet();
        var assigned = 0;
        foreach (var group in rows.GroupBy(r => r.Owner, StringComparer.Ordinal))
        {
            foreach (var campaign in CampaignGrouping.Group(Members(group), ignored))
            {
                foreach (var caseId in campaign.CaseIds)
                {
                    await AssignAsync(connection, transaction, caseId, campaign.Id, cancellationToken);
                    assigned++;
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return assigned;
    }

    /// <summary>Every campaign the caller may see, lowest id first.</summary>
    public async Task<IReadOnlyList<CampaignResponse>> ListAsync(Caller caller, string? owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var rows = (await connection.QueryAsync<FeatureRow>(new CommandDefinition(SelectSharedRows, null, transaction, cancellationToken: cancellationToken)))
            .Where(r => caller.CanSee(r.Owner) && (owner is null || string.Equals(r.Owner, owner, StringComparison.Ordinal)))
            .ToList();
        var ignored = (await connection.QueryAsync<FeatureKey>(new CommandDefinition(SelectInfrastructure, new { Limit = _options.SharedInfrastructureSites }, transaction,
                cancellationToken: cancellationToken)))
            .Select(k => k.ToFeature()).OfType<CampaignFeature>().ToHashSet();
        var result = new List<CampaignResponse>();
        foreach (var group in rows.GroupBy(r => r.Owner, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = Members(group);
            foreach (var campaign in CampaignGrouping.Group(members, ignored))
            {
                result.Add(await ResponseAsync(connection, transaction, group.Key, campaign, members, ignored, cancellationToken));
            }
        }

        return result.OrderBy(c => c.Id).ToList();
    }

    /// <summary>The campaign a case is in (any member's id), or the campaign with that id only (<paramref name="byCampaignId"/>); null when none or not visible.</summary>
    public async Task<CampaignResponse?> GetAsync(long id, bool byCampaignId, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var owner = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectOwner, new { Id = id }, transaction, cancellationToken: cancellationToken));
        if (owner is null || !caller.CanSee(owner))
        {
            return null;
        }

        var component = await ComponentAsync(connection, transaction, owner, id);
        var campaign = CampaignGrouping.Group(component.Members, component.Ignored).FirstOrDefault(c => c.CaseIds.Contains(id));
        if (campaign is null || (byCampaignId && campaign.Id != id))
        {
            return null;
        }

        return await ResponseAsync(connection, transaction, owner, campaign, component.Members, component.Ignored, cancellationToken);
    }

    private async Task<CampaignResponse> ResponseAsync(DbConnection connection, DbTransaction transaction, string owner, Campaign campaign,
        IReadOnlyList<CampaignMember> members, IReadOnlySet<CampaignFeature> ignored, CancellationToken cancellationToken)
    {
        var cases = (await connection.QueryAsync<CaseBrief>(new CommandDefinition(database.Dialect.Lists(SelectCases), new { Ids = campaign.CaseIds.ToArray() }, transaction,
            cancellationToken: cancellationToken))).ToDictionary(c => c.Id);
        var inside = members.Where(m => campaign.CaseIds.Contains(m.CaseId)).ToList();
        return new CampaignResponse
        {
            Id = campaign.Id,
            Owner = owner,
            Cases = campaign.CaseIds.Where(cases.ContainsKey).Select(id => cases[id]).Select(c => new CampaignCase
            {
                Id = c.Id, MarkId = c.MarkId, Subject = c.Subject, Status = c.Status, Priority = c.Priority, Outcome = c.Outcome, Action = c.Action,
                Pattern = CampaignGrouping.Pattern(inside.First(m => m.CaseId == c.Id), inside, ignored),
            }).ToList(),
            Shared = campaign.Shared.Select(s => new CampaignFeatureResponse(WireName.Kebab(s.Kind), s.Value, s.CaseIds, new CampaignFeature(s.Kind, s.Value).ShowsControl)).ToList(),
        };
    }

    /// <summary>The cases joined to <paramref name="start"/> through shared features of one owner, with the features too widely shared to count.</summary>
    /// <summary>The insert of a case's features (one row each, in order) and its parameters; null when it has none.</summary>
    private static (string Sql, DynamicParameters Parameters)? InsertFeatures(long caseId, string owner, string host, IEnumerable<CampaignFeature> features)
    {
        var parameters = new DynamicParameters(new { CaseId = caseId, Owner = owner, Host = host });
        var rows = new List<string>();
        foreach (var feature in features)
        {
            parameters.Add($"Kind{rows.Count}", WireName.Kebab(feature.Kind));
            parameters.Add($"Value{rows.Count}", feature.Value);
            rows.Add($"(@CaseId, @Owner, @Kind{rows.Count}, @Value{rows.Count}, @Host)");
        }

        return rows.Count == 0 ? null : (InsertFeaturesInto + string.Join(", ", rows), parameters);
    }

    /// <summary>
    /// The campaign component of a case; <paramref name="first"/> (a statement that returns nothing) goes in the first
    /// round trip, and <paramref name="seen"/> spares the site counts a writer transaction has made already.
    /// </summary>
    private async Task<(List<CampaignMember> Members, HashSet<CampaignFeature> Ignored)> ComponentAsync(DbConnection connection, DbTransaction? transaction, string owner, long start,
        (string Sql, DynamicParameters Parameters)? first = null, InfrastructureSeen? seen = null)
    {
        var rows = new Dictionary<long, List<FeatureRow>>();
        var ignored = new HashSet<CampaignFeature>();
        var walked = new HashSet<(string, string)>();
        var queue = new List<long> { start };
        while (queue.Count > 0 && rows.Count < _options.MaxCampaignCases)
        {
            var batch = queue.Where(id => !rows.ContainsKey(id)).Distinct().Take(_options.MaxCampaignCases - rows.Count).ToArray();
            queue.Clear();
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var id in batch)
            {
                rows[id] = [];
            }

            var select = database.Dialect.Lists(SelectFeaturesOf);
            var parameters = first?.Parameters ?? new DynamicParameters();
            parameters.Add("Ids", batch);
            var found = await connection.QueryAsync<FeatureRow>(new CommandDefinition(first is { } carried ? carried.Sql + "; " + select : select, parameters, transaction));
            first = null;
            foreach (var row in found)
            {
                rows[row.CaseId].Add(row);
                if (!walked.Add((row.Kind, row.Value)) || row.ToFeature() is not { } feature)
                {
                    continue;
                }

                if (CountsSites(feature))
                {
                    if (seen?.IsKnown(row.Kind, row.Value) == true)
                    {
                        ignored.Add(feature);
                        continue;
                    }

                    var limit = _options.SharedInfrastructureSites;
                    var sites = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSites,
                        new { row.Kind, row.Value, Cap = limit + 1 + (seen?.Slack ?? 0) }, transaction));
                    seen?.Counted(row.Kind, row.Value, sites, limit);
                    if (sites > limit)
                    {
                        ignored.Add(feature);
                        continue;
                    }
                }

                queue.AddRange(await connection.QueryAsync<long>(new CommandDefinition(SelectHolders, new { Owner = owner, row.Kind, row.Value }, transaction)));
            }
        }

        if (rows.Count >= _options.MaxCampaignCases)
        {
            CampaignLog.CampaignCut(logger, start, _options.MaxCampaignCases);
        }

        return (rows.Select(r => new CampaignMember(r.Key, r.Value.FirstOrDefault()?.Host ?? string.Empty, r.Value.Select(f => f.ToFeature()).OfType<CampaignFeature>().ToList()))
            .Where(m => m.Features.Count > 0 || m.CaseId == start).ToList(), ignored);
    }

    /// <summary>Whether a feature is infrastructure, which joins cases only while it is on few enough sites.</summary>
    private static bool CountsSites(CampaignFeature feature) => !feature.ShowsControl || feature.Kind == CampaignFeatureKind.Certificate;

    private static List<CampaignMember> Members(IEnumerable<FeatureRow> rows) =>
        rows.GroupBy(r => r.CaseId).Select(g => new CampaignMember(g.Key, g.First().Host, g.Select(r => r.ToFeature()).OfType<CampaignFeature>().ToList())).ToList();

    /// <summary>Scores a case again with its pattern; true when its verdict changed (the case is then updated and audited).</summary>
    private async Task<bool> RescoreAsync(DbConnection connection, DbTransaction transaction, long caseId, long? campaignId, IReadOnlyList<string> pattern, Caller caller, bool alert = true)
    {
        var current = await connection.QuerySingleAsync<CaseRow>(new CommandDefinition(SelectCase + database.Dialect.ForUpdate, new { Id = caseId }, transaction));
        var body = await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(SelectLatestFiling, new { Id = caseId }, transaction));
        CaseFiling? filing;
        try
        {
            filing = body is null ? null : JsonSerializer.Deserialize<CaseFiling>(body, ContractJson.Options);
        }
        catch (JsonException)
        {
            filing = null;
        }

        // A case scored under another rule version keeps its verdict until the Worker files it again under this one.
        if (filing is null || !rescorer.CanRescore(filing))
        {
            return false;
        }

        var factsJson = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectLatestFacts, new { Id = caseId }, transaction));
        var facts = factsJson is null ? filing.Evidence.Reviewer : JsonSerializer.Deserialize<ReviewerFacts>(factsJson, ApiJson.Output);
        var (mark, ownerMarks, _) = await FactsStore.LoadMarksAsync(connection, transaction, current.MarkId, current.Owner, CancellationToken.None);
        var verdict = rescorer.Score(filing, mark, current.Owner, ownerMarks, facts, pattern);
        var json = JsonSerializer.Serialize(verdict, ApiJson.Output);
        var stored = await connection.QuerySingleAsync<string>(new CommandDefinition(SelectVerdict, new { Id = caseId }, transaction));
        if (string.Equals(json, stored, StringComparison.Ordinal))
        {
            return false;
        }

        var before = JsonSerializer.Deserialize<Verdict>(stored, ApiJson.Output);
        var at = StoredTime.Format(time.GetUtcNow());
        await connection.ExecuteAsync(new CommandDefinition(UpdateCase, new
        {
            verdict.Priority, Outcome = WireName.Kebab(verdict.Outcome), Action = WireName.Kebab(verdict.Action), verdict.ActionReason, verdict.Overall,
            Act = verdict.Act.Score, Damage = verdict.Damage.Score, Causation = verdict.Causation.Score, Fault = verdict.Fault.Score,
            Verdict = json, Now = at, Id = caseId, current.Version,
        }, transaction));
        var kindNote = await CaseKindChange.ApplyAsync(connection, transaction, current, null, verdict);
        var note = kindNote is null ? Note(campaignId, pattern, before, verdict) : $"{Note(campaignId, pattern, before, verdict)}; {kindNote}";
        await connection.ExecuteAsync(new CommandDefinition(CaseAudit.InsertKeepingStatus, new
        {
            CaseId = caseId, At = at, Actor = caller.KeyId, ActorRole = caller.Role, current.Status, Note = note, VersionSeen = current.Version,
        }, transaction));
        if (alert)
        {
            var updated = await connection.QuerySingleAsync<CaseRow>(new CommandDefinition(SelectCase, new { Id = caseId }, transaction));
            await PriorityRaise.WriteIfRaisedAsync(connection, transaction, current, verdict, updated, "campaign", note, at, CancellationToken.None);
        }
        CampaignLog.Rescored(logger, caseId, campaignId ?? 0, pattern.Count, current.Priority, verdict.Priority);
        return true;
    }

    private static string Note(long? campaignId, IReadOnlyList<string> pattern, Verdict? before, Verdict after)
    {
        var firedBefore = before is null ? [] : Rules.RuleCases.RuleCaseRunner.Fired(before);
        var firedAfter = Rules.RuleCases.RuleCaseRunner.Fired(after);
        var parts = new List<string>
        {
            pattern.Count == 0
                ? "campaign: no other look-alike under common control now"
                : $"campaign {campaignId}: {pattern.Count} other look-alike(s) under common control ({string.Join(", ", pattern.Take(5))}{(pattern.Count > 5 ? ", …" : string.Empty)})",
            $"priority {before?.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} → {after.Priority}",
        };
        var fired = firedAfter.Except(firedBefore).ToList();
        var stopped = firedBefore.Except(firedAfter).ToList();
        CriteriaChange.AppendTo(parts, fired, stopped);

        return string.Join("; ", parts);
    }

    private sealed class FeatureRow
    {
        public long CaseId { get; set; }
        public string Owner { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public string Value { get; set; } = string.Empty;
        public string Host { get; set; } = string.Empty;

        public CampaignFeature? ToFeature() => FeatureKey.Parse(Kind, Value);
    }

    private sealed class FeatureKey
    {
        public string Kind { get; set; } = string.Empty;
        public string Value { get; set; } = string.Empty;

        public CampaignFeature? ToFeature() => Parse(Kind, Value);

        public static CampaignFeature? Parse(string kind, string value) =>
            Enum.TryParse<CampaignFeatureKind>(kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
                ? new CampaignFeature(parsed, value)
                : null;
    }

    private sealed class CaseBrief
    {
        public long Id { get; set; }
        public string MarkId { get; set; } = string.Empty;
        public string Owner { get; set; } = string.Empty;
        public string Subject { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;
        public long Priority { get; set; }
        public string Outcome { get; set; } = string.Empty;
        public string Action { get; set; } = string.Empty;
    }
}
