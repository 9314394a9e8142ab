using System.Text.RegularExpressions;

namespace BrandWatch.Api.Storage;

/// <summary>
/// The few pieces of SQL that differ between SQLite and PostgreSQL. Everything else the stores run is the same text on
/// both engines; each piece here is a constant of its engine, never built from input.
/// </summary>
internal sealed partial record SqlDialect
{
    public static readonly SqlDialect Sqlite = new()
    {
        Greatest = "MAX",
        ForUpdate = string.Empty,
        ForShare = string.Empty,
        KeyOwnersJson = "(SELECT json_group_array(o.owner) FROM api_key_owners o WHERE o.key_id = k.id)",
        DomainContains = " AND c.id IN (SELECT rowid FROM case_search WHERE domain LIKE @Text)",
        LockOutbox = "SELECT last_event_id FROM alert_cursor WHERE name = @Name",
        SelectEventsToFanOut = "WHERE id > @After ORDER BY id LIMIT @Limit",
        MarkFannedOut = null,
        MigrationLock = null,
        MigrationUnlock = null,
    };

    public static readonly SqlDialect PostgreSql = new()
    {
        Greatest = "GREATEST",
        ForUpdate = " FOR UPDATE",
        ForShare = " FOR SHARE",
        KeyOwnersJson = "(SELECT COALESCE(json_agg(o.owner ORDER BY o.owner)::text, '[]') FROM api_key_owners o WHERE o.key_id = k.id)",
        DomainContains = " AND c.domain ILIKE @Text",
        // One instance fans out at a time; the others skip the round instead of queueing behind it.
        LockOutbox = "SELECT last_event_id FROM alert_cursor WHERE name = @Name FOR UPDATE SKIP LOCKED",
        // Identities are handed out before commit, so a lower id can commit after a higher one: a cursor would skip it.
        // Every event is marked once fanned out instead, and the next round takes whatever is still unmarked.
        SelectEventsToFanOut = "WHERE fanned_out = FALSE ORDER BY id LIMIT @Limit",
        MarkFannedOut = "UPDATE case_events SET fanned_out = TRUE WHERE id = ANY(@Ids)",
        MigrationLock = "SELECT pg_advisory_lock(7318455412)",
        MigrationUnlock = "SELECT pg_advisory_unlock(7318455412)",
    };

    /// <summary>The two-argument maximum: SQLite's scalar <c>MAX(a, b)</c>, PostgreSQL's <c>GREATEST(a, b)</c>.</summary>
    public required string Greatest { get; init; }

    /// <summary>Appended to a SELECT of the row a transaction is about to change; SQLite's single writer needs none.</summary>
    public required string ForUpdate { get; init; }

    /// <summary>Appended to a SELECT of rows a transaction is about to reference, so that no other transaction deletes them before it commits.</summary>
    public required string ForShare { get; init; }

    /// <summary>The owners of key <c>k</c> as a JSON array of strings (text).</summary>
    public required string KeyOwnersJson { get; init; }

    /// <summary>The case list's substring filter on <c>c.domain</c> (an FTS5 trigram table in SQLite, a pg_trgm index in PostgreSQL).</summary>
    public required string DomainContains { get; init; }

    /// <summary>Reads the outbox cursor row, locking it where several dispatchers share the database; no row means another holds it.</summary>
    public required string LockOutbox { get; init; }

    /// <summary>The tail of the SELECT of case events not yet fanned out.</summary>
    public required string SelectEventsToFanOut { get; init; }

    /// <summary>Marks the events of a fan-out as done (<c>@Ids</c>), where the cursor alone cannot tell.</summary>
    public string? MarkFannedOut { get; init; }

    /// <summary>Taken around the migrations where several processes may start at once.</summary>
    public string? MigrationLock { get; init; }

    public string? MigrationUnlock { get; init; }

    /// <summary>
    /// The statement with its list parameters in this engine's form. Dapper expands <c>x IN @List</c> into one
    /// parameter per item, except on Npgsql, where it sends the list as one array: PostgreSQL then needs <c>x = ANY(@List)</c>.
    /// Pass only constant SQL; the values stay parameters.
    /// </summary>
    public string Lists(string sql) => ReferenceEquals(this, PostgreSql) ? InList().Replace(sql, "$1 = ANY(@$2)") : sql;

    /// <summary>
    /// A read of the counted totals (case_counts, case_stats_daily, case_stats_monthly) in this engine's form. SQLite's
    /// triggers keep the tables exact; PostgreSQL's append deltas that are rolled up later (migration 0210), so there
    /// the read goes to the views that add the deltas not yet rolled up. Pass only constant SQL.
    /// </summary>
    public string Totals(string sql) => ReferenceEquals(this, PostgreSql) ? CountedTable().Replace(sql, "$1_now") : sql;

    [GeneratedRegex(@"\b(case_counts|case_stats_daily|case_stats_monthly)\b")]
    private static partial Regex CountedTable();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_.]*) IN @([A-Za-z0-9_]+)")]
    private static partial Regex InList();
}
