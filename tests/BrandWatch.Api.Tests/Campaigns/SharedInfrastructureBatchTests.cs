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

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task BatchOfNewCasesOnAnAddressFarOverTheLimit_StoresEveryCasesFeatures_AndTheOneWithARegistrantJoinsItsCampaign(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider, new Dictionary<string, string?> { ["Campaigns:SharedInfrastructureSites"] = "2" });
        await (await api["admin"].PostJsonAsync("/api/marks", CampaignFilings.MarkDocument("quorvexa"))).ExpectAsync(HttpStatusCode.Created);
        var ids = new Dictionary<string, long>();
        foreach (var tld in new[] { "xyz", "top", "win", "vip", "wtf", "zip" })
        {
            var filing = CampaignFilings.TldSwap("quorvexa", tld, email: tld == "xyz" ? "squatter@example.net" : null, address: Shared);
            ids[tld] = (long)(await (await api["worker"].PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;
        }

        // Filed in the order of the subjects: .ads (the address and the registrant of .xyz) counts seven sites on the
        // address, past the limit of two plus the batch's four, so on PostgreSQL the features of .app, .bar and .cab
        // (nothing but the address) wait to be written when the batch commits.
        var response = await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson("{\"items\":[" + string.Join(',',
            Item(CampaignFilings.TldSwap("quorvexa", "ads", email: "squatter@example.net", address: Shared)),
            Item(CampaignFilings.TldSwap("quorvexa", "cab", address: Shared)),
            Item(CampaignFilings.TldSwap("quorvexa", "bar", address: Shared)),
            Item(CampaignFilings.TldSwap("quorvexa", "app", address: Shared))) + "]}"));
        var results = (await response.ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        foreach (var (tld, i) in new[] { ("ads", 0), ("cab", 1), ("bar", 2), ("app", 3) })
        {
            ids[tld] = (long)results[i]!["case"]!["id"]!;
        }

        var holders = await api.QueryAsync<long>("SELECT case_id FROM case_features WHERE kind = 'ip-address' AND value = @Shared ORDER BY case_id", new { Shared });
        var campaignOf = (await api.QueryAsync<(long Id, long? CampaignId)>("SELECT id, campaign_id FROM cases")).ToDictionary(r => r.Id, r => r.CampaignId);

        Assert.Equal(ids.Values.Order(), holders);
        Assert.Equal(ids["xyz"], campaignOf[ids["ads"]]);
        Assert.Null(campaignOf[ids["bar"]]);
        Assert.Null(campaignOf[ids["cab"]]);
        Assert.Null(campaignOf[ids["app"]]);
    }

    private static string Item(CaseFiling filing) => $"{{\"filing\":{JsonSerializer.Serialize(filing, ContractJson.Options)}}}";
}
