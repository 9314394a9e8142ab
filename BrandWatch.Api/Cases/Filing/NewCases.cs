using System.Data.Common;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using BrandWatch.Time;
using Dapper;

namespace BrandWatch.Api.Cases.Filing;

/// <summary>
/// The set-based start of a writer transaction on PostgreSQL: the open cases and predecessors of the transaction's
/// filings are looked up in one round trip, and the new cases inserted in one statement (one pass of the counting
/// trigger for all of them), instead of three round trips per filing. Each filing then goes on through
/// <see cref="FilingStore.FileOneAsync"/> from where its case exists. A filing is left to the per-filing path when
/// anything in the transaction could change what it finds: another filing of its mark and domain or of its key, an
/// answered key, a refusal, evidence files to check, an open case, or a case another instance opened meanwhile.
/// The Idempotency-Keys of the filings it starts are not claimed first: each is inserted with its answer when the
/// transaction commits (<see cref="IdempotencyKeys.InsertAnswersAsync"/>), one row written once instead of a claim and
/// an update; a key another instance answered meanwhile makes the writer roll the transaction back and file the batch
/// again one savepoint per filing, where the claim comes first and finds that answer.
/// </summary>
internal static class NewCases
{
    /// <summary>
    /// What the start did for one filing: whether its key (if it has one) is to be inserted with its answer at commit
    /// rather than claimed, and the case it inserted (with the predecessor and time it was inserted with).
    /// </summary>
    public sealed record Started(bool KeyAtCommit, FilingStore.InsertedCase? Inserted, FilingStore.Predecessor? Predecessor, string Now)
    {
        /// <summary>The filing row and read of the inserted case, written with the others (<see cref="NewCaseRecords"/>).</summary>
        public NewCaseRecords.Written? Written { get; init; }
    }

    private const string FamilyKinds = "('domain', 'phishing', 'counterfeit')";

    // The same look-ups as FilingStore's find: an open case of the name, or for the domain family one about its host;
    // and the latest resolved case of the name. No row is locked: a filing that finds an open case files per filing.
    private const string Find =
        "SELECT u.i AS Index, " +
        "EXISTS (SELECT 1 FROM cases WHERE mark_id = u.mark AND subject = u.subject AND kind = u.kind AND status <> 'resolved') " +
        "OR (u.family AND u.subject = u.domain AND EXISTS (SELECT 1 FROM cases WHERE mark_id = u.mark AND domain = u.domain AND kind IN " + FamilyKinds + " AND status <> 'resolved')) " +
        "OR (u.family AND u.subject <> u.domain AND EXISTS (SELECT 1 FROM cases WHERE mark_id = u.mark AND subject = u.domain AND kind IN " + FamilyKinds + " AND status <> 'resolved')) AS Open, " +
        "p.id AS PredecessorId, p.updated_at AS ResolvedAt " +
        "FROM unnest(@Marks, @Subjects, @Kinds, @Domains, @Families) WITH ORDINALITY AS u(mark, subject, kind, domain, family, i) " +
        "LEFT JOIN LATERAL (SELECT id, updated_at FROM cases WHERE mark_id = u.mark AND subject = u.subject AND kind = u.kind AND status = 'resolved' " +
        "ORDER BY id DESC LIMIT 1) p ON true ORDER BY u.i";

