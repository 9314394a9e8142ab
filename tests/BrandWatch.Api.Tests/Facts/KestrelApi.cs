using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Facts;

/// <summary>The real Api on Kestrel at 127.0.0.1 over a SQLite file in a temp folder, with an admin, a worker, a reviewer and a manager of owner Q.</summary>
public sealed class KestrelApi : IAsyncLifetime
{
    public const string Owner = "Quorvexa Inc.";

    private readonly TempFolder _folder = new();

    public KestrelApi()
    {
        Factory = new ApiFactory(_folder.File("facts.db"));
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public ApiFactory Factory { get; }

    public string Folder => _folder.Path;

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient Client(string who)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    /// <summary>Reads the database file directly, as an auditor would.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        await connection.OpenAsync(HttpTest.Ct);
        return (await Dapper.SqlMapper.QueryAsync<T>(connection, sql, parameters)).ToList();
    }

    public async ValueTask InitializeAsync()
    {
        Factory.StartServer();
        var keys = Factory.Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "fixture", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("worker", Roles.Worker);
        await Add("reviewer", Roles.LegalReviewer, Owner);
        await Add("manager", Roles.BrandManager, Owner);
        await Add("stranger", Roles.LegalReviewer, "Someone Else");
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}
