namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>One private PostgreSQL server for every test of the <c>postgres</c> collection; each test makes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server has not started.");

    /// <summary>A new database, as the Api's connection string (Provider=postgresql;…).</summary>
    public async Task<string> NewApiDatabaseAsync() => "Provider=postgresql;" + await Server.CreateDatabaseAsync("api");

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
public sealed class PostgresGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
