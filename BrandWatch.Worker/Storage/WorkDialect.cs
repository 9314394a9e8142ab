using System.Text.RegularExpressions;

namespace BrandWatch.Worker.Storage;

/// <summary>
/// The few pieces of the Worker's SQL that differ between SQLite and PostgreSQL; each a constant of its engine, never
/// built from input. Everything else the stores run is the same text on both.
/// </summary>
internal sealed partial record WorkDialect
{
    public static readonly WorkDialect Sqlite = new()
    {
        SkipLocked = string.Empty,
        MonitorAction = "json_extract(state, '$.filing.verdict.action')",
        OwnerDomainRule = "json_extract(state, '$.ownerDomain.rule')",
        OwnerDomainEvidence = "json_extract(state, '$.ownerDomain.evidence')",
        MigrationLock = null,
        MigrationUnlock = null,
    };

    public static readonly WorkDialect PostgreSql = new()
    {
        // Instances claiming at once each take rows the others have not locked, instead of queueing behind them.
        SkipLocked = " FOR UPDATE SKIP LOCKED",
        MonitorAction = "(state::jsonb #>> '{filing,verdict,action}')",
        OwnerDomainRule = "(state::jsonb #>> '{ownerDomain,rule}')",
        OwnerDomainEvidence = "(state::jsonb #>> '{ownerDomain,evidence}')",
        // Not the Api's key: an Api and its Workers may start at once on one server.
        MigrationLock = "SELECT pg_advisory_lock(7318455413)",
        MigrationUnlock = "SELECT pg_advisory_unlock(7318455413)",
    };

    /// <summary>Ends the SELECT of rows to claim: SQLite's single writer needs nothing, PostgreSQL skips rows another instance holds.</summary>
    public required string SkipLocked { get; init; }

    /// <summary>The filed verdict's recommended action in a work item's JSON state.</summary>
    public required string MonitorAction { get; init; }

    /// <summary>The rule that recognised an owner's own domain, from the work item's JSON state.</summary>
    public required string OwnerDomainRule { get; init; }

    /// <summary>The evidence that showed an owner's own domain, from the work item's JSON state.</summary>
    public required string OwnerDomainEvidence { get; init; }

    /// <summary>Taken around the migrations where several processes may start at once.</summary>
    public string? MigrationLock { get; init; }

    public string? MigrationUnlock { get; init; }

    /// <summary>
    /// The statement with its list parameters in this engine's form: Dapper expands <c>x IN @List</c> on SQLite, while
    /// Npgsql sends the list as one array, which PostgreSQL reads with <c>x = ANY(@List)</c>. Pass only constant SQL.
    /// </summary>
    public string Lists(string sql) => ReferenceEquals(this, PostgreSql) ? InList().Replace(sql, "$1 = ANY(@$2)") : sql;

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_.]*) IN @([A-Za-z0-9_]+)")]
    private static partial Regex InList();
}
