using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>Takedown tracking on the real Api: reports recorded per party, moved forward with dates, kept in SQLite.</summary>
public sealed class TakedownTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> CaseAsync(string mark, string owner = ApiFixture.OwnerA)
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, owner))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await worker.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling(mark, mark + "-login.com"))).ExpectAsync(HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    [Fact]
    public async Task Action_MovesFromSentToAcknowledgedToResolved_WithTheDateAndAuthorOfEachStep()
    {
        var id = await CaseAsync("takemark");
        using var reviewer = api.Client("reviewer-a");
        var sentAt = new DateTimeOffset(2026, 1, 11, 9, 0, 0, TimeSpan.Zero);

        var sent = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar", target = "abuse@registrar.example", sentAt, note = "draft abuse-registrar sent by e-mail" }))
            .ExpectAsync(HttpStatusCode.Created);
        var actionId = (long)sent["id"]!;
        var acknowledged = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = "acknowledged", at = sentAt.AddHours(5), note = "ticket 4711" }))
            .ExpectAsync(HttpStatusCode.OK);
        var resolved = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = "resolved", at = sentAt.AddDays(2) }))
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("sent", (string?)sent["state"]);
        Assert.Equal("acknowledged", (string?)acknowledged["state"]);
        Assert.Equal("ticket 4711", (string?)acknowledged["note"]);
        Assert.Equal("resolved", (string?)resolved["state"]);
        Assert.Equal(sentAt, (DateTimeOffset)resolved["sentAt"]!);
        Assert.Equal(sentAt.AddHours(5), (DateTimeOffset)resolved["acknowledgedAt"]!);
        Assert.Equal(sentAt.AddDays(2), (DateTimeOffset)resolved["resolvedAt"]!);
        var stored = (await api.QueryAsync<(string State, string ResolvedAt, string UpdatedBy)>(
            "SELECT state, resolved_at, updated_by FROM takedown_actions WHERE id = @actionId", new { actionId })).Single();
        Assert.Equal("resolved", stored.State);
        Assert.StartsWith("2026-01-13T09:00:00", stored.ResolvedAt);
        Assert.False(string.IsNullOrEmpty(stored.UpdatedBy));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Action_RefusedByTheParty_IsFinal_KeepsTheReply_AndIsNoLongerChased(bool acknowledgedFirst)
    {
        var id = await CaseAsync("refusemark-" + acknowledgedFirst.ToString().ToLowerInvariant());
        using var reviewer = api.Client("reviewer-a");
        var sentAt = new DateTimeOffset(2026, 1, 11, 9, 0, 0, TimeSpan.Zero);
        var actionId = (long)(await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "host", target = "abuse@hosting.example", sentAt }))
            .ExpectAsync(HttpStatusCode.Created))["id"]!;
        if (acknowledgedFirst)
        {
            await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = "acknowledged", at = sentAt.AddHours(2) })).ExpectAsync(HttpStatusCode.OK);
        }

        var refused = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions",
            new { to = "refused", at = sentAt.AddDays(1), note = "the host asks for a court order" })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("refused", (string?)refused["state"]);
        Assert.Equal(sentAt.AddDays(1), (DateTimeOffset)refused["refusedAt"]!);
        Assert.Null(refused["resolvedAt"]);
        Assert.Equal("the host asks for a court order", (string?)refused["note"]);
        Assert.Empty(refused["allowed"]!.AsArray());
        var stored = (await api.QueryAsync<(string State, string RefusedAt)>("SELECT state, refused_at FROM takedown_actions WHERE id = @actionId", new { actionId })).Single();
        Assert.Equal("refused", stored.State);
        Assert.StartsWith("2026-01-12T09:00:00", stored.RefusedAt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_OfACase_AreListedInTheOrderRecorded_ForEveryReaderOfCases()
    {
        var id = await CaseAsync("listmark");
        using var reviewer = api.Client("reviewer-a");
        using var manager = api.Client("manager-a");
        await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar" })).ExpectAsync(HttpStatusCode.Created);
        await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "host", target = "192.0.2.10" })).ExpectAsync(HttpStatusCode.Created);

        var list = (await (await manager.FetchAsync($"/api/cases/{id}/actions")).ExpectAsync(HttpStatusCode.OK)).AsArray();

        Assert.Equal(["registrar", "host"], list.Select(a => (string?)a!["party"]));
        Assert.Equal("192.0.2.10", (string?)list[1]!["target"]);
    }

    [Theory]
    [InlineData("resolved", "acknowledged")]
    [InlineData("resolved", "resolved")]
    [InlineData("acknowledged", "acknowledged")]
    [InlineData("acknowledged", "sent")]
    [InlineData("refused", "acknowledged")]
    [InlineData("refused", "resolved")]
    [InlineData("refused", "refused")]
    public async Task Transition_Backwards_OrToTheSameState_IsAConflictNamingWhatIsAllowed(string reached, string then)
    {
        var id = await CaseAsync("backmark-" + reached + "-" + then);
        using var reviewer = api.Client("reviewer-a");
        var actionId = (long)(await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "host" })).ExpectAsync(HttpStatusCode.Created))["id"]!;
        await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = reached })).ExpectAsync(HttpStatusCode.OK);

        var problem = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = then }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "illegal-transition");

        Assert.Equal(reached, (string?)problem["currentState"]);
    }

    [Theory]
    [InlineData("""{"party":"police"}""", "party")]
    [InlineData("""{}""", "party")]
    [InlineData("""{"party":"registrar","sentAt":"2999-01-01T00:00:00Z"}""", "sentAt")]
    public async Task Recording_WithABadField_IsAValidationProblemNamingIt(string json, string field)
    {
        var id = await CaseAsync("badmark-" + field + json.Length);
        using var reviewer = api.Client("reviewer-a");

        var problem = await (await reviewer.SendAsync(HttpMethod.Post, $"/api/cases/{id}/actions", HttpTest.RawJson(json)))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
    }

    [Fact]
    public async Task Transition_DatedBeforeTheReportWasSent_IsAValidationProblem()
    {
        var id = await CaseAsync("datemark");
        using var reviewer = api.Client("reviewer-a");
        var sentAt = new DateTimeOffset(2026, 1, 11, 9, 0, 0, TimeSpan.Zero);
        var actionId = (long)(await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar", sentAt })).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var problem = await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{actionId}/transitions", new { to = "resolved", at = sentAt.AddDays(-1) }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal("at", (string?)problem["field"]);
    }

    [Theory]
    [InlineData("manager-a", HttpStatusCode.Forbidden)]
    [InlineData("ci", HttpStatusCode.Forbidden)]
    [InlineData("worker", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Created)]
    public async Task Recording_IsForLegalRolesOnly(string who, HttpStatusCode expected)
    {
        var id = await CaseAsync("rolemark-" + who);
        using var client = api.Client(who);

        var response = await client.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar" });

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Actions_OfAnotherOwnersCase_AreNotFound()
    {
        var id = await CaseAsync("othermark", ApiFixture.OwnerB);
        using var reviewer = api.Client("reviewer-a");

        await (await reviewer.FetchAsync($"/api/cases/{id}/actions")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar" })).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
    }
}
