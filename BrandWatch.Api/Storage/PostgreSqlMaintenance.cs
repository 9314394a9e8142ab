namespace BrandWatch.Api.Storage;

/// <summary>
/// A piece of upkeep every Api instance runs on PostgreSQL once a <see cref="Period"/> (SQLite needs none): a database
/// error is logged and left to the next tick, which tries again.
/// </summary>
internal abstract class PostgreSqlMaintenance(ApiDatabase database, TimeProvider time) : BackgroundService
{
    protected ApiDatabase Database { get; } = database;

    protected abstract TimeSpan Period { get; }

    /// <summary>One round of the upkeep.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Logs a round that failed with a database error.</summary>
    protected abstract void LogFailure(string reason);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Database.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (System.Data.Common.DbException ex)
            {
                LogFailure(ex.Message);
            }
        }
    }
}