    // FilingStore's InsertCase for many rows, with the same first-seen time.
    private static readonly string Insert =
        FilingStore.InsertCaseColumns +
        "SELECT u.mark, u.owner, u.subject, u.kind, u.source, u.domain, 'new', u.priority, NULL, u.outcome, u.action, u.action_reason, u.overall, " +
        "u.act, u.damage, u.causation, u.fault, u.rule_version, u.verdict, 1, 1, @Now, @Now, u.observed_at, u.tld, u.registrar, u.network, u.predecessor, " +
        Sightings.SightingStore.FirstSeenOfNewCase("u.mark", "u.domain", "u.seen_at", "u.sighting_source", "u.feed", "u.item") + " " +
        "FROM unnest(@Marks, @Owners, @Subjects, @Kinds, @Sources, @Domains, @Priorities, @Outcomes, @Actions, @ActionReasons, @Overalls, " +
        "@Acts, @Damages, @Causations, @Faults, @RuleVersions, @Verdicts, @ObservedAts, @Tlds, @Registrars, @Networks, @Predecessors, " +
        "@SeenAts, @SightingSources, @Feeds, @Items) WITH ORDINALITY AS u(mark, owner, subject, kind, source, domain, priority, outcome, action, action_reason, overall, " +
        "act, damage, causation, fault, rule_version, verdict, observed_at, tld, registrar, network, predecessor, seen_at, sighting_source, feed, item, i) " +
        "ORDER BY u.i " +
        "ON CONFLICT (mark_id, subject, kind) WHERE status <> 'resolved' DO NOTHING " +
        "RETURNING id AS Id, mark_id AS MarkId, subject AS Subject, kind AS Kind, " + Sightings.SightingStore.EarlierCasesOfName + " AS Earlier";

