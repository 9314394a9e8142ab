using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Api.Tests.ScaleOut;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>
/// The Worker's looks at a takedown case's site, on both engines: which cases it is asked to look at, a gone site
/// dated on the reports under way (one alert, one audit line), a gone site that is back moving them to re-emerged, and
/// bad reports refused with the field named.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class SiteCheckTests(PostgresFixture postgres)
{
    private const string Owner = "Site Check Owner";

    private async Task<ProviderApi> StartAsync(string provider)
    {
        var api = await ProviderApi.StartAsync(postgres, provider);
        await api.AddCallerAsync("admin", Roles.Admin);
        await api.AddCallerAsync("worker", Roles.Worker);
        await api.AddCallerAsync("reviewer", Roles.LegalReviewer, Owner);
        return api;
    }

    private static async Task<long> CaseWithReportAsync(ProviderApi api, string mark, DateTimeOffset sentAt)
    {
        await (await api["admin"].PostJsonAsync("/api/marks", TestData.Mark(mark, Owner))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await api["worker"].PostJsonAsync("/api/cases", EnforcementData.PhishingFiling(mark, mark + "-login.com"))).ExpectAsync(HttpStatusCode.Created);
        var id = (long)created["id"]!;
        await (await api["reviewer"].PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar", target = "abuse@registrar.example", sentAt, answerDueAt = sentAt.AddDays(1) }))
            .ExpectAsync(HttpStatusCode.Created);
        return id;
    }

    private static Task<HttpResponseMessage> CheckAsync(ProviderApi api, long id, string result, string detail, DateTimeOffset at) =>
        api["worker"].PostJsonAsync($"/api/cases/{id}/site-checks", new { checkedAt = at, result, detail });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task SiteGoneThenBack_DatesTheReportOnce_ThenMovesItToReEmerged_WithAlertsAndAudit(string provider)
    {
        await using var api = await StartAsync(provider);
        var id = await CaseWithReportAsync(api, "gonemark", DateTimeOffset.UtcNow.AddDays(-5));
        var now = DateTimeOffset.UtcNow;

        var watch = await (await api["worker"].FetchAsync($"/api/takedowns/watch?checkedBefore={Uri.EscapeDataString(now.ToString("O"))}")).ExpectAsync(HttpStatusCode.OK);
        await (await CheckAsync(api, id, "nxdomain", "gonemark-login.com: NXDOMAIN", now.AddMinutes(-3))).ExpectAsync(HttpStatusCode.OK);
        await (await CheckAsync(api, id, "not-answering", "connection refused", now.AddMinutes(-2))).ExpectAsync(HttpStatusCode.OK);
        var afterGone = await (await api["worker"].FetchAsync($"/api/takedowns/watch?checkedBefore={Uri.EscapeDataString(now.ToString("O"))}")).ExpectAsync(HttpStatusCode.OK);
        var notYetDue = await (await api["worker"].FetchAsync($"/api/takedowns/watch?checkedBefore={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}")).ExpectAsync(HttpStatusCode.OK);
        var gone = (await (await api["reviewer"].FetchAsync($"/api/cases/{id}/actions")).ExpectAsync(HttpStatusCode.OK))[0]!;
        await api.Instance.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BrandWatch.Api.Enforcement.TakedownFollowUp>().Single().RunOnceAsync(HttpTest.Ct);
        var back = (await (await CheckAsync(api, id, "live", "HTTP 200, still shows U1", now.AddMinutes(-1))).ExpectAsync(HttpStatusCode.OK))[0]!;
        var afterBack = await (await api["worker"].FetchAsync($"/api/takedowns/watch?checkedBefore={Uri.EscapeDataString(now.ToString("O"))}")).ExpectAsync(HttpStatusCode.OK);
        var audit = (await (await api["reviewer"].FetchAsync($"/api/cases/{id}/audit")).ExpectAsync(HttpStatusCode.OK)).AsArray();
        var events = await EventsAsync(api, id);

        var item = Assert.Single(watch["items"]!.AsArray())!;
        Assert.Equal((id, "gonemark", "gonemark-login.com", false), ((long)item["caseId"]!, (string)item["mark"]!, (string)item["domain"]!, (bool)item["gone"]!));
        Assert.Equal(["https://gonemark-login.com/"], item["urls"]!.AsArray().Select(u => (string)u!));
        Assert.True((bool)Assert.Single(afterGone["items"]!.AsArray())!["gone"]!);
        Assert.Empty(notYetDue["items"]!.AsArray());
        Assert.Equal(("sent", "nxdomain", "not-answering"), ((string)gone["state"]!, (string)gone["goneReason"]!, (string)gone["checkResult"]!));
        Assert.Equal(now.AddMinutes(-3), (DateTimeOffset)gone["goneAt"]!, TimeSpan.FromMilliseconds(1));
        Assert.Equal(("re-emerged", 0), ((string)back["state"]!, back["allowed"]!.AsArray().Count));
        Assert.Equal(now.AddMinutes(-1), (DateTimeOffset)back["reEmergedAt"]!, TimeSpan.FromMilliseconds(1));
        Assert.Empty(afterBack["items"]!.AsArray());
        // Gone once (the second gone look alerts nobody), back once; a report whose site is gone is not chased as overdue.
        Assert.Equal(["takedown-gone", "takedown-reemerged"], events.Select(e => e.EventType));
        Assert.Equal("nxdomain", (string)JsonNode.Parse(events[0].Payload)!["takedown"]!["result"]!);
        Assert.Equal(2, audit.Count(a => ((string?)a!["note"] ?? string.Empty).StartsWith("Takedown follow-up:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task SiteGoneLongerThanTheWatch_IsClosedAsDoneWithAnAuditLine_WhileARecentlyGoneOneStaysWatched(string provider)
    {
        await using var api = await StartAsync(provider);
        var now = DateTimeOffset.UtcNow;
        var longGone = await CaseWithReportAsync(api, "longgonemark", now.AddDays(-120));
        var recent = await CaseWithReportAsync(api, "recentgonemark", now.AddDays(-20));
        await (await CheckAsync(api, longGone, "nxdomain", "longgonemark-login.com: NXDOMAIN", now.AddDays(-100))).ExpectAsync(HttpStatusCode.OK);
        await (await CheckAsync(api, longGone, "nxdomain", "longgonemark-login.com: NXDOMAIN", now.AddDays(-1))).ExpectAsync(HttpStatusCode.OK);
        await (await CheckAsync(api, recent, "page-removed", "HTTP 404", now.AddDays(-10))).ExpectAsync(HttpStatusCode.OK);
        var followUp = api.Instance.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BrandWatch.Api.Enforcement.TakedownFollowUp>().Single();

        await followUp.RunOnceAsync(HttpTest.Ct);
        await followUp.RunOnceAsync(HttpTest.Ct);

        var closed = (await (await api["reviewer"].FetchAsync($"/api/cases/{longGone}/actions")).ExpectAsync(HttpStatusCode.OK))[0]!;
        var watched = (await (await api["reviewer"].FetchAsync($"/api/cases/{recent}/actions")).ExpectAsync(HttpStatusCode.OK))[0]!;
        var watch = await (await api["worker"].FetchAsync($"/api/takedowns/watch?checkedBefore={Uri.EscapeDataString(now.ToString("O"))}")).ExpectAsync(HttpStatusCode.OK);
        var audit = (await (await api["reviewer"].FetchAsync($"/api/cases/{longGone}/audit")).ExpectAsync(HttpStatusCode.OK)).AsArray()
            .Select(a => (string?)a!["note"] ?? string.Empty).Where(n => n.Contains("closed as done", StringComparison.Ordinal)).ToList();
        // A look the Worker files after the watch ended no longer touches the closed report.
        var late = await CheckAsync(api, longGone, "live", "HTTP 200", DateTimeOffset.UtcNow);

        Assert.Equal(("resolved", "takedown-follow-up"), ((string)closed["state"]!, (string)closed["updatedBy"]!));
        Assert.NotNull(closed["watchEndedAt"]);
        Assert.Equal(("sent", null), ((string)watched["state"]!, (string?)watched["watchEndedAt"]));
        Assert.Equal([recent], watch["items"]!.AsArray().Select(i => (long)i!["caseId"]!));
        var line = Assert.Single(audit);
        Assert.Contains("watched 90 days", line, StringComparison.Ordinal);
        Assert.Contains("(registrar)", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task InconclusiveLook_RecordsTheLookButLeavesGoneAndStateAlone(string provider)
    {
        await using var api = await StartAsync(provider);
        var id = await CaseWithReportAsync(api, "unsuremark", DateTimeOffset.UtcNow.AddHours(-2));

        await (await CheckAsync(api, id, "not-answering", "connection refused", DateTimeOffset.UtcNow.AddMinutes(-2))).ExpectAsync(HttpStatusCode.OK);
        var action = (await (await CheckAsync(api, id, "inconclusive", "DNS timeout", DateTimeOffset.UtcNow)).ExpectAsync(HttpStatusCode.OK))[0]!;

        Assert.Equal(("sent", "inconclusive", "DNS timeout", "not-answering"),
            ((string)action["state"]!, (string)action["checkResult"]!, (string)action["checkDetail"]!, (string)action["goneReason"]!));
        Assert.Equal(["takedown-gone"], (await EventsAsync(api, id)).Select(e => e.EventType));
    }

    public static TheoryData<string, object, HttpStatusCode, string> BadChecks => new()
    {
        { "worker", new { checkedAt = DateTimeOffset.UtcNow, result = "vanished" }, HttpStatusCode.BadRequest, "result" },
        { "worker", new { checkedAt = DateTimeOffset.UtcNow.AddHours(1), result = "live" }, HttpStatusCode.BadRequest, "checkedAt" },
        { "worker", new { result = "live" }, HttpStatusCode.BadRequest, "checkedAt" },
        { "reviewer", new { checkedAt = DateTimeOffset.UtcNow, result = "live" }, HttpStatusCode.Forbidden, "" },
    };

    [Theory]
    [MemberData(nameof(BadChecks))]
    public async Task BadSiteCheck_IsRefusedNamingTheField(string who, object body, HttpStatusCode status, string field)
    {
        await using var api = await StartAsync("sqlite");
        var id = await CaseWithReportAsync(api, "badmark", DateTimeOffset.UtcNow.AddHours(-2));

        using var response = await api[who].PostJsonAsync($"/api/cases/{id}/site-checks", body);
        var text = await response.Content.ReadAsStringAsync(HttpTest.Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(field, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteCheck_OfACaseWithNoReport_IsNotFound()
    {
        await using var api = await StartAsync("sqlite");
        await (await api["admin"].PostJsonAsync("/api/marks", TestData.Mark("quietmark", Owner))).ExpectAsync(HttpStatusCode.Created);
        var id = (long)(await (await api["worker"].PostJsonAsync("/api/cases", EnforcementData.PhishingFiling("quietmark", "quietmark-login.com"))).ExpectAsync(HttpStatusCode.Created))["id"]!;

        using var response = await CheckAsync(api, id, "nxdomain", "gone", DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<(string EventType, string Payload)>> EventsAsync(ProviderApi api, long id)
    {
        var database = api.Instance.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>();
        await using var connection = await database.OpenAsync(HttpTest.Ct);
        return [.. await connection.QueryAsync<(string EventType, string Payload)>(
            "SELECT event_type, payload FROM case_events WHERE case_id = @id AND event_type LIKE 'takedown-%' ORDER BY id", new { id })];
    }
}
