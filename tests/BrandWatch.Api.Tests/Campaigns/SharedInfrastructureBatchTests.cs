using System.Net;
using System.Text.Json;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Api.Tests.ScaleOut;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Campaigns;

/// <summary>
/// The shared-infrastructure limit inside one writer transaction (a batch), where the site counts of a feature are
/// remembered between filings: a filing must still see the sites the transaction's earlier filings took off it.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class SharedInfrastructureBatchTests(PostgresFixture postgres)
{
    private const string Shared = "198.51.100.40";

    private const string Moved = "198.51.100.41";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task BatchMovesTwoSitesOffAnAddressOverTheLimit_ANewCaseOnItLaterInTheBatchJoinsTheRemainingSites(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider, new Dictionary<string, string?> { ["Campaigns:SharedInfrastructureSites"] = "3" });
        await api.AddCallerAsync("reviewer", Roles.LegalReviewer, CampaignFilings.Owner);
        await (await api["admin"].PostJsonAsync("/api/marks", CampaignFilings.MarkDocument("quorvexa"))).ExpectAsync(HttpStatusCode.Created);
        // Four sites on the address: over the limit of three, so it joins none of them.
        var ids = new Dictionary<string, long>();
        foreach (var tld in new[] { "xyz", "top", "biz", "app" })
        {
            ids[tld] = (long)(await (await api["worker"].PostJsonAsync("/api/cases", CampaignFilings.TldSwap("quorvexa", tld, address: Shared))).ExpectAsync(HttpStatusCode.Created))["id"]!;
        }

        var before = await (await api["reviewer"].FetchAsync("/api/campaigns")).ExpectAsync(HttpStatusCode.OK);

        // One transaction, filed in the order of its subjects: .app and .biz move to another address (each walk counts
        // the shared one first, at four sites), then .shop is new on the shared one, which holds three sites by then.
        var response = await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson("{\"items\":[" + string.Join(',',
            Item(CampaignFilings.TldSwap("quorvexa", "shop", address: Shared)),
            Item(CampaignFilings.TldSwap("quorvexa", "biz", address: Moved)),
            Item(CampaignFilings.TldSwap("quorvexa", "app", address: Moved))) + "]}"));
        var results = (await response.ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var shop = (long)results[0]!["case"]!["id"]!;
        var onShared = await (await api["reviewer"].FetchAsync($"/api/campaigns/{ids["xyz"]}")).ExpectAsync(HttpStatusCode.OK);
        var onMoved = await (await api["reviewer"].FetchAsync($"/api/campaigns/{ids["biz"]}")).ExpectAsync(HttpStatusCode.OK);
        // The campaign a case is put in is decided by its filing's walk (the reads above group afresh).
        var campaignOf = (await api.QueryAsync<(long Id, long? CampaignId)>("SELECT id, campaign_id FROM cases")).ToDictionary(r => r.Id, r => r.CampaignId);

        Assert.Empty(before.AsArray());
        Assert.Equal([201, 200, 200], results.Select(r => (int)r!["status"]!));
        Assert.Equal([ids["xyz"], ids["top"], shop], onShared["cases"]!.AsArray().Select(c => (long)c!["id"]!));
        Assert.Equal(Shared, (string?)onShared["shared"]!.AsArray().Single()!["value"]);
        Assert.Equal([ids["biz"], ids["app"]], onMoved["cases"]!.AsArray().Select(c => (long)c!["id"]!));
        Assert.Equal(ids["xyz"], campaignOf[shop]);
    }

    private static string Item(CaseFiling filing) => $"{{\"filing\":{JsonSerializer.Serialize(filing, ContractJson.Options)}}}";
}