    /// <summary>
    /// Claims, looks up and inserts for the filings of <paramref name="order"/> that can start together; answers, per
    /// index of <paramref name="batch"/>, what was done (nothing for a filing left to the per-filing path).
    /// </summary>
    public static async Task<Dictionary<int, Started>> StartAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PendingFiling> batch,
        IReadOnlyList<int> order, FilingLookups lookups, string now)
    {
        var started = new Dictionary<int, Started>();
        var eligible = Eligible(batch, order, lookups);
        if (eligible.Count < 2)
        {
            return started;
        }

        var found = await connection.QueryAsync<Found>(new CommandDefinition(Find, new
        {
            Marks = eligible.Select(i => lookups.Mark(batch[i].Filing.Mark)!.Id).ToArray(),
            Subjects = eligible.Select(i => batch[i].Subject).ToArray(),
            Kinds = eligible.Select(i => WireName.Kebab(batch[i].Filing.Kind)).ToArray(),
            Domains = eligible.Select(i => batch[i].Domain).ToArray(),
            Families = eligible.Select(i => CaseKinds.IsDomainFamily(batch[i].Filing.Kind)).ToArray(),
        }, transaction));

        var fresh = new List<(int Index, CaseFigures Figures, FilingStore.Predecessor? Predecessor)>();
        foreach (var row in found)
        {
            var i = eligible[(int)row.Index - 1];
            var pending = batch[i];
            var predecessor = row.PredecessorId is { } id ? new FilingStore.Predecessor(id, row.ResolvedAt!) : null;
            if (!row.Open)
            {
                var sighting = Sightings.SightingStore.OfFiling(pending.Filing, pending.RequestSha256);
                fresh.Add((i, CaseFigures.Of(lookups.Mark(pending.Filing.Mark)!, pending.Subject, pending.Domain, pending.Filing, pending.Filing.Verdict, now, predecessor?.Id, sighting),
                    predecessor));
            }

            started[i] = new Started(pending.IdempotencyKey is not null, null, null, now);
        }

        if (fresh.Count == 0)
        {
            return started;
        }

        var figures = fresh.Select(f => f.Figures).ToList();
        var inserted = (await connection.QueryAsync<InsertedRow>(new CommandDefinition(Insert, new
        {
            Now = now,
            Marks = figures.Select(f => f.MarkId).ToArray(),
            Owners = figures.Select(f => f.Owner).ToArray(),
            Subjects = figures.Select(f => f.Subject).ToArray(),
            Kinds = figures.Select(f => f.Kind).ToArray(),
            Sources = figures.Select(f => f.Source).ToArray(),
            Domains = figures.Select(f => f.Domain).ToArray(),
            Priorities = figures.Select(f => f.Priority).ToArray(),
            Outcomes = figures.Select(f => f.Outcome).ToArray(),
            Actions = figures.Select(f => f.Action).ToArray(),
            ActionReasons = figures.Select(f => f.ActionReason).ToArray(),
            Overalls = figures.Select(f => f.Overall).ToArray(),
            Acts = figures.Select(f => f.Act).ToArray(),
            Damages = figures.Select(f => f.Damage).ToArray(),
            Causations = figures.Select(f => f.Causation).ToArray(),
            Faults = figures.Select(f => f.Fault).ToArray(),
            RuleVersions = figures.Select(f => f.RuleVersion).ToArray(),
            Verdicts = figures.Select(f => f.Verdict).ToArray(),
            ObservedAts = figures.Select(f => f.ObservedAt).ToArray(),
            Tlds = figures.Select(f => f.Tld).ToArray(),
            Registrars = figures.Select(f => f.Registrar).ToArray(),
            Networks = figures.Select(f => f.Network).ToArray(),
            Predecessors = figures.Select(f => f.PredecessorId).ToArray(),
            SeenAts = figures.Select(f => f.SightingSeenAt).ToArray(),
            SightingSources = figures.Select(f => f.SightingSource).ToArray(),
            Feeds = figures.Select(f => f.SightingFeed).ToArray(),
            Items = figures.Select(f => f.SightingItem).ToArray(),
        }, transaction))).ToDictionary(r => (r.MarkId.ToLowerInvariant(), r.Subject, r.Kind));

        // A name another instance opened meanwhile is not returned (its insert waited for that commit): it files per filing.
        var opened = new List<(int Index, PendingFiling Pending, string ObservedAt, FilingStore.InsertedCase Inserted, FilingStore.Predecessor? Predecessor)>(fresh.Count);
        foreach (var (i, f, predecessor) in fresh)
        {
            if (inserted.TryGetValue((f.MarkId.ToLowerInvariant(), f.Subject, f.Kind), out var row))
            {
                opened.Add((i, batch[i], f.ObservedAt, new FilingStore.InsertedCase(row.Id, row.Earlier), predecessor));
            }
        }

        if (opened.Count == 0)
        {
            return started;
        }

        var written = await NewCaseRecords.WriteAsync(connection, transaction, now, [.. opened.Select(o => (o.Pending, o.ObservedAt, o.Inserted, o.Predecessor))]);
        foreach (var (i, _, _, opening, predecessor) in opened)
        {
            started[i] = started[i] with { Inserted = opening, Predecessor = predecessor, Written = written[opening.Id] };
        }

        return started;
    }

    /// <summary>
    /// The filings that can start together: not refused, not answered, no evidence files to check, and the only filing
    /// of the transaction with their mark and domain and with their key.
    /// </summary>
    private static List<int> Eligible(IReadOnlyList<PendingFiling> batch, IReadOnlyList<int> order, FilingLookups lookups)
    {
        var names = new Dictionary<(string Mark, string Domain), int>();
        var keys = new Dictionary<(string KeyId, string Key), int>();
        foreach (var pending in batch)
        {
            var mark = lookups.Mark(pending.Filing.Mark)?.Id.ToLowerInvariant() ?? string.Empty;
            names[(mark, pending.Domain)] = names.GetValueOrDefault((mark, pending.Domain)) + 1;
            if (pending.IdempotencyKey is { } key)
            {
                keys[(pending.Caller.KeyId, key)] = keys.GetValueOrDefault((pending.Caller.KeyId, key)) + 1;
            }
        }

        return order.Where(i =>
        {
            var pending = batch[i];
            var mark = lookups.Mark(pending.Filing.Mark);
            return mark is { RetiredAt: null }
                && names[(mark.Id.ToLowerInvariant(), pending.Domain)] == 1
                && (pending.IdempotencyKey is not { } key || (keys[(pending.Caller.KeyId, key)] == 1 && lookups.Answer(pending.Caller.KeyId, key) is null))
                && !pending.Filing.Evidence.Pages.Any(p => p.Captures is { Count: > 0 });
        }).ToList();
    }

    private sealed record Found(long Index, bool Open, long? PredecessorId, string? ResolvedAt);

    private sealed record InsertedRow(long Id, string MarkId, string Subject, string Kind, long Earlier);
}
