using System.Data.Common;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases;
using BrandWatch.Api.Http;
using BrandWatch.Api.Storage;
using BrandWatch.Rules.Cases;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Sightings;

/// <summary>
/// Every sighting of a name for a mark. A filing records the sighting it came with inside the filing's transaction; a
/// name seen again is reported alone (<c>POST /api/sightings</c>) and changes no case state and fires no alert. A
/// repeated (mark, domain, source, feed, item) is recorded once, so a Worker that retries or re-reads is harmless.
/// </summary>
internal sealed class SightingStore(ApiDatabase database, TimeProvider time, WriteGate gate)
{
    private const string Insert =
        "INSERT INTO case_sightings (mark_id, domain, source, feed, item, seen_at, recorded_at, filing_id, ct_log, ct_index, certificate_sha256, ct_issuer, ct_names) " +
        "VALUES (@MarkId, @Domain, @Source, @Feed, @Item, @SeenAt, @RecordedAt, @FilingId, @Log, @Index, @CertificateSha256, @Issuer, @Names) ON CONFLICT DO NOTHING";

    // A sighting older than what a case knows as its first (reported late, or by a second Worker) moves it back.
    private const string LowerFirstSeen =
        "UPDATE cases SET first_seen_at = @SeenAt WHERE mark_id = @MarkId AND domain = @Domain AND (first_seen_at IS NULL OR first_seen_at > @SeenAt)";

    /// <summary>
    /// The first-seen time of a case about to be inserted, for its INSERT: when its name was first seen (an earlier
    /// sighting, or an earlier case of the name), the filing's own sighting unless that one is already stored, or now.
    /// Set in the insert rather than by an update after it, which wrote the new row a second time through every index.
    /// The arguments name where the case's mark, domain and sighting come from: parameters for one case, the columns of
    /// an unnest for many.
    /// </summary>
    public static string FirstSeenOfNewCase(string markId, string domain, string seenAt, string source, string feed, string item) =>
        "(SELECT MIN(t) FROM (" +
        $"SELECT seen_at AS t FROM case_sightings WHERE mark_id = {markId} AND domain = {domain} " +
        $"UNION ALL SELECT COALESCE(first_seen_at, filed_at) AS t FROM cases WHERE mark_id = {markId} AND domain = {domain} " +
        "UNION ALL SELECT @Now AS t " +
        $"UNION ALL SELECT {seenAt} AS t WHERE {seenAt} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_sightings " +
        $"WHERE mark_id = {markId} AND domain = {domain} AND source = {source} AND feed = {feed} AND item = {item})) AS seen)";

    /// <summary>For the RETURNING of that INSERT: how many earlier cases the name had (it was seen before and is back).</summary>
    public const string EarlierCasesOfName = "(SELECT COUNT(*) FROM cases e WHERE e.mark_id = cases.mark_id AND e.domain = cases.domain AND e.id < cases.id)";

    private const string SelectMark = "SELECT id FROM marks WHERE id = @Id AND retired_at IS NULL";

    private const string Columns =
        "id AS Id, source AS Source, feed AS Feed, item AS Item, seen_at AS SeenAt, recorded_at AS RecordedAt, filing_id AS FilingId, " +
        "ct_log AS Log, ct_index AS CtIndex, certificate_sha256 AS CertificateSha256, ct_issuer AS Issuer, ct_names AS Names";

    private const string SelectPage =
        "SELECT " + Columns + " FROM case_sightings WHERE mark_id = @MarkId AND domain = @Domain AND id > @After ORDER BY id LIMIT @Take";

    private const string SelectAll =
        "SELECT " + Columns + " FROM case_sightings WHERE mark_id = @MarkId AND domain = @Domain ORDER BY id";

    private const string CountOfName = "SELECT COUNT(*) FROM case_sightings WHERE mark_id = @MarkId AND domain = @Domain";

    /// <summary>
    /// The sighting a filing names or, from a filer that names only its source, one made of the source, the filing's
    /// hash and its CT certificate; null when it names neither.
    /// </summary>
    public static CaseSighting? OfFiling(CaseFiling filing, string requestSha256)
    {
        var certificate = filing.Evidence.Certificate;
        var sighting = filing.Sighting ?? (filing.Source is { } source
            ? new CaseSighting { Source = source, Feed = "filing", Item = requestSha256, SeenAt = filing.ObservedAt }
            : null);
        if (sighting is null)
        {
            return null;
        }

        // The filing's certificate describes the sighting's when it is the same certificate (or the sighting names none).
        var same = certificate is not null && (sighting.CertificateSha256 is null || string.Equals(sighting.CertificateSha256, certificate.Sha256, StringComparison.OrdinalIgnoreCase));
        return sighting with
        {
            Log = sighting.Log ?? certificate?.Log,
            Index = sighting.Index ?? certificate?.Index,
            CertificateSha256 = sighting.CertificateSha256 ?? certificate?.Sha256,
            Issuer = sighting.Issuer ?? (same ? certificate!.Issuer : null),
            SubjectAlternativeNames = sighting.SubjectAlternativeNames ?? (same ? certificate!.SubjectAlternativeNames : null),
        };
    }

