using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Enforcement;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using BrandWatch.Time;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>The follow-up of takedown reports on the real Api: answer dates, reminders and escalations as alert events.</summary>
public sealed class TakedownFollowUpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> CaseAsync(string mark)
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await worker.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling(mark, mark + "-login.com"))).ExpectAsync(HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    private async Task<JsonNode> SendAsync(long id, object report)
    {
        using var reviewer = api.Client("reviewer-a");
        return await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions", report)).ExpectAsync(HttpStatusCode.Created);
    }

    private TakedownFollowUp FollowUp => api.Factory.Services.GetServices<IHostedService>().OfType<TakedownFollowUp>().Single();

    private async Task<List<(string EventType, string Payload)>> EventsAsync(long id) =>
        [.. await api.QueryAsync<(string EventType, string Payload)>(
            "SELECT event_type, payload FROM case_events WHERE case_id = @id AND event_type LIKE 'takedown-%' ORDER BY id", new { id })];

    [Fact]
    public async Task Report_WithoutADate_IsDueThreeDaysAfterItWasSent()
    {
        var id = await CaseAsync("duemark");
        var sentAt = DateTimeOffset.UtcNow.AddHours(-1);

        var action = await SendAsync(id, new { party = "certificate-authority", target = "cert-prob-reports@letsencrypt.org", sentAt });

        Assert.Equal(sentAt.AddDays(3), (DateTimeOffset)action["answerDueAt"]!, TimeSpan.FromMilliseconds(1));
        Assert.Null(action["remindedAt"]);
    }

    [Fact]
    public async Task Report_UnansweredPastItsDate_IsRemindedOnce_ThenEscalatedOnceAWeekLater()
    {
        var id = await CaseAsync("overduemark");
        var sentAt = DateTimeOffset.UtcNow.AddDays(-10);
        var action = await SendAsync(id, new { party = "host", target = "abuse@hosting.example", sentAt, answerDueAt = sentAt.AddDays(2) });
        var actionId = (long)action["id"]!;

        await FollowUp.RunOnceAsync(HttpTest.Ct);
        await FollowUp.RunOnceAsync(HttpTest.Ct);

        var reminded = Assert.Single(await EventsAsync(id));
        Assert.Equal("takedown-overdue", reminded.EventType);
        var payload = JsonNode.Parse(reminded.Payload)!;
        Assert.Equal(actionId, (long)payload["takedown"]!["id"]!);
        Assert.Equal("host", (string?)payload["takedown"]!["party"]);
        Assert.Equal("abuse@hosting.example", (string?)payload["takedown"]!["target"]);
        Assert.Equal("overduemark-login.com", (string?)payload["subject"]);

        // A week passes after the reminder without an answer.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.DatabasePath}"))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE takedown_actions SET reminded_at = @at WHERE id = @actionId",
                new { at = BrandWatch.Time.StoredTime.Format(DateTimeOffset.UtcNow.AddDays(-8)), actionId });
        }

        await FollowUp.RunOnceAsync(HttpTest.Ct);
        await FollowUp.RunOnceAsync(HttpTest.Ct);

        var events = await EventsAsync(id);
        Assert.Equal(["takedown-overdue", "takedown-escalated"], events.Select(e => e.EventType));
        Assert.Contains("origin AS", (string?)JsonNode.Parse(events[1].Payload)!["takedown"]!["escalation"], StringComparison.Ordinal);
        using var manager = api.Client("manager-a");
        var listed = (await (await manager.FetchAsync($"/api/cases/{id}/actions")).ExpectAsync(HttpStatusCode.OK)).AsArray().Single()!;
        Assert.NotNull(listed["remindedAt"]);
        Assert.NotNull(listed["escalatedAt"]);
    }

    [Fact]
    public async Task Report_AnsweredOrNotYetDue_IsNeverReminded()
    {
        var id = await CaseAsync("answeredmark");
        var sentAt = DateTimeOffset.UtcNow.AddDays(-10);
        var answered = await SendAsync(id, new { party = "registrar", sentAt, answerDueAt = sentAt.AddDays(2) });
        await SendAsync(id, new { party = "registry", sentAt, answerDueAt = DateTimeOffset.UtcNow.AddDays(5) });
        using var reviewer = api.Client("reviewer-a");
        await (await reviewer.PostJsonAsync($"/api/cases/{id}/actions/{(long)answered["id"]!}/transitions", new { to = "acknowledged", at = sentAt.AddDays(1) }))
            .ExpectAsync(HttpStatusCode.OK);

        await FollowUp.RunOnceAsync(HttpTest.Ct);

        Assert.Empty(await EventsAsync(id));
    }

    [Theory]
    [InlineData("{\"party\": \"isp\"}", "party")]
    [InlineData("{\"party\": \"host\", \"sentAt\": \"2026-01-10T10:00:00Z\", \"answerDueAt\": \"2026-01-10T09:00:00Z\"}", "answerDueAt")]
    public async Task Report_WithAnUnknownPartyOrAnAnswerDateBeforeItWasSent_IsRefusedNamingTheField(string body, string field)
    {
        var id = await CaseAsync("badmark" + field.Length);
        using var reviewer = api.Client("reviewer-a");

        var problem = await (await reviewer.PostAsync($"/api/cases/{id}/actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), HttpTest.Ct)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }
}
