using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Facts;
using BrandWatch.Api.Tests.Stats;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Api.Tests.Evidence;

/// <summary>
/// The real Api on Kestrel (127.0.0.1) over a SQLite file and an evidence file folder in a temp folder, with a 64 KiB
/// file limit, a clock the tests move, and keys for an admin, the worker, a reviewer of the filings' owner and one of another.
/// </summary>
public sealed class EvidenceFilesHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const long MaxFileBytes = 64 * 1024;

    private readonly TempFolder _folder = new();

    public EvidenceFilesHost()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Clock.SetUtcNow(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero)); // the day after the filings were observed
    }

    public FakeTimeProvider Clock { get; } = new();

    public string FilesFolder => _folder.File("files");

    public string Folder => _folder.Path;

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient Client(string who)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BrandWatch", $"Data Source={_folder.File("evidence.db")}");
        builder.UseSetting("EvidenceFiles:Folder", FilesFolder);
        builder.UseSetting("EvidenceFiles:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("EvidenceFiles:UnreferencedRetention", "7.00:00:00");
        builder.UseSetting("EvidenceFiles:PurgeEvery", "7.00:00:00"); // the tests purge when they choose
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async ValueTask InitializeAsync()
    {
        StartServer();
        var keys = Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "evidence-file-tests", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("worker", Roles.Worker);
        await Add("reviewer", Roles.LegalReviewer, KestrelApi.Owner);
        await Add("stranger", Roles.LegalReviewer, "Someone Else");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
