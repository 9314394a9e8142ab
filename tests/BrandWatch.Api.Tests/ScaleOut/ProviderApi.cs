using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// One real Api on SQLite (a file in a temp folder) or on a new PostgreSQL database, with a client per named caller;
/// disposing it stops the Api and removes the folder.
/// </summary>
public sealed class ProviderApi : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly Dictionary<string, HttpClient> _clients = [];

    private ProviderApi(ApiInstance instance, TempFolder folder)
    {
        Instance = instance;
        _folder = folder;
    }

    public ApiInstance Instance { get; }

    public IServiceProvider Services => Instance.Services;

    public HttpClient this[string who] => _clients[who];

    /// <summary>Starts the Api on <paramref name="provider"/> (<c>sqlite</c> or <c>postgresql</c>).</summary>
    public static async Task<ProviderApi> StartAsync(PostgresFixture postgres, string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var connection = provider == "sqlite" ? $"Data Source={folder.File("api.db")}" : await postgres.NewApiDatabaseAsync();
        return new ProviderApi(ApiInstance.Start(connection, folder.File("signing-key.pem"), settings), folder);
    }

    /// <summary>Starts the Api with the callers most tests need: "admin" (an administrator) and "worker" (the Worker's key).</summary>
    public static async Task<ProviderApi> StartWithAdminAndWorkerAsync(PostgresFixture postgres, string provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var api = await StartAsync(postgres, provider, settings);
        await api.AddCallerAsync("admin", Roles.Admin);
        await api.AddCallerAsync("worker", Roles.Worker);
        return api;
    }

    /// <summary>Creates a key for <paramref name="who"/> and a client that sends it.</summary>
    public async Task AddCallerAsync(string who, string role, params string[] owners)
    {
        var key = await Services.GetRequiredService<KeyStore>().CreateAsync(role, owners, who, "test", HttpTest.Ct);
        _clients[who] = Instance.Client(key.Key);
    }

    /// <summary>Reads the Api's own database, whichever the engine.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>().OpenAsync(HttpTest.Ct);
        return (await Dapper.SqlMapper.QueryAsync<T>(connection, sql, parameters)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Instance.DisposeAsync();
        _folder.Dispose();
    }
}
