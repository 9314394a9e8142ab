using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Evidence;

/// <summary>Deletes unreferenced evidence files past their retention every <see cref="EvidenceFileOptions.PurgeEvery"/>.</summary>
internal sealed partial class EvidenceFilePurge(EvidenceFileStore store, IOptions<EvidenceFileOptions> options, TimeProvider time, ILogger<EvidenceFilePurge> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeEvery, time);
        do
        {
            try
            {
                var deleted = await store.PurgeAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogPurged(log, deleted, options.Value.UnreferencedRetention);
                }
            }
            catch (Exception ex) when (ex is IOException or System.Data.Common.DbException)
            {
                LogFailed(log, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "deleted {Count} evidence files no filing names, unreferenced for longer than {Retention}")]
    private static partial void LogPurged(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "evidence file purge failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
