using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Hosting;

public sealed class RestartTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Restart_OnTheSameFile_KeepsMarksCasesEvidenceAuditAndKeys()
    {
        long id;
        string etag;
        using (var admin = api.Admin)
        using (var worker = api.Client("worker"))
        using (var reviewer = api.Client("reviewer-a"))
        {
            await (await admin.PostJsonAsync("/api/marks", TestData.Mark("durable", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
            id = (long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("durable", "durable-login.com", 50))).ExpectAsync(HttpStatusCode.Created))["id"]!;
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing("durable", "durable-login.com", 60), r => r.Headers.Add("Idempotency-Key", "restart-1"))).ExpectAsync(HttpStatusCode.OK);
            var review = await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd("\"c-2\""));
            await review.ExpectAsync(HttpStatusCode.OK);
            etag = review.Headers.ETag!.Tag;
        }

        await api.RestartAsync();

        using var after = api.Client("reviewer-a");
        using var workerAfter = api.Client("worker");
        var detail = await (await after.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
        var mark = await (await after.FetchAsync("/api/marks/durable")).ExpectAsync(HttpStatusCode.OK);
        var replay = await workerAfter.PostJsonAsync("/api/cases", TestData.Filing("durable", "durable-login.com", 60), r => r.Headers.Add("Idempotency-Key", "restart-1"));
        var move = await after.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "monitoring", note = "parked page, watch it" }, r => r.Headers.IfMatch.ParseAdd(etag));

        Assert.Equal("in_review", (string?)detail["case"]!["status"]);
        Assert.Equal(2, detail["evidence"]!.AsArray().Count);
        Assert.Equal(2, detail["audit"]!.AsArray().Count);
        Assert.Equal(ApiFixture.OwnerA, (string?)mark["owner"]);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        await move.ExpectAsync(HttpStatusCode.OK);
    }
}
