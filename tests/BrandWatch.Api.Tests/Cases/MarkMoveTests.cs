using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>Issue 19 finding 6: open cases follow a mark that moves to another owner.</summary>
public sealed class MarkMoveTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task MarkMovedToAnotherOwner_TakesItsOpenCasesAlongAndLaterFilingsStayWithTheNewOwner()
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        using var managerA = api.Client("manager-a");
        using var managerB = api.Client("manager-b");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("charlie", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var caseId = (long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("charlie", "charlie-login.com", 70))).ExpectAsync(HttpStatusCode.Created))["id"]!;
        var countsABefore = (int)(await (await managerA.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK))["total"]!;
        var countsBBefore = (int)(await (await managerB.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK))["total"]!;

        await (await admin.SendAsync(HttpMethod.Put, "/api/marks/charlie", HttpTest.Json(TestData.Mark("charlie", ApiFixture.OwnerB)))).ExpectAsync(HttpStatusCode.OK);
        var refiled = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("charlie", "charlie-login.com", 80))).ExpectAsync(HttpStatusCode.OK);

        var seenByB = await managerB.FetchAsync($"/api/cases/{caseId}");
        var seenByA = await managerA.FetchAsync($"/api/cases/{caseId}");
        var countsA = (int)(await (await managerA.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK))["total"]!;
        var countsB = (int)(await (await managerB.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK))["total"]!;
        Assert.Equal(caseId, (long)refiled["id"]!);
        Assert.Equal(HttpStatusCode.OK, seenByB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seenByA.StatusCode);
        Assert.Equal((countsABefore - 1, countsBBefore + 1), (countsA, countsB));
    }
}
