using Dapper;

namespace BrandWatch.Api.Storage;

/// <summary>
/// On PostgreSQL, analyses the <c>cases</c> table, and the tables the filing writer reads with its prepared statements
/// (<c>case_features</c>, <c>case_sightings</c>), soon after a burst of filings has changed more than a twentieth of one,
/// instead of waiting for autovacuum. The list's plans follow the planner's idea of the table: after a batch load
/// into a table last analysed when it was small, the status filter was planned as a bitmap scan of every matching row
/// and a sort (161 ms at the median) instead of a walk of the status index in the list's order (under 1 ms), until
/// autovacuum, which looks at each database once a minute and then waits for a tenth of the table to change, analysed
/// it. The writer's prepared statements keep the generic plan they were given until the statistics of a table they
/// read change: the campaign walk's site count, planned while <c>case_features</c> was empty, read and sorted the whole
/// table on every count (17 ms a count at 30,000 new cases) until an analysis made it walk the sites index (under 1 ms).
/// Every <see cref="Every"/> this reads how many rows of each changed since its last analysis (<c>pg_stat_user_tables</c>);
/// past <see cref="MinChanged"/> plus <see cref="ChangedFraction"/> of the rows the planner thinks there are, it runs
/// <c>ANALYZE</c> on that table (a sample of at most 30,000 rows at the default statistics target, whatever the table's
/// size). Every instance runs it; an advisory lock lets one analyse at a time. SQLite's plans do not depend on
/// statistics it keeps by itself (each filter walks its index in the list's order), so it needs none.
/// </summary>
internal sealed partial class CaseTableAnalysis(ApiDatabase database, TimeProvider time, ILogger<CaseTableAnalysis> log) : PostgreSqlMaintenance(database, time)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    /// <summary>Changed rows that never call for an analysis on their own (autovacuum's own floor is 50).</summary>
    public const long MinChanged = 500;

    /// <summary>The share of the table that, changed since the last analysis, calls for a new one (autovacuum's default is a tenth).</summary>
    public const double ChangedFraction = 0.05;

    // reltuples is -1 for a table never analysed nor vacuumed (PostgreSQL 14 and later): then any 500 changes call for it.
    // The changes are what the server's statistics have been told so far: a backend reports its counts within a second
    // or two of going idle, so a burst is seen a few seconds after it ends, at the latest.
    private const string Stale =
        "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid " +
        "WHERE s.relid = ANY(CAST(@Tables AS regclass[])) " +
        "AND s.n_mod_since_analyze >= @MinChanged + @ChangedFraction * GREATEST(c.reltuples, 0) ORDER BY s.relname";

    /// <summary>The advisory lock that lets one instance analyse at a time.</summary>
    internal const long LockKey = 7318455414;

    // Held to the end of the transaction; ANALYZE may run inside one (VACUUM may not).
    private const string Lock = "SELECT pg_try_advisory_xact_lock(@LockKey)";

    /// <summary>The tables analysed, each with its own statement (a table's name is never spliced into SQL); <see cref="Stale"/> reads their names from here.</summary>
    private static readonly Dictionary<string, string> Analyze = new(StringComparer.Ordinal)
    {
        ["cases"] = "ANALYZE cases",
        ["case_features"] = "ANALYZE case_features",
        ["case_sightings"] = "ANALYZE case_sightings",
    };

    private static readonly string[] Tables = [.. Analyze.Keys];

    /// <summary>Analyses each table that has changed enough since its last analysis; answers whether this call analysed any.</summary>
    public async Task<bool> AnalyzeIfStaleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var stale = (await connection.QueryAsync<string>(new CommandDefinition(Stale, new { Tables, MinChanged, ChangedFraction }, cancellationToken: cancellationToken))).ToList();
        if (stale.Count == 0)
        {
            return false;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(Lock, new { LockKey }, transaction, cancellationToken: cancellationToken)))
        {
            return false; // another instance is analysing them now
        }

        foreach (var table in stale)
        {
            await connection.ExecuteAsync(new CommandDefinition(Analyze[table], transaction: transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        LogAnalyzed(log, string.Join(", ", stale));
        return true;
    }

    protected override TimeSpan Period => Every;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => AnalyzeIfStaleAsync(cancellationToken);

    protected override void LogFailure(string reason) => LogFailed(log, reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "analysed {Tables} after a burst of changes, so the list's and the writer's plans see their new size")]
    private static partial void LogAnalyzed(ILogger logger, string tables);

    [LoggerMessage(Level = LogLevel.Warning, Message = "analysing the tables filings change failed (autovacuum will analyse them later): {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
