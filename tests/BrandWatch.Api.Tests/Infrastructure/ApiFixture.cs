using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Infrastructure;

/// <summary>
/// One Api over one SQLite file for a test class, with a key for each role: brand managers of owners A and B, a
/// legal reviewer assigned to A, a worker, CI and an admin.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string OwnerA = "Acme Corp.";
    public const string OwnerB = "Bravo GmbH";

    private readonly TempFolder _folder = new();

    public ApiFixture()
    {
        Factory = new ApiFactory(_folder.File("api.db"));
    }

    public ApiFactory Factory { get; private set; }

    public string DatabasePath => Factory.DatabasePath;

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient Admin => Client("admin");

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client authenticated as one of the fixture's keys: admin, manager-a, manager-b, reviewer-a, worker, ci.</summary>
    public HttpClient Client(string who)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    private readonly Dictionary<string, Task> _once = [];

    /// <summary>Runs shared set-up once per fixture, however many tests ask for it.</summary>
    public Task OnceAsync(string name, Func<Task> setUp)
    {
        lock (_once)
        {
            if (!_once.TryGetValue(name, out var task))
            {
                task = setUp();
                _once[name] = task;
            }

            return task;
        }
    }

    /// <summary>Reads the database file directly, as an auditor would.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(HttpTest.Ct);
        return (await Dapper.SqlMapper.QueryAsync<T>(connection, sql, parameters)).ToList();
    }

    public async ValueTask InitializeAsync()
    {
        var keys = Factory.Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "fixture", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("manager-a", Roles.BrandManager, OwnerA);
        await Add("manager-b", Roles.BrandManager, OwnerB);
        await Add("reviewer-a", Roles.LegalReviewer, OwnerA);
        await Add("worker", Roles.Worker);
        await Add("ci", Roles.Ci);
    }

    /// <summary>Stops the host and starts a new one on the same file, as a process restart would.</summary>
    public async Task RestartAsync()
    {
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Factory = new ApiFactory(_folder.File("api.db"));
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}
