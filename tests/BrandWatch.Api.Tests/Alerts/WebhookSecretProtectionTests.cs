using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Alerts;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Sqlite;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>Issue 19 finding 9: webhook secrets are encrypted at rest with Data Protection, rotated without loss.</summary>
public sealed class WebhookSecretProtectionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private WebhookReceiver _receiver = null!;

    private string DatabasePath => _folder.File("api.db");

    private string KeysFolder => Path.Combine(_folder.Path, "api.keys");

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task CreatedWebhookSubscription_StoresItsSecretProtectedAndStillSignsEveryDelivery()
    {
        const string secret = "whsec_correct-horse-battery-staple-0123456789";
        await using var api = await StartAsync();
        using var admin = await api.ClientAsync(Roles.Admin);
        using var manager = await api.ClientAsync(Roles.BrandManager, ApiFixture.OwnerA);
        using var worker = await api.ClientAsync(Roles.Worker);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("acme", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await manager.PostJsonAsync("/api/subscriptions", new { webhookUrl = _receiver.Endpoint("/hook", secret).ToString(), secret }))
            .ExpectAsync(HttpStatusCode.Created);

        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("acme", "acme-login.com", 80))).ExpectAsync(HttpStatusCode.Created);
        await Eventually.HoldsAsync(() => _receiver.Accepted("/hook").Count == 1, "the alert arrived");

        var stored = Assert.Single(await StoredSecretsAsync());
        Assert.StartsWith(WebhookSecrets.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("horse", stored, StringComparison.Ordinal);
        Assert.True(_receiver.Accepted("/hook").Single().SignatureValid);
        Assert.NotEmpty(Directory.GetFiles(KeysFolder, "key-*.xml"));
    }

    [Fact]
    public async Task Start_PlainTextSecretsOfAnOlderVersionThenAKeyRotation_AreReprotectedAndNoneIsLost()
    {
        var secrets = Enumerable.Range(1, 3).Select(i => $"whsec_old-plain-text-secret-number-{i}-abcdefgh").ToArray();
        await using (var first = await StartAsync())
        {
            using var admin = await first.ClientAsync(Roles.Admin);
            await (await admin.PostJsonAsync("/api/marks", TestData.Mark("acme", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        }

        // As a version before protection stored them: the secret itself in the column.
        var olderVersion = new SubscriptionStore(BrandWatch.Api.Storage.ApiDatabase.Open($"Data Source={DatabasePath}"));
        for (var i = 0; i < secrets.Length; i++)
        {
            await olderVersion.CreateSubscriptionAsync(new SubscriptionDraft
            {
                Filter = new SubscriptionFilter { Owner = ApiFixture.OwnerA, Marks = [], Events = [], Kinds = [], MinPriority = 0, MinOutcome = "unlikely" },
                Name = $"hook {i}",
                Delivery = AlertVocabulary.Immediate, Channel = AlertVocabulary.Webhook, WebhookUrl = _receiver.Endpoint($"/hook{i}", secrets[i]).ToString(),
                WebhookSecret = secrets[i], Format = "json",
            }, "test", DateTimeOffset.UtcNow, HttpTest.Ct);
        }

        Assert.Equal(secrets, await StoredSecretsAsync());

        string[] afterUpgrade;
        string[] firstKeys;
        await using (var upgraded = await StartAsync())
        {
            afterUpgrade = await StoredSecretsAsync();
            firstKeys = Directory.GetFiles(KeysFolder, "key-*.xml");
            var keyManager = upgraded.Factory.Services.GetRequiredService<IKeyManager>();
            keyManager.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        }

        string[] afterRotation;
        await using (await StartAsync())
        {
            afterRotation = await StoredSecretsAsync();
        }

        // The first key is gone for good: only secrets re-protected under the new key can still be read.
        var keysAfterRotation = Directory.GetFiles(KeysFolder, "key-*.xml");
        foreach (var key in firstKeys)
        {
            File.Delete(key);
        }

        await using (var rotated = await StartAsync())
        {
            using var worker = await rotated.ClientAsync(Roles.Worker);
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing("acme", "acme-verify.com", 80))).ExpectAsync(HttpStatusCode.Created);
            await Eventually.HoldsAsync(() => Enumerable.Range(0, secrets.Length).All(i => _receiver.Accepted($"/hook{i}").Count == 1), "every subscriber got the alert");
            var revealed = (await StoredSecretsAsync()).Select(s => rotated.Factory.Services.GetRequiredService<WebhookSecrets>().Reveal(s)).ToArray();
            Assert.Equal(secrets, revealed);
        }

        Assert.All(afterUpgrade, s => Assert.StartsWith(WebhookSecrets.Prefix, s, StringComparison.Ordinal));
        Assert.All(afterUpgrade.Zip(secrets), p => Assert.DoesNotContain(p.Second, p.First, StringComparison.Ordinal));
        Assert.All(afterRotation.Zip(afterUpgrade), p => Assert.NotEqual(p.Second, p.First));
        Assert.All(Enumerable.Range(0, secrets.Length), i => Assert.True(_receiver.Accepted($"/hook{i}").Single().SignatureValid));
        Assert.Single(firstKeys);
        Assert.Equal(2, keysAfterRotation.Length);
    }

    private async Task<string[]> StoredSecretsAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        await connection.OpenAsync(HttpTest.Ct);
        return (await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT webhook_secret FROM alert_subscriptions ORDER BY id")).ToArray();
    }

    private async Task<RunningApi> StartAsync()
    {
        var inner = new ApiFactory(DatabasePath);
        var factory = inner.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in AlertHost.FastSettings())
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Alerts:RequireHttps", "false");
        });
        _ = factory.Server; // starts the host: migrations and the secret migration run here
        return await Task.FromResult(new RunningApi(inner, factory));
    }

    private sealed class RunningApi(ApiFactory inner, WebApplicationFactory<Program> factory) : IAsyncDisposable
    {
        public WebApplicationFactory<Program> Factory => factory;

        public async Task<HttpClient> ClientAsync(string role, params string[] owners)
        {
            var key = await factory.Services.GetRequiredService<KeyStore>().CreateAsync(role, owners, role, "test", CancellationToken.None);
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            await factory.DisposeAsync();
            await inner.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
