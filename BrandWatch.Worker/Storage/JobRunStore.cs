using Dapper;

namespace BrandWatch.Worker.Storage;

/// <summary>Records each scheduled job run (start, end, outcome).</summary>
internal sealed class JobRunStore(WorkDatabase database, TimeProvider time)
{
    private const string Insert = "INSERT INTO job_run (job, started_at) VALUES (@Job, @Now) RETURNING id";

    private const string Finish = "UPDATE job_run SET finished_at = @Now, outcome = @Outcome, detail = @Detail WHERE id = @Id";

    private const string Count = "SELECT COUNT(*) FROM job_run WHERE job = @Job";

    private const string Purge = "DELETE FROM job_run WHERE started_at < @Before";

    public async Task<long> StartAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(Insert, new { Job = job, Now = BrandWatch.Time.StoredTime.Format(time.GetUtcNow()) });
    }

    public async Task FinishAsync(long id, string outcome, string? detail, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Finish, new { Id = id, Outcome = outcome, Detail = detail, Now = BrandWatch.Time.StoredTime.Format(time.GetUtcNow()) });
    }

    public async Task<long> CountAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(Count, new { Job = job });
    }

    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(Purge, new { Before = BrandWatch.Time.StoredTime.Format(time.GetUtcNow() - olderThan) });
    }
}
