using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Rules.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Web;

/// <summary>
/// The desk over an Api seeded through its own endpoints: keys for a legal reviewer (PayPal and Zalando), a PayPal brand
/// manager and a worker; the PayPal and Zalando marks; two homographs, a combosquat, a Zalando typo and a page of filler.
/// </summary>
public sealed class SeededDesk : IAsyncLifetime
{
    public const string PaypalOwner = "PayPal, Inc.";
    public const string ZalandoOwner = "Zalando SE";

    /// <summary>
    /// A loopback port held bound, never listening, for the whole test run: no other test or service can take it, so
    /// deliveries to <see cref="WebhookUrl"/> are refused at once and never leave the machine.
    /// </summary>
    private static readonly ClosedPort Refusing = new();

    /// <summary>A webhook target on loopback where nothing listens: deliveries fail fast and never leave the machine.</summary>
    public static string WebhookUrl { get; } = $"http://127.0.0.1:{Refusing.Port}/brandwatch-hook";

    /// <summary>Filler cases, enough to need a second page of 50.</summary>
    public const int FillerCount = 60;

    public DeskFixture Desk { get; } = new();

    public Dictionary<string, string> Keys { get; } = [];

    public long HomographId { get; private set; }

    /// <summary>A second homograph, decided by the confirm test so the first stays new for the others.</summary>
    public long SecondHomographId { get; private set; }

    public long CombosquatId { get; private set; }

    public long ZalandoId { get; private set; }

    /// <summary>The filler cases' ids in filing order; tests that decide one take their own index.</summary>
    public List<long> FillerIds { get; } = [];

    public int TotalCases => 4 + FillerCount;

    public int PaypalCases => 3 + FillerCount;

    public async ValueTask InitializeAsync()
    {
        await Desk.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;

        // The first admin key is made the way `create-key` makes it; everything else goes through the Api.
        Keys["admin"] = (await Desk.Api.Services.GetRequiredService<KeyStore>().CreateAsync(Roles.Admin, [], "desk-admin", "desk-tests", ct)).Key;
        using var admin = Client("admin");
        Keys["reviewer"] = await CreateKeyAsync(admin, Roles.LegalReviewer, [PaypalOwner, ZalandoOwner], "Rita Reviewer", ct);
        Keys["manager"] = await CreateKeyAsync(admin, Roles.BrandManager, [PaypalOwner], "Paula PayPal", ct);
        Keys["worker"] = await CreateKeyAsync(admin, Roles.Worker, [], "worker", ct);

        await PostAsync(admin, "/api/marks", new
        {
            id = "paypal", name = "PayPal", labels = new[] { "paypal" }, officialDomains = new[] { "paypal.com" }, niceClasses = new[] { 9, 36 },
            jurisdictions = new[] { "US", "EU", "CN" }, registeredOn = "1999-05-18", wellKnown = true, keywords = new[] { "payment", "wallet" }, owner = PaypalOwner,
        }, ct);
        await PostAsync(admin, "/api/marks", new
        {
            id = "zalando", name = "Zalando", labels = new[] { "zalando" }, officialDomains = new[] { "zalando.de" }, niceClasses = new[] { 25, 35 },
            jurisdictions = new[] { "EU" }, registeredOn = "2008-10-01", wellKnown = true, keywords = new[] { "fashion" }, owner = ZalandoOwner,
        }, ct);

        using var worker = Client("worker");
        HomographId = await FileAsync(worker, Filings.PaypalHomograph(), ct);
        SecondHomographId = await FileAsync(worker, Filings.PaypalSecondHomograph(), ct);
        CombosquatId = await FileAsync(worker, Filings.PaypalCombosquat(), ct);
        ZalandoId = await FileAsync(worker, Filings.ZalandoTypo(), ct);
        foreach (var filing in Filings.PaypalTypos(FillerCount))
        {
            FillerIds.Add(await FileAsync(worker, filing, ct));
        }
    }

    /// <summary>A real HTTP client to the Kestrel server, with one of the seeded keys.</summary>
    public HttpClient Client(string who)
    {
        var client = new HttpClient { BaseAddress = Desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Keys[who]);
        return client;
    }

    private static async Task<string> CreateKeyAsync(HttpClient admin, string role, string[] owners, string name, CancellationToken ct)
    {
        using var json = await PostAsync(admin, "/api/keys", new { role, owners, name }, ct);
        return json.RootElement.GetProperty("secret").GetString() ?? throw new InvalidOperationException("no secret in the key answer");
    }

    private static async Task<long> FileAsync(HttpClient worker, CaseFiling filing, CancellationToken ct)
    {
        using var content = JsonContent.Create(filing, options: ContractJson.Options);
        using var response = await worker.PostAsync(new Uri("/api/cases", UriKind.Relative), content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"filing {filing.Subject} failed: {(int)response.StatusCode} {text}");
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetInt64();
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, string path, object body, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} failed: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text);
    }

    public async ValueTask DisposeAsync() => await Desk.DisposeAsync();
}
