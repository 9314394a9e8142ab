using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Stats;

/// <summary>
/// On PostgreSQL, moves the counters' deltas into the totals every <see cref="Every"/> (migration 0210), so the
/// readers' views add only a second's worth of deltas. Reads are exact without it; it keeps them cheap. Every instance
/// runs it and the database lets one at a time do the work. SQLite keeps its totals in place and needs none.
/// </summary>
internal sealed partial class StatsRollUp(ApiDatabase database, TimeProvider time, ILogger<StatsRollUp> log) : PostgreSqlMaintenance(database, time)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Rolls up now; answers how many delta rows moved (0 when another instance was rolling up).</summary>
    public async Task<long> RollUpAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT bw_stats_roll_up()", cancellationToken: cancellationToken));
    }

    protected override TimeSpan Period => Every;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RollUpAsync(cancellationToken);

    protected override void LogFailure(string reason) => LogFailed(log, reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "stats roll-up failed (the counts stay exact; the deltas wait for the next one): {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