    /// <summary>
    /// Records a filing's sighting (<see cref="OfFiling"/>) inside the filing's transaction. A re-filing's sighting
    /// older than its case's first-seen time moves it back; a new case got its first-seen time in its insert
    /// (<see cref="FirstSeenOfNewCase(string, string, string, string, string, string)"/>).
    /// </summary>
    public static async Task RecordFilingAsync(DbConnection connection, DbTransaction transaction, bool newCase, string markId, string domain,
        CaseSighting? sighting, long filingId, string now)
    {
        if (sighting is null)
        {
            return;
        }

        var row = Parameters(markId, domain, sighting, filingId, now);
        await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction));
        if (!newCase)
        {
            await connection.ExecuteAsync(new CommandDefinition(LowerFirstSeen, row, transaction));
        }
    }

    /// <summary>Records names seen again (<paramref name="domains"/> are the reports' names in ASCII) in one transaction.</summary>
    public async Task<SightingsRecorded> RecordAsync(IReadOnlyList<SightingReport> reports, IReadOnlyList<string> domains, CancellationToken cancellationToken)
    {
        var now = StoredTime.Format(time.GetUtcNow());
        int recorded = 0, duplicates = 0, unknown = 0;
        using var entered = await gate.EnterAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var marks = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < reports.Count; i++)
        {
            if (!marks.TryGetValue(reports[i].Mark, out var markId))
            {
                markId = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(SelectMark, new { Id = reports[i].Mark }, transaction, cancellationToken: cancellationToken));
                marks[reports[i].Mark] = markId;
            }

            if (markId is null)
            {
                unknown++;
                continue;
            }

            var row = Parameters(markId, domains[i], reports[i].Sighting, null, now);
            if (await connection.ExecuteAsync(new CommandDefinition(Insert, row, transaction, cancellationToken: cancellationToken)) == 0)
            {
                duplicates++;
                continue;
            }

            recorded++;
            await connection.ExecuteAsync(new CommandDefinition(LowerFirstSeen, row, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new SightingsRecorded(recorded, duplicates, unknown);
    }

    /// <summary>One page of the sightings of the case's name, oldest first; null when the case is not visible to the caller.</summary>
    public async Task<SightingPage?> ListAsync(long caseId, long after, int take, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var name = await connection.QuerySingleOrDefaultAsync<CaseName>(new CommandDefinition(
            "SELECT mark_id AS MarkId, domain AS Domain, owner AS Owner FROM cases WHERE id = @Id", new { Id = caseId }, transaction, cancellationToken: cancellationToken));
        if (name is null || !caller.CanSee(name.Owner))
        {
            return null;
        }

        var rows = (await connection.QueryAsync<SightingRow>(new CommandDefinition(SelectPage,
            new { name.MarkId, name.Domain, After = after, Take = take + 1 }, transaction, cancellationToken: cancellationToken))).AsList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountOfName, new { name.MarkId, name.Domain }, transaction, cancellationToken: cancellationToken));
        var items = rows.Take(take).Select(r => r.ToItem()).ToArray();
        return new SightingPage(items, total, rows.Count > take ? items[^1].Id : null);
    }

    /// <summary>
    /// Every sighting of the case's name, oldest first, read in one snapshot (for its evidence package); null when the
    /// case is not visible to the caller.
    /// </summary>
    public async Task<IReadOnlyList<SightingItem>?> ListAllAsync(long caseId, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginSnapshotAsync(connection, cancellationToken);
        var name = await connection.QuerySingleOrDefaultAsync<CaseName>(new CommandDefinition(
            "SELECT mark_id AS MarkId, domain AS Domain, owner AS Owner FROM cases WHERE id = @Id", new { Id = caseId }, transaction, cancellationToken: cancellationToken));
        if (name is null || !caller.CanSee(name.Owner))
        {
            return null;
        }

        var rows = await connection.QueryAsync<SightingRow>(new CommandDefinition(SelectAll, new { name.MarkId, name.Domain }, transaction, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToItem()).ToList();
    }

    private static object Parameters(string markId, string domain, CaseSighting sighting, long? filingId, string now) => new
    {
        MarkId = markId,
        Domain = domain,
        Source = WireName.Kebab(sighting.Source),
        sighting.Feed,
        sighting.Item,
        SeenAt = StoredTime.Format(sighting.SeenAt),
        RecordedAt = now,
        FilingId = filingId,
        sighting.Log,
        sighting.Index,
        sighting.CertificateSha256,
        sighting.Issuer,
        Names = sighting.SubjectAlternativeNames is { } names ? System.Text.Json.JsonSerializer.Serialize(names) : null,
    };

    private sealed class CaseName
    {
        public string MarkId { get; set; } = string.Empty;
        public string Domain { get; set; } = string.Empty;
        public string Owner { get; set; } = string.Empty;
    }

    private sealed class SightingRow
    {
        public long Id { get; set; }
        public string Source { get; set; } = string.Empty;
        public string Feed { get; set; } = string.Empty;
        public string Item { get; set; } = string.Empty;
        public DateTimeOffset SeenAt { get; set; }
        public DateTimeOffset RecordedAt { get; set; }
        public long? FilingId { get; set; }
        public string? Log { get; set; }
        public long? CtIndex { get; set; }
        public string? CertificateSha256 { get; set; }
        public string? Issuer { get; set; }
        public string? Names { get; set; }

        public SightingItem ToItem() => new()
        {
            Id = Id, Source = Source, Feed = Feed, Item = Item, SeenAt = SeenAt, RecordedAt = RecordedAt, FilingId = FilingId,
            Log = Log, Index = CtIndex, CertificateSha256 = CertificateSha256, Issuer = Issuer,
            SubjectAlternativeNames = Names is null ? null : System.Text.Json.JsonSerializer.Deserialize<List<string>>(Names),
        };
    }
}
