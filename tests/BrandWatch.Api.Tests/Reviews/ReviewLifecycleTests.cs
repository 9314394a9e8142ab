using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Reviews;

public sealed class ReviewLifecycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<(long Id, string ETag)> FileAsync(string mark, string subject, int priority)
    {
        using var admin = api.Admin;
        var created = await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, ApiFixture.OwnerA));
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
        using var worker = api.Client("worker");
        var response = await worker.PostJsonAsync("/api/cases", TestData.Filing(mark, subject, priority));
        var body = await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
        return ((long)body["id"]!, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, long id, string? etag, object body) =>
        client.PostJsonAsync($"/api/cases/{id}/transitions", body, r =>
        {
            if (etag is not null)
            {
                r.Headers.IfMatch.ParseAdd(etag);
            }
        });

    [Fact]
    public async Task Case_FullLifecycle_IsAuditedAndEmitsOneEventPerChange()
    {
        var (id, etag) = await FileAsync("lifecycle", "lifecycle-login.com", 80);
        using var reviewer = api.Client("reviewer-a");
        var steps = new object[]
        {
            new { to = "in_review" },
            new { to = "confirmed", note = "typo plus login form: phishing" },
            new { to = "actioned", note = "sent to the registrar", action = "takedown-requested" },
            new { to = "actioned", note = "complaint filed", action = "udrp-filed" },
            new { to = "resolved", note = "domain transferred to us" },
        };

        foreach (var step in steps)
        {
            var response = await MoveAsync(reviewer, id, etag, step);
            await response.ExpectAsync(HttpStatusCode.OK);
            etag = response.Headers.ETag!.Tag;
        }

        var detail = await (await reviewer.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
        var audit = detail["audit"]!.AsArray();
        var events = await api.QueryAsync<string>("SELECT event_type FROM case_events WHERE case_id = @id ORDER BY id", new { id });

        Assert.Equal("resolved", (string?)detail["case"]!["status"]);
        Assert.Equal("udrp-filed", (string?)detail["case"]!["actionTaken"]);
        Assert.Equal(["new", "in_review", "confirmed", "actioned", "actioned", "resolved"], audit.Select(a => (string)a!["to"]!));
        Assert.Equal([0L, 1, 2, 3, 4, 5], audit.Select(a => (long)a!["versionSeen"]!));
        Assert.All(audit.Skip(1), a => Assert.Equal("legal_reviewer", (string?)a!["actorRole"]));
        Assert.Equal("takedown-requested", (string?)audit[3]!["actionTaken"]);
        Assert.Equal(["case-filed", "reviewed", "reviewed", "actioned", "actioned", "resolved"], events);
    }

    [Fact]
    public async Task Transition_WithStaleETag_Is412AndChangesNothing()
    {
        var (id, etag) = await FileAsync("stalemark", "stalemark-pay.com", 60);
        using var reviewer = api.Client("reviewer-a");
        using var admin = api.Admin;
        await (await MoveAsync(admin, id, etag, new { to = "in_review" })).ExpectAsync(HttpStatusCode.OK);

        var stale = await MoveAsync(reviewer, id, etag, new { to = "dismissed", note = "not ours", reason = "not-similar" });
        var detail = await (await reviewer.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);

        var problem = await stale.ExpectProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.Equal("\"c-2\"", (string?)problem["currentETag"]);
        Assert.Equal("in_review", (string?)detail["case"]!["status"]);
        Assert.Equal(2, detail["audit"]!.AsArray().Count);
    }

    [Fact]
    public async Task Transition_WithoutIfMatch_Is428()
    {
        var (id, _) = await FileAsync("nomatch", "nomatch-pay.com", 60);
        using var reviewer = api.Client("reviewer-a");

        var response = await MoveAsync(reviewer, id, null, new { to = "in_review" });

        await response.ExpectProblemAsync((HttpStatusCode)428, "precondition-required");
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("actioned")]
    [InlineData("resolved")]
    [InlineData("dismissed")]
    public async Task Transition_FromNewSkippingReview_Is409ListingAllowedMoves(string to)
    {
        var (id, etag) = await FileAsync("skipmark", $"skipmark-{to}.com", 60);
        using var reviewer = api.Client("reviewer-a");
        var body = new JsonObject { ["to"] = to, ["note"] = "n" };
        if (to == "dismissed")
        {
            body["reason"] = "fair-use";
        }

        if (to == "actioned")
        {
            body["action"] = "settled";
        }

        var problem = await (await reviewer.SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", HttpTest.RawJson(body.ToJsonString()), r => r.Headers.IfMatch.ParseAdd(etag)))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "illegal-transition");

        Assert.Equal("new", (string?)problem["currentStatus"]);
        Assert.Equal(["in_review"], problem["allowed"]!.AsArray().Select(a => (string)a!));
    }

    [Theory]
    [InlineData("{\"to\":\"dismissed\",\"note\":\"n\"}", "reason")]
    [InlineData("{\"to\":\"dismissed\",\"note\":\"n\",\"reason\":\"bored\"}", "reason")]
    [InlineData("{\"to\":\"confirmed\"}", "note")]
    [InlineData("{\"to\":\"actioned\",\"note\":\"n\"}", "action")]
    [InlineData("{\"to\":\"actioned\",\"note\":\"n\",\"action\":\"shouted\"}", "action")]
    [InlineData("{\"to\":\"confirmed\",\"note\":\"n\",\"reason\":\"fair-use\"}", "reason")]
    [InlineData("{\"to\":\"closed\"}", "to")]
    [InlineData("{\"to\":\"in_review\",\"by\":\"me\"}", "by")]
    public async Task Transition_WithBadBody_Is400NamingTheField(string body, string field)
    {
        var (id, etag) = await FileAsync("badreview", "badreview-pay.com", 60);
        using var reviewer = api.Client("reviewer-a");

        var response = await reviewer.SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", HttpTest.RawJson(body), r => r.Headers.IfMatch.ParseAdd(etag));

        Assert.Equal(field, (string?)(await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation"))["field"]);
    }

    [Fact]
    public async Task Filing_WithPriorityAboveTheDismissal_ReopensTheCaseForReview()
    {
        var (id, etag) = await FileAsync("reopenmark", "reopenmark-shop.com", 40);
        using var reviewer = api.Client("reviewer-a");
        using var worker = api.Client("worker");
        var review = await MoveAsync(reviewer, id, etag, new { to = "in_review" });
        await review.ExpectAsync(HttpStatusCode.OK);
        var dismiss = await MoveAsync(reviewer, id, review.Headers.ETag!.Tag, new { to = "dismissed", note = "a fan site", reason = "fair-use" });
        await dismiss.ExpectAsync(HttpStatusCode.OK);

        var same = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("reopenmark", "reopenmark-shop.com", 40))).ExpectAsync(HttpStatusCode.OK);
        var higher = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("reopenmark", "reopenmark-shop.com", 75))).ExpectAsync(HttpStatusCode.OK);
        var audit = await (await reviewer.FetchAsync($"/api/cases/{id}/audit")).ExpectAsync(HttpStatusCode.OK);
        var raised = await api.QueryAsync<string>("SELECT payload FROM case_events WHERE case_id = @id AND event_type = 'priority-raised'", new { id });

        Assert.Equal("dismissed", (string?)same["status"]);
        Assert.Equal("new", (string?)higher["status"]);
        Assert.Equal(40, (int)higher["reviewedPriority"]!);
        var last = audit.AsArray()[^1]!;
        Assert.Equal(("dismissed", "new"), ((string?)last["from"], (string?)last["to"]));
        Assert.True((bool)JsonNode.Parse(Assert.Single(raised))!["reopened"]!);
    }
}
