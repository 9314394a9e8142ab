using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// The whole Api (Program) over one SQLite file with the alert settings of loopback tests, a key per role, marks for
/// two owners, and a webhook receiver on 127.0.0.1.
/// </summary>
public sealed class AlertsApiFixture : IAsyncLifetime
{
    public const string OwnerA = ApiFixture.OwnerA;
    public const string OwnerB = ApiFixture.OwnerB;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "brandwatch-tests", "alerts-api-" + Guid.NewGuid().ToString("N"));
    private ApiFactory? _inner;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public WebhookReceiver Receiver { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_folder, "api.db");

    public Dictionary<string, string> Keys { get; } = [];

    public HttpClient Client(string who)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Receiver = await WebhookReceiver.StartAsync();
        _inner = new ApiFactory(DatabasePath);
        Factory = _inner.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in AlertHost.FastSettings())
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Alerts:RequireHttps", "false");

            // Every failure is final here, so dead letters can be made without waiting.
            b.UseSetting("Alerts:GiveUpAfter", "00:00:00.001");
        });
        var keys = Factory.Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "fixture", CancellationToken.None)).Key;
        await Add("admin", Roles.Admin);
        await Add("manager-a", Roles.BrandManager, OwnerA);
        await Add("manager-b", Roles.BrandManager, OwnerB);
        await Add("reviewer-a", Roles.LegalReviewer, OwnerA);
        await Add("worker", Roles.Worker);
        using var admin = Client("admin");
        foreach (var (id, owner) in new[] { ("acme", OwnerA), ("acme-pay", OwnerA), ("bravo", OwnerB) })
        {
            (await admin.PostJsonAsync("/api/marks", TestData.Mark(id, owner))).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_inner is not null)
        {
            await _inner.DisposeAsync();
        }

        await Receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file must not fail tests that already passed.
        }
    }
}
