namespace BrandWatch.Worker.Tests.ScaleOut;

/// <summary>One private PostgreSQL server (the shared <see cref="PostgresServer"/>) for the Worker's scale-out tests; each test makes its own database.</summary>
public sealed class WorkPostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>A new, empty database as the Worker's connection string (<c>Provider=postgresql;…</c>).</summary>
    public async Task<string> NewDatabaseAsync() =>
        "Provider=postgresql;" + await (_server ?? throw new InvalidOperationException("The PostgreSQL server has not started.")).CreateDatabaseAsync("worker");

    public async ValueTask InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WorkPostgresGroup : ICollectionFixture<WorkPostgresFixture>
{
    public const string Name = "worker-postgres";
}
