using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Api.Tests.ScaleOut;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Campaigns;

/// <summary>
/// Campaigns end to end on a real Api (Kestrel on 127.0.0.1) over SQLite and over PostgreSQL: filings that share a
/// registrant form one campaign, the pattern criterion (F4) fires from it, reviewers see and decide it per owner.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class CampaignApiTests(PostgresFixture postgres)
{
    private async Task<ProviderApi> StartAsync(string provider)
    {
        var api = await ProviderApi.StartAsync(postgres, provider);
        await api.AddCallerAsync("admin", Roles.Admin);
        await api.AddCallerAsync("worker", Roles.Worker);
        await api.AddCallerAsync("reviewer", Roles.LegalReviewer, CampaignFilings.Owner);
        await api.AddCallerAsync("stranger", Roles.LegalReviewer, "Someone Else");
        await (await api["admin"].PostJsonAsync("/api/marks", CampaignFilings.MarkDocument("quorvexa"))).ExpectAsync(HttpStatusCode.Created);
        await (await api["admin"].PostJsonAsync("/api/marks", CampaignFilings.MarkDocument("zentrilo", "Someone Else"))).ExpectAsync(HttpStatusCode.Created);
        return api;
    }

    private static async Task<long> FileAsync(ProviderApi api, Rules.Cases.CaseFiling filing) =>
        (long)(await (await api["worker"].PostJsonAsync("/api/cases", filing)).ExpectAsync(HttpStatusCode.Created))["id"]!;

    private static async Task<IReadOnlyList<string>> FiredAsync(ProviderApi api, long id)
    {
        var detail = await (await api["reviewer"].FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
        return detail["verdict"]!["fault"]!["criteria"]!.AsArray().Where(c => (bool?)c!["applies"] != false).Select(c => (string)c!["criterion"]!).ToList();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task CasesSharingARegistrantEmail_FormOneCampaign_AndThePatternCriterionFiresOnceTheRegistrantHoldsAnother(string provider)
    {
        await using var api = await StartAsync(provider);

        // Two spellings of one address (case, a +tag) are one registrant.
        var first = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", email: "Squatter+one@Example.NET", address: "192.0.2.11"));
        var firedAlone = await FiredAsync(api, first);
        var second = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", email: "squatter@example.net", address: "192.0.2.12"));
        var pair = await (await api["reviewer"].FetchAsync("/api/campaigns")).ExpectAsync(HttpStatusCode.OK);
        var firedWithOne = await FiredAsync(api, first);

        var third = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "org", email: "squatter@example.net", address: "192.0.2.13"));
        var campaign = await (await api["reviewer"].FetchAsync($"/api/campaigns/{first}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([first, second], pair.AsArray().Single()!["cases"]!.AsArray().Select(c => (long)c!["id"]!));
        var shared = campaign["shared"]!.AsArray().Single()!;
        Assert.Equal("registrant-email", (string?)shared["kind"]);
        Assert.Equal("squatter@example.net", (string?)shared["value"]);
        Assert.Equal([first, second, third], campaign["cases"]!.AsArray().Select(c => (long)c!["id"]!));
        Assert.Equal(["quorvexa.net", "quorvexa.org"], campaign["cases"]![0]!["pattern"]!.AsArray().Select(h => (string)h!));

        // A case alone shows no pattern; one other look-alike of the same registrant already is one (patternDomains: 1,
        // Overview 3.1.2: as few as two abusive registrations), and it stays on every member as the campaign grows.
        Assert.DoesNotContain("F4", firedAlone);
        Assert.Contains("F4", firedWithOne);
        foreach (var id in new[] { first, second, third })
        {
            Assert.Contains("F4", await FiredAsync(api, id));
        }

        var audit = await (await api["reviewer"].FetchAsync($"/api/cases/{first}/audit")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(audit.AsArray(), a => ((string?)a!["note"])?.Contains($"campaign {first}: 1 other look-alike(s)", StringComparison.Ordinal) == true
            && ((string?)a["note"])!.Contains("fired F4", StringComparison.Ordinal));

        // F4 raised the first member's priority when the second joined: it alerts once, as a re-scoring by its campaign.
        await using var connection = await api.Instance.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>().OpenAsync(HttpTest.Ct);
        var raised = (await Dapper.SqlMapper.QueryAsync<(long CaseId, string Payload)>(connection,
            "SELECT case_id, payload FROM case_events WHERE event_type = 'priority-raised' ORDER BY id")).ToList();
        Assert.Equal([first], raised.Select(r => r.CaseId));
        Assert.All(raised, r => Assert.Equal("campaign", (string?)JsonNode.Parse(r.Payload)!["rescoredBy"]));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task PrivacyServicesAndOtherOwners_JoinNoCampaign_AndStrangersSeeNone(string provider)
    {
        await using var api = await StartAsync(provider);
        var a = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", email: "abc123@withheldforprivacy.com", organisation: "Domains By Proxy, LLC", address: "192.0.2.21"));
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", email: "xyz987@withheldforprivacy.com", organisation: "Domains By Proxy, LLC", address: "192.0.2.22"));
        // The same registrant behind another owner's mark: campaigns are per owner, so nothing joins across.
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "org", email: "one@squat.example", address: "192.0.2.23"));
        await FileAsync(api, CampaignFilings.TldSwap("zentrilo", "org", email: "one@squat.example", address: "192.0.2.24", owner: "Someone Else"));

        var mine = await (await api["reviewer"].FetchAsync("/api/campaigns")).ExpectAsync(HttpStatusCode.OK);
        var theirs = await (await api["stranger"].FetchAsync("/api/campaigns")).ExpectAsync(HttpStatusCode.OK);
        var none = await api["reviewer"].FetchAsync($"/api/cases/{a}/campaign");
        var strangers = await api["stranger"].FetchAsync($"/api/cases/{a}/campaign");

        Assert.Empty(mine.AsArray());
        Assert.Empty(theirs.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangers.StatusCode);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Stats_CountTheCasesOfEachCampaign_AndMoveThemWhenTwoCampaignsMerge(string provider)
    {
        await using var api = await StartAsync(provider);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task<(string Value, long Cases)[]> CampaignsAsync(string who, string owner)
        {
            var stats = await (await api[who].FetchAsync($"/api/stats?owner={Uri.EscapeDataString(owner)}&from={today}&to={today}")).ExpectAsync(HttpStatusCode.OK);
            return [.. stats["campaigns"]!["top"]!.AsArray().Select(c => ((string)c!["value"]!, (long)c["cases"]!))];
        }

        var a = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", email: "one@squat.example", address: "192.0.2.31"));
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", email: "one@squat.example", address: "192.0.2.32"));
        var c = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "org", email: "two@squat.example", organisation: "Squat Two Ltd", address: "192.0.2.33"));
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "biz", email: "two@squat.example", organisation: "Squat Two Ltd", address: "192.0.2.34"));
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "co", address: "192.0.2.35"));
        var two = await CampaignsAsync("reviewer", CampaignFilings.Owner);

        // A registrant known by the first campaign's e-mail and the second's organisation joins them: one campaign, a's.
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "info", email: "one@squat.example", organisation: "Squat Two Ltd", address: "192.0.2.36"));
        var merged = await CampaignsAsync("reviewer", CampaignFilings.Owner);
        var everyOwner = await CampaignsAsync("admin", "*");

        // Ties are ordered by value; the case in no campaign is counted in none.
        Assert.Equal([(a.ToString(System.Globalization.CultureInfo.InvariantCulture), 2L), (c.ToString(System.Globalization.CultureInfo.InvariantCulture), 2L)],
            two.OrderBy(t => long.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([(a.ToString(System.Globalization.CultureInfo.InvariantCulture), 5L)], merged);
        Assert.Equal(merged, everyOwner);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task CampaignsFormedBeforeCasesCarriedTheirId_AreCountedByTheAssignmentRunAfterMigration0130(string provider)
    {
        await using var api = await StartAsync(provider);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task<(string Value, long Cases)[]> CampaignsAsync()
        {
            var stats = await (await api["reviewer"].FetchAsync($"/api/stats?owner={Uri.EscapeDataString(CampaignFilings.Owner)}&from={today}&to={today}")).ExpectAsync(HttpStatusCode.OK);
            return [.. stats["campaigns"]!["top"]!.AsArray().Select(c => ((string)c!["value"]!, (long)c["cases"]!))];
        }

        var a = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", email: "three@squat.example", address: "192.0.2.41"));
        await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", email: "three@squat.example", address: "192.0.2.42"));
        // As a database migrated from before 0130 has them: campaigns, but no case carrying its campaign's id.
        var database = api.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>();
        await using (var connection = await database.OpenAsync(HttpTest.Ct))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE cases SET campaign_id = NULL");
        }

        var before = await CampaignsAsync();
        var assigned = await api.Services.GetRequiredService<BrandWatch.Api.Campaigns.CampaignStore>().AssignAllAsync(HttpTest.Ct);
        var after = await CampaignsAsync();

        Assert.Empty(before);
        Assert.Equal(2, assigned);
        Assert.Equal([(a.ToString(System.Globalization.CultureInfo.InvariantCulture), 2L)], after);
    }

    [Fact]
    public async Task SharedHostingAlone_GroupsTheCases_ButShowsNoCommonControlUntilASecondKindIsShared()
    {
        await using var api = await StartAsync("sqlite");
        var io = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", address: "198.51.100.7"));
        var net = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", address: "198.51.100.7"));
        var byAddress = await (await api["reviewer"].FetchAsync($"/api/campaigns/{io}")).ExpectAsync(HttpStatusCode.OK);

        // The same address and the same page template: two kinds of shared infrastructure show one operator.
        var org = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "org", address: "198.51.100.7", template: "5c0ffee5c0ffee00"));
        var biz = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "biz", address: "198.51.100.7", template: "5c0ffee5c0ffee00"));
        var both = await (await api["reviewer"].FetchAsync($"/api/campaigns/{io}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("ip-address", (string?)byAddress["shared"]![0]!["kind"]);
        Assert.False((bool)byAddress["shared"]![0]!["showsControl"]!);
        Assert.All(byAddress["cases"]!.AsArray(), c => Assert.Empty(c!["pattern"]!.AsArray()));
        Assert.Equal([io, net, org, biz], both["cases"]!.AsArray().Select(c => (long)c!["id"]!));
        Assert.Equal(["quorvexa.biz"], both["cases"]!.AsArray().Single(c => (long)c!["id"]! == org)!["pattern"]!.AsArray().Select(h => (string)h!));
        Assert.Empty(both["cases"]!.AsArray().Single(c => (long)c!["id"]! == net)!["pattern"]!.AsArray());
        await (await api["reviewer"].FetchAsync($"/api/campaigns/{net}")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task ReviewerDismissesACampaign_EveryCaseMovesThroughItsOwnAuditedTransitions()
    {
        await using var api = await StartAsync("sqlite");
        var first = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "io", organisation: "Squat Holdings Ltd."));
        var second = await FileAsync(api, CampaignFilings.TldSwap("quorvexa", "net", organisation: "SQUAT HOLDINGS LIMITED", address: "192.0.2.99"));

        var noReason = await (await api["reviewer"].PostJsonAsync($"/api/campaigns/{first}/transitions", new { to = "dismissed", note = "same seller" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        var stranger = await api["stranger"].PostJsonAsync($"/api/campaigns/{first}/transitions", new { to = "dismissed", reason = "not-similar", note = "x" });
        var results = await (await api["reviewer"].PostJsonAsync($"/api/campaigns/{first}/transitions",
            new { to = "dismissed", reason = "legitimate-interest", note = "a reseller of genuine goods" })).ExpectAsync(HttpStatusCode.OK);

        Assert.NotNull(noReason["errors"]!["reason"]);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.All(results.AsArray(), r => Assert.True((bool)r!["moved"]!));
        foreach (var id in new[] { first, second })
        {
            var detail = await (await api["reviewer"].FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
            var audit = (await (await api["reviewer"].FetchAsync($"/api/cases/{id}/audit")).ExpectAsync(HttpStatusCode.OK)).AsArray();
            Assert.Equal("dismissed", (string?)detail["case"]!["status"]);
            Assert.Equal(["new→in_review", "in_review→dismissed"], audit.Where(a => (string?)a!["from"] != (string?)a["to"] && ((string?)a["note"])?.StartsWith($"campaign {first}", StringComparison.Ordinal) == true)
                .Select(a => $"{(string?)a!["from"]}→{(string?)a["to"]}"));
            Assert.Contains(audit, a => (string?)a!["dismissalReason"] == "legitimate-interest" && (string?)a["note"] == $"campaign {first}: a reseller of genuine goods");
        }
    }
}
