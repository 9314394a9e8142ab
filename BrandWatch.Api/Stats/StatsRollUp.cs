using BrandWatch.Api.Storage;
using Dapper;

namespace BrandWatch.Api.Stats;

/// <summary>
/// On PostgreSQL, moves the counters' deltas into the totals every <see cref="Every"/> (migration 0210), so the
/// readers' views add only a second's worth of deltas. Reads are exact without it; it keeps them cheap. Every instance
/// runs it and the database lets one at a time do the work. SQLite keeps its totals in place and needs none.
/// </summary>
internal sealed partial class StatsRollUp(ApiDatabase database, TimeProvider time, ILogger<StatsRollUp> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>Rolls up now; answers how many delta rows moved (0 when another instance was rolling up).</summary>
    public async Task<long> RollUpAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT bw_stats_roll_up()", cancellationToken: cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RollUpAsync(stoppingToken);
            }
            catch (System.Data.Common.DbException ex)
            {
                LogFailed(log, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "stats roll-up failed (the counts stay exact; the deltas wait for the next one): {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
