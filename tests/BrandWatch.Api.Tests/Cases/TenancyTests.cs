using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Cases;

public sealed class TenancyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task BrandManager_CannotReadListCountOrGuessAnotherOwnersCases()
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        using var managerB = api.Client("manager-b");
        using var managerA = api.Client("manager-a");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("alpha", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("bravo", ApiFixture.OwnerB))).ExpectAsync(HttpStatusCode.Created);
        var ownA = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ownA.Add((long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("alpha", $"alpha-{i}.com", 50 + i))).ExpectAsync(HttpStatusCode.Created))["id"]!);
        }

        var ownB = (long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("bravo", "bravo-login.com", 90))).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var guesses = new List<(long Id, HttpStatusCode Status, string? Type)>();
        for (var id = 1L; id <= ownB + 3; id++)
        {
            foreach (var path in new[] { $"/api/cases/{id}", $"/api/cases/{id}/audit", $"/api/cases/{id}/evidence-package" })
            {
                var response = await managerB.FetchAsync(path);
                var body = response.StatusCode == HttpStatusCode.NotFound ? await response.ReadJsonAsync() : null;
                guesses.Add((id, response.StatusCode, (string?)body?["type"]));
            }
        }

        var listB = await (await managerB.FetchAsync($"/api/cases?owner={Uri.EscapeDataString(ApiFixture.OwnerA)}")).ExpectAsync(HttpStatusCode.OK);
        var allB = await (await managerB.FetchAsync("/api/cases?limit=200")).ExpectAsync(HttpStatusCode.OK);
        var countsB = await (await managerB.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
        var countsA = await (await managerA.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);

        Assert.All(guesses.Where(g => g.Id != ownB), g => Assert.Equal((HttpStatusCode.NotFound, "https://brandwatch.dev/problems/not-found"), (g.Status, g.Type)));
        Assert.All(guesses.Where(g => g.Id == ownB), g => Assert.Equal(HttpStatusCode.OK, g.Status));
        Assert.Empty(listB["items"]!.AsArray());
        Assert.Equal([ownB], allB["items"]!.AsArray().Select(i => (long)i!["id"]!));
        Assert.Equal(1, (int)countsB["total"]!);
        Assert.Equal(5, (int)countsA["total"]!);
        Assert.Equal(5, (int)countsA["byStatus"]!["new"]!);
    }
}
