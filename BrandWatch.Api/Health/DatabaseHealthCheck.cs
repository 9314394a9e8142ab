using BrandWatch.Api.Storage;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BrandWatch.Api.Health;

/// <summary>Healthy when the database opens and answers a query on its schema.</summary>
internal sealed class DatabaseHealthCheck(ApiDatabase database) : IHealthCheck
{
    private const string Probe = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(Probe, cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"schema version {version}");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be queried", ex);
        }
    }
}
