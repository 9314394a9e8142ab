using System.Text.Json;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Presence;
using BrandWatch.Worker.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Presence;

/// <summary>
/// Keeps each subject's <see cref="PresenceRecord"/> and applies <see cref="PresenceHysteresis"/> to a new look. Looks at
/// one (domain, mark) are applied one at a time, so two stages cannot both count the same settled record.
/// </summary>
internal sealed class PresenceStore(WorkDatabase database, IOptions<PresenceOptions> options) : IDisposable
{
    private const string Select = "SELECT record FROM presence WHERE domain = @Domain AND mark = @Mark";

    private const string Upsert =
        """
        INSERT INTO presence (domain, mark, state, record, updated_at) VALUES (@Domain, @Mark, @State, @Record, @Now)
        ON CONFLICT (domain, mark) DO UPDATE SET state = excluded.state, record = excluded.record, updated_at = excluded.updated_at
        """;

    private readonly SemaphoreSlim _gate = new(1, 1);

    public PresenceOptions Options => options.Value;

    /// <summary>Records one look and says whether it is filed or held back, and why.</summary>
    public async Task<PresenceStep> ObserveAsync(string domain, string mark, PresenceObservation look, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var json = await connection.QuerySingleOrDefaultAsync<string>(Select, new { Domain = domain, Mark = mark });
            var record = json is null ? null : JsonSerializer.Deserialize<PresenceRecord>(json, ContractJson.Options);
            var step = PresenceHysteresis.Observe(record, look, options.Value.Confirmations, options.Value.MinimumSpan);
            await connection.ExecuteAsync(Upsert, new
            {
                Domain = domain, Mark = mark, State = WireName.Kebab(step.Record.State),
                Record = JsonSerializer.Serialize(step.Record, ContractJson.Options), Now = BrandWatch.Time.StoredTime.Format(look.At),
            });
            return step;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The record of a subject, or null when no look was recorded.</summary>
    public async Task<PresenceRecord?> GetAsync(string domain, string mark, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.QuerySingleOrDefaultAsync<string>(Select, new { Domain = domain, Mark = mark });
        return json is null ? null : JsonSerializer.Deserialize<PresenceRecord>(json, ContractJson.Options);
    }

    public void Dispose() => _gate.Dispose();
}
