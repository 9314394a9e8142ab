using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.Stats;

/// <summary>
/// The real Api on Kestrel (127.0.0.1, a free port) over a SQLite file, with a clock the tests set so that cases are
/// filed and reviewed on the days they choose; keys for an admin, the worker, CI, brand managers of two owners and a
/// legal reviewer of both.
/// </summary>
public sealed class StatsHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OwnerA = "Stats Alpha Ltd";
    public const string OwnerB = "Stats Bravo SA";

    private readonly TempFolder _folder = new();

    public StatsHost()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => _folder.File("stats.db");

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient Client(string who)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BrandWatch", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async ValueTask InitializeAsync()
    {
        StartServer();
        var keys = Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "stats-tests", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("worker", Roles.Worker);
        await Add("ci", Roles.Ci);
        await Add("manager-a", Roles.BrandManager, OwnerA);
        await Add("manager-b", Roles.BrandManager, OwnerB);
        await Add("reviewer", Roles.LegalReviewer, OwnerA, OwnerB);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
