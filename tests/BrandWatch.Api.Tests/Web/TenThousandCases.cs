using System.Net.Http.Headers;
using System.Net.Http.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Rules.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The desk over an Api holding 10,000 cases, filed through <c>POST /api/cases</c>.</summary>
public sealed class TenThousandCases : IAsyncLifetime
{
    public const int CaseCount = 10_000;

    public DeskFixture Desk { get; } = new();

    public string ReviewerKey { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await Desk.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        var keys = Desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "admin", "desk-tests", ct)).Key;
        ReviewerKey = (await keys.CreateAsync(Roles.LegalReviewer, [SeededDesk.PaypalOwner], "reviewer", "desk-tests", ct)).Key;
        var worker = (await keys.CreateAsync(Roles.Worker, [], "worker", "desk-tests", ct)).Key;

        using var adminClient = Client(admin);
        using var mark = await adminClient.PostAsJsonAsync(new Uri("/api/marks", UriKind.Relative), new
        {
            id = "paypal", name = "PayPal", labels = new[] { "paypal" }, officialDomains = new[] { "paypal.com" },
            registeredOn = "1999-05-18", wellKnown = true, owner = SeededDesk.PaypalOwner,
        }, ct);
        mark.EnsureSuccessStatusCode();

        using var workerClient = Client(worker);
        var filings = Filings.PaypalTypos(CaseCount).ToArray();
        await Parallel.ForEachAsync(filings, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (filing, token) =>
        {
            using var content = JsonContent.Create(filing, options: ContractJson.Options);
            using var response = await workerClient.PostAsync(new Uri("/api/cases", UriKind.Relative), content, token);
            response.EnsureSuccessStatusCode();
        });
    }

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = Desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async ValueTask DisposeAsync() => await Desk.DisposeAsync();
}
