using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Api.Tests.Web;
using BrandWatch.Rules.Cases;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Alerts;

/// <summary>
/// The Api on a real Kestrel (127.0.0.1) over a SQLite file, seeded through its own endpoints for the subscription
/// preview: PayPal's cases (two homographs turned phishing, a combosquat, three typos) and one Zalando case; two of
/// PayPal's cases are then dated back in the outbox, one just inside the 30-day window and one just outside it.
/// </summary>
public sealed class PreviewApiFixture : IAsyncLifetime
{
    public const string Paypal = SeededDesk.PaypalOwner;
    public const string Zalando = SeededDesk.ZalandoOwner;

    public ApiHost Api { get; } = new();

    public Dictionary<string, string> Keys { get; } = [];

    /// <summary>Case ids by subject.</summary>
    public Dictionary<string, long> Cases { get; } = [];

    /// <summary>The first typo's case: its events are dated 29 days back, inside the window.</summary>
    public const string InsideWindow = "paypaa0.net";

    /// <summary>The second homograph: its events are dated 31 days back, outside the window.</summary>
    public const string OutsideWindow = "xn--pypl-53dc.com";

    public DateTimeOffset InsideWindowAt { get; private set; }

    public HttpClient Client(string who)
    {
        var client = new HttpClient { BaseAddress = Api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var keys = Api.Services.GetRequiredService<KeyStore>();
        async Task Add(string who, string role, params string[] owners) =>
            Keys[who] = (await keys.CreateAsync(role, owners, who, "preview-fixture", ct)).Key;
        await Add("admin", Roles.Admin);
        await Add("manager", Roles.BrandManager, Paypal);
        await Add("zalando-manager", Roles.BrandManager, Zalando);
        await Add("reviewer", Roles.LegalReviewer, Paypal);
        await Add("worker", Roles.Worker);

        using (var admin = Client("admin"))
        {
            (await admin.PostJsonAsync("/api/marks", TestData.Mark("paypal", Paypal, "PayPal"))).EnsureSuccessStatusCode();
            (await admin.PostJsonAsync("/api/marks", TestData.Mark("zalando", Zalando, "Zalando"))).EnsureSuccessStatusCode();
        }

        using (var worker = Client("worker"))
        {
            foreach (var filing in new[] { Filings.PaypalSecondHomograph() }.Concat(Filings.PaypalTypos(3))
                .Append(Filings.PaypalCombosquat()).Append(Filings.ZalandoTypo()).Append(Filings.PaypalHomograph()))
            {
                Cases[filing.Subject] = await FileAsync(worker, filing, ct);
            }
        }

        InsideWindowAt = DateTimeOffset.UtcNow.AddDays(-29);
        await DateBackAsync(Cases[InsideWindow], InsideWindowAt, ct);
        await DateBackAsync(Cases[OutsideWindow], DateTimeOffset.UtcNow.AddDays(-31), ct);
    }

    /// <summary>Dates a case's outbox events back, as if it had been filed then.</summary>
    private async Task DateBackAsync(long caseId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={Api.DatabasePath}");
        await connection.OpenAsync(ct);
        var changed = await connection.ExecuteAsync(new CommandDefinition("UPDATE case_events SET created_at = @At WHERE case_id = @CaseId",
            new { At = at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture), CaseId = caseId }, cancellationToken: ct));
        Assert.True(changed > 0, $"case {caseId} has no events to date back");
    }

    private static async Task<long> FileAsync(HttpClient worker, CaseFiling filing, CancellationToken ct)
    {
        using var content = JsonContent.Create(filing, options: ContractJson.Options);
        using var response = await worker.PostAsync(new Uri("/api/cases", UriKind.Relative), content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"filing {filing.Subject} failed: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
