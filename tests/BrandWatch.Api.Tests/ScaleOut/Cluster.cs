using System.Net;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>Several Api instances (Kestrel on 127.0.0.1) sharing one fresh PostgreSQL database, with keys made on the first.</summary>
public sealed class Cluster : IAsyncDisposable
{
    public const string OwnerA = "Acme Corp";

    private readonly TempFolder _folder = new();

    private Cluster(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public List<ApiInstance> Instances { get; } = [];

    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>Starts <paramref name="count"/> instances at once (they race to migrate) and makes an admin, a worker and a reviewer key.</summary>
    public static async Task<Cluster> StartAsync(PostgresFixture postgres, int count, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cluster = new Cluster(await postgres.NewApiDatabaseAsync());
        var signingKey = cluster._folder.File("signing-key.pem");
        var started = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(() => ApiInstance.Start(cluster.ConnectionString, signingKey, settings))));
        cluster.Instances.AddRange(started);
        var keys = cluster.Instances[0].Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            cluster.Keys[who] = (await keys.CreateAsync(role, owners, who, "fixture", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("worker", Roles.Worker);
        await Add("reviewer", Roles.LegalReviewer, OwnerA);
        await Add("manager", Roles.BrandManager, OwnerA);
        return cluster;
    }

    /// <summary>Adds the mark <paramref name="id"/> of <see cref="OwnerA"/> through the first instance, as its admin.</summary>
    public async Task AddMarkAsync(string id)
    {
        using var admin = Client(0, "admin");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(id, OwnerA))).ExpectAsync(HttpStatusCode.Created);
    }

    /// <summary>A client of instance <paramref name="instance"/> with the named key.</summary>
    public HttpClient Client(int instance, string who) => Instances[instance].Client(Keys[who]);

    /// <summary>Reads the shared database directly, as an auditor would.</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        var (_, connectionString) = BrandWatch.Api.Storage.ApiDatabase.Split(ConnectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(HttpTest.Ct);
        return (await connection.QueryAsync<T>(sql, parameters)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        _folder.Dispose();
    }
}
