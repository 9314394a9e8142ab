using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Cases;

public sealed class CaseListTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private Task SeedAsync() => api.OnceAsync("list", async () =>
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("listmark", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("othermark", ApiFixture.OwnerB))).ExpectAsync(HttpStatusCode.Created);
        for (var i = 0; i < 23; i++)
        {
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing("listmark", $"listmark-{i:D2}.com", (i * 7) % 100))).ExpectAsync(HttpStatusCode.Created);
        }

        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("othermark", "https://othermark-news.net/a", 99, SubjectKind.Framing))).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("othermark", "http://secure-update.net/login", 90, SubjectKind.Phishing) with { Source = CaseSource.Content }))
            .ExpectAsync(HttpStatusCode.Created);
    });

    [Fact]
    public async Task List_PagedWithCursor_ReturnsEveryCaseOnceByDescendingPriority()
    {
        await SeedAsync();
        using var ci = api.Client("ci");
        var seen = new List<(int Priority, long Id)>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await ci.FetchAsync("/api/cases?mark=listmark&limit=5" + (cursor is null ? string.Empty : "&cursor=" + cursor))).ExpectAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(i => ((int)i!["priority"]!, (long)i["id"]!)));
            cursor = (string?)page["nextCursor"];
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(23, seen.Count);
        Assert.Equal(23, seen.Select(s => s.Id).Distinct().Count());
        Assert.Equal(5, pages);
        Assert.Equal(seen.OrderByDescending(s => s.Priority).ThenByDescending(s => s.Id), seen);
    }

    [Theory]
    [InlineData("mark=listmark&minPriority=50&maxPriority=70", 4)]
    [InlineData("mark=listmark&q=listmark-1", 10)]
    [InlineData("mark=listmark&q=LISTMARK-2", 3)]
    [InlineData("q=othermark-news&kind=framing", 1)]
    [InlineData("kind=framing&owner=Bravo%20GmbH", 1)]
    [InlineData("source=content", 1)]
    [InlineData("source=content&kind=phishing&owner=Bravo%20GmbH", 1)]
    [InlineData("mark=listmark&source=content", 0)]
    [InlineData("mark=listmark&status=new,in_review", 23)]
    [InlineData("mark=listmark&status=resolved", 0)]
    [InlineData("mark=listmark&outcome=likely", 6)]
    [InlineData("mark=listmark&action=monitor", 17)]
    [InlineData("mark=listmark&filedSince=2000-01-01", 23)]
    [InlineData("mark=listmark&filedSince=2999-01-01", 0)]
    public async Task List_WithFilter_ReturnsOnlyMatchingCases(string filter, int expected)
    {
        await SeedAsync();
        using var ci = api.Client("ci");

        var page = await (await ci.FetchAsync("/api/cases?limit=200&" + filter)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(expected, page["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("status=open", "status")]
    [InlineData("minPriority=-1", "minPriority")]
    [InlineData("maxPriority=abc", "maxPriority")]
    [InlineData("limit=1000", "limit")]
    [InlineData("cursor=%21%21", "cursor")]
    [InlineData("filedSince=last-week", "filedSince")]
    [InlineData("kind=typo", "kind")]
    [InlineData("source=crawler", "source")]
    [InlineData("outcome=sure", "outcome")]
    [InlineData("q=ab", "q")]
    [InlineData("q=50%25", "q")]
    public async Task List_WithBadParameter_Is400NamingIt(string query, string field)
    {
        using var ci = api.Client("ci");

        var problem = await (await ci.FetchAsync("/api/cases?" + query)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
    }

    [Fact]
    public async Task List_ContentCase_ShowsItsSourceAndDomainCasesShowNone()
    {
        await SeedAsync();
        using var ci = api.Client("ci");

        var content = await (await ci.FetchAsync("/api/cases?source=content")).ExpectAsync(HttpStatusCode.OK);
        var domains = await (await ci.FetchAsync("/api/cases?mark=listmark&limit=1")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("content", (string?)content["items"]![0]!["source"]);
        Assert.Equal("http://secure-update.net/login", (string?)content["items"]![0]!["subject"]);
        Assert.False(domains["items"]![0]!.AsObject().ContainsKey("source"));
    }

    [Fact]
    public async Task Counts_ListEveryStatus()
    {
        await SeedAsync();
        using var ci = api.Client("ci");

        var counts = await (await ci.FetchAsync("/api/cases/counts?mark=listmark")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(23, (int)counts["total"]!);
        Assert.Equal(23, (int)counts["byStatus"]!["new"]!);
        Assert.Equal(0, (int)counts["byStatus"]!["resolved"]!);
        Assert.Equal(7, counts["byStatus"]!.AsObject().Count);
    }

    [Fact]
    public async Task Counts_FromTheKeptTotals_AgreeWithCountingTheCases()
    {
        await SeedAsync();
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        using var ci = api.Client("ci");
        using var reviewer = api.Client("reviewer-a");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("countmark", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var filed = await worker.PostJsonAsync("/api/cases", TestData.Filing("countmark", "countmark-login.com", 50));
        var id = (long)(await filed.ExpectAsync(HttpStatusCode.Created))["id"]!;
        var move = await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd(filed.Headers.ETag!.Tag));
        await move.ExpectAsync(HttpStatusCode.OK);

        var totals = await (await ci.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
        var ownerA = await (await reviewer.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
        var counted = await api.QueryAsync<(string Status, long Count)>("SELECT status, COUNT(*) FROM cases GROUP BY status");
        var countedA = await api.QueryAsync<(string Status, long Count)>("SELECT status, COUNT(*) FROM cases WHERE owner = @owner GROUP BY status", new { owner = ApiFixture.OwnerA });

        Assert.Equal(counted.Sum(c => c.Count), (long)totals["total"]!);
        Assert.All(counted, c => Assert.Equal(c.Count, (long)totals["byStatus"]![c.Status]!));
        Assert.All(countedA, c => Assert.Equal(c.Count, (long)ownerA["byStatus"]![c.Status]!));
        Assert.Contains(countedA, c => c.Status == "in_review" && c.Count >= 1);
    }
}
