using Dapper;

namespace BrandWatch.Api.Storage;

/// <summary>
/// On PostgreSQL, analyses the <c>cases</c> table soon after a burst of filings has changed more than a twentieth of
/// it, instead of waiting for autovacuum. The list's plans follow the planner's idea of the table: after a batch load
/// into a table last analysed when it was small, the status filter was planned as a bitmap scan of every matching row
/// and a sort (161 ms at the median) instead of a walk of the status index in the list's order (under 1 ms), until
/// autovacuum, which looks at each database once a minute and then waits for a tenth of the table to change, analysed
/// it. Every <see cref="Every"/> this reads how many rows changed since the last analysis (one row of
/// <c>pg_stat_user_tables</c>); past <see cref="MinChanged"/> plus <see cref="ChangedFraction"/> of the rows the
/// planner thinks there are, it runs <c>ANALYZE cases</c> (a sample of at most 30,000 rows at the default statistics
/// target, whatever the table's size). Every instance runs it; an advisory lock lets one analyse at a time. SQLite's
/// plans for the list do not depend on its statistics (each filter walks its index in the list's order), so it needs none.
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
        "SELECT s.n_mod_since_analyze >= @MinChanged + @ChangedFraction * GREATEST(c.reltuples, 0) " +
        "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relid = CAST('cases' AS regclass)";

    // Held to the end of the transaction; ANALYZE may run inside one (VACUUM may not).
    private const string Lock = "SELECT pg_try_advisory_xact_lock(7318455414)";

    private const string Analyze = "ANALYZE cases";

    /// <summary>Analyses <c>cases</c> when it has changed enough since its last analysis; answers whether this call analysed it.</summary>
    public async Task<bool> AnalyzeIfStaleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var stale = await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(Stale, new { MinChanged, ChangedFraction }, cancellationToken: cancellationToken));
        if (stale != true)
        {
            return false;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(Lock, transaction: transaction, cancellationToken: cancellationToken)))
        {
            return false; // another instance is analysing it now
        }

        await connection.ExecuteAsync(new CommandDefinition(Analyze, transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogAnalyzed(log);
        return true;
    }

    protected override TimeSpan Period => Every;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => AnalyzeIfStaleAsync(cancellationToken);

    protected override void LogFailure(string reason) => LogFailed(log, reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "analysed the cases table after a burst of changes, so the list's plans see its new size")]
    private static partial void LogAnalyzed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "analysing the cases table failed (autovacuum will analyse it later): {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
