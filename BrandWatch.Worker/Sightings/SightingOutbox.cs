using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Storage;
using Dapper;
using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Sightings;

/// <summary>
/// Sightings of names screened before wait here until the Api has them. They are written with the feed cursor and sent
/// after each feed run in batches; an Api that cannot be reached keeps them for the next run, one that refuses a batch
/// (a 4xx) has it logged and dropped so that it never blocks the rest.
/// </summary>
internal sealed partial class SightingOutbox(WorkDatabase database, Filing.ApiClient reporter, TimeProvider time, ILogger<SightingOutbox> logger) : IDisposable
{
    /// <summary>The Api's limit on one batch.</summary>
    public const int Batch = 500;

    private const string Insert = "INSERT INTO sighting_outbox (body, created_at) VALUES (@Body, @Now)";
    private const string SelectBatch = "SELECT id AS Id, body AS Body FROM sighting_outbox ORDER BY id LIMIT @Take";
    // By id, not up to the last one: on PostgreSQL a lower id can commit after a higher one was read.
    private const string DeleteSent = "DELETE FROM sighting_outbox WHERE id IN @Ids";
    private const string CountPending = "SELECT COUNT(*) FROM sighting_outbox";

    private readonly SemaphoreSlim _flushing = new(1, 1);

    /// <summary>Queues reports inside the caller's transaction (the one that moves the feed cursor past them).</summary>
    public static Task AddAsync(DbConnection connection, DbTransaction transaction, IEnumerable<SightingReport> reports, DateTimeOffset now) =>
        connection.ExecuteAsync(Insert, reports.Select(r => new { Body = JsonSerializer.Serialize(r, ContractJson.Options), Now = BrandWatch.Time.StoredTime.Format(now) }), transaction);

    public async Task<long> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountPending, cancellationToken: cancellationToken));
    }

    /// <summary>Sends what is queued, oldest first; returns how many the Api took. Stops at the first batch it cannot deliver.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            var taken = 0;
            await using var connection = await database.OpenAsync(cancellationToken);
            while (true)
            {
                var rows = (await connection.QueryAsync<(long Id, string Body)>(new CommandDefinition(SelectBatch, new { Take = Batch }, cancellationToken: cancellationToken))).AsList();
                if (rows.Count == 0)
                {
                    return taken;
                }

                var reports = rows.Select(r => JsonSerializer.Deserialize<SightingReport>(r.Body, ContractJson.Options)).OfType<SightingReport>().ToList();
                var delivery = await reporter.ReportAsync(reports, cancellationToken);
                if (delivery.Status == SightingDeliveryStatus.Unavailable)
                {
                    SightingsWaiting(logger, rows.Count, delivery.Detail ?? "unavailable");
                    return taken;
                }

                if (delivery.Status == SightingDeliveryStatus.Refused)
                {
                    SightingsRefused(logger, rows.Count, delivery.Detail ?? "refused");
                }
                else
                {
                    taken += rows.Count;
                }

                await connection.ExecuteAsync(new CommandDefinition(database.Dialect.Lists(DeleteSent), new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken));
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    public DateTimeOffset Now() => time.GetUtcNow();

    public void Dispose() => _flushing.Dispose();

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "{Count} sightings wait for the Api: {Reason}")]
    private static partial void SightingsWaiting(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The Api refused {Count} sightings; they are dropped: {Reason}")]
    private static partial void SightingsRefused(ILogger logger, int count, string reason);
}
