using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Stats;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Stats;

/// <summary>
/// Each test has its own Api and database: the tests file cases on the days they choose, and a clock only moves forward.
/// </summary>
public sealed class StatsApiTests : IAsyncLifetime
{
    private readonly StatsHost api = new();

    public ValueTask InitializeAsync() => api.InitializeAsync();

    public ValueTask DisposeAsync() => api.DisposeAsync();

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private async Task MarkAsync(string id, string owner)
    {
        using var admin = api.Client("admin");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(id, owner))).ExpectAsync(HttpStatusCode.Created);
    }

    private async Task<(long Id, string ETag)> FileAsync(DateTimeOffset on, string mark, string subject, int priority, CaseSource? source, SubjectKind kind = SubjectKind.Domain)
    {
        api.Clock.SetUtcNow(on);
        using var worker = api.Client("worker");
        var response = await worker.PostJsonAsync("/api/cases", TestData.Filing(mark, subject, priority, kind) with { Source = source });
        var body = await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
        return ((long)body["id"]!, response.Headers.ETag!.Tag);
    }

    private async Task<string> MoveAsync(DateTimeOffset on, long id, string etag, object body)
    {
        api.Clock.SetUtcNow(on);
        using var reviewer = api.Client("reviewer");
        var response = await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", body, r => r.Headers.IfMatch.ParseAdd(etag));
        await response.ExpectAsync(HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    private async Task<JsonNode> StatsAsync(string who, string query)
    {
        using var client = api.Client(who);
        return await (await client.FetchAsync("/api/stats?" + query)).ExpectAsync(HttpStatusCode.OK);
    }

    private static long[] Each(JsonNode stats, string field) => [.. stats["buckets"]!.AsArray().Select(b => (long)b![field]!)];

    private static long[] Each(JsonNode stats, string by, string value) => [.. stats["buckets"]!.AsArray().Select(b => (long)b![by]![value]!)];

    [Fact]
    public async Task Stats_AfterFilingsOnTwoDays_CountEachDaysCasesByKindSourceActionAndOutcome()
    {
        await MarkAsync("statsa", StatsHost.OwnerA);
        await FileAsync(At(1, 12), "statsa", "statsa-login.com", 80, CaseSource.Ct);
        await FileAsync(At(1, 12, 11), "statsa", "statsa-pay.com", 40, CaseSource.Nrd);
        await FileAsync(At(1, 12, 23), "statsa", "http://statsa-shop.com/login", 70, null, SubjectKind.Phishing);
        await FileAsync(At(1, 14), "statsa", "statsa-wallet.com", 90, CaseSource.Zone);

        // The brand manager's own owner is the default.
        var stats = await StatsAsync("manager-a", "from=2026-01-12&to=2026-01-14");

        Assert.Equal(StatsHost.OwnerA, (string?)stats["owner"]);
        Assert.Equal(["2026-01-12", "2026-01-13", "2026-01-14"], stats["buckets"]!.AsArray().Select(b => (string)b!["start"]!));
        Assert.Equal([3L, 0, 1], Each(stats, "opened"));
        Assert.Equal([3L, 3, 4], Each(stats, "openAtEnd"));
        Assert.Equal([1L, 0, 0], Each(stats, "bySource", "ct"));
        Assert.Equal([1L, 0, 0], Each(stats, "bySource", "none"));
        Assert.Equal([0L, 0, 1], Each(stats, "bySource", "zone"));
        Assert.Equal([2L, 0, 1], Each(stats, "byKind", "domain"));
        Assert.Equal([1L, 0, 0], Each(stats, "byKind", "phishing"));
        var totals = stats["totals"]!;
        Assert.Equal((4L, 0L, 0L, 4L), ((long)totals["opened"]!, (long)totals["resolved"]!, (long)totals["openAtStart"]!, (long)totals["openAtEnd"]!));
        Assert.Equal((3L, 1L, 0L), ((long)totals["byAction"]!["udrp-transfer"]!, (long)totals["byAction"]!["monitor"]!, (long)totals["byAction"]!["abuse-takedown"]!));
        Assert.Equal((3L, 1L), ((long)totals["byOutcome"]!["likely"]!, (long)totals["byOutcome"]!["possible"]!));
        Assert.Equal(4L, (long)totals["byStatus"]!["new"]!);
    }

    [Fact]
    public async Task Stats_AfterARefilingAndAReviewToResolved_MoveTheCaseToItsNewActionAndCountItResolvedThatDay()
    {
        await MarkAsync("statsb", StatsHost.OwnerB);
        var (id, _) = await FileAsync(At(2, 2), "statsb", "statsb-login.com", 40, CaseSource.Ct);
        var (_, etag) = await FileAsync(At(2, 3), "statsb", "statsb-login.com", 80, CaseSource.Ct);
        etag = await MoveAsync(At(2, 3, 12), id, etag, new { to = "in_review" });
        etag = await MoveAsync(At(2, 4), id, etag, new { to = "confirmed", note = "a login page under the mark" });
        etag = await MoveAsync(At(2, 4, 12), id, etag, new { to = "actioned", note = "sent to the registrar", action = "takedown-requested" });
        await MoveAsync(At(2, 5), id, etag, new { to = "resolved", note = "suspended by the registrar" });

        var stats = await StatsAsync("reviewer", $"owner={Uri.EscapeDataString(StatsHost.OwnerB)}&from=2026-02-02&to=2026-02-05&bucket=day");

        Assert.Equal([1L, 0, 0, 0], Each(stats, "opened"));
        Assert.Equal([0L, 0, 0, 1], Each(stats, "resolved"));
        Assert.Equal([1L, 1, 1, 0], Each(stats, "openAtEnd"));
        var totals = stats["totals"]!;
        Assert.Equal((1L, 0L), ((long)totals["byAction"]!["udrp-transfer"]!, (long)totals["byAction"]!["monitor"]!));
        Assert.Equal((1L, 0L), ((long)totals["byOutcome"]!["likely"]!, (long)totals["byOutcome"]!["possible"]!));
        Assert.Equal((1L, 0L), ((long)totals["byStatus"]!["resolved"]!, (long)totals["byStatus"]!["new"]!));
    }

    [Fact]
    public async Task Stats_InWeekBuckets_StartOnMondayClipToTheRangeAndCarryTheCasesOpenBefore()
    {
        const string owner = "Stats Weekly GmbH";
        await MarkAsync("statsw", owner);
        await FileAsync(At(3, 3), "statsw", "statsw-one.com", 80, CaseSource.Ct);
        await FileAsync(At(3, 3), "statsw", "statsw-two.com", 80, CaseSource.Ct);
        await FileAsync(At(3, 8, 23), "statsw", "statsw-three.com", 80, CaseSource.Nrd);
        await FileAsync(At(3, 9, 0), "statsw", "statsw-four.com", 80, CaseSource.Nrd);
        await FileAsync(At(3, 20), "statsw", "statsw-five.com", 80, CaseSource.Submission);

        var stats = await StatsAsync("admin", $"owner={Uri.EscapeDataString(owner)}&from=2026-03-04&to=2026-03-20&bucket=week");

        Assert.Equal("week", (string?)stats["bucket"]);
        Assert.Equal(["2026-03-04/2026-03-08", "2026-03-09/2026-03-15", "2026-03-16/2026-03-20"],
            stats["buckets"]!.AsArray().Select(b => $"{b!["start"]}/{b["end"]}"));
        Assert.Equal([1L, 1, 1], Each(stats, "opened"));
        Assert.Equal([3L, 4, 5], Each(stats, "openAtEnd"));
        Assert.Equal([1L, 1, 0], Each(stats, "bySource", "nrd"));
        Assert.Equal(2L, (long)stats["totals"]!["openAtStart"]!);
        Assert.Equal(3L, (long)stats["totals"]!["opened"]!);
    }

    [Theory]
    [InlineData("admin", "bucket=month", "bucket")]
    [InlineData("admin", "owner=x&from=2026-13-01", "from")]
    [InlineData("admin", "owner=x&to=20260101", "to")]
    [InlineData("admin", "owner=x&from=2026-03-02&to=2026-03-01", "from")]
    [InlineData("admin", "owner=x&from=2025-01-01&to=2026-03-01", "to")]
    [InlineData("admin", "owner=x&from=2020-01-01&to=2026-03-01&bucket=week", "to")]
    [InlineData("admin", "from=2026-03-01&to=2026-03-02", "owner")]
    [InlineData("reviewer", "from=2026-03-01&to=2026-03-02", "owner")]
    public async Task Stats_WithABadParameter_AnswerAProblemNamingIt(string who, string query, string field)
    {
        using var client = api.Client(who);

        var problem = await (await client.FetchAsync("/api/stats?" + query)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
    }

    [Fact]
    public async Task Stats_OfAnotherOwner_AreNotFoundForABrandManagerAndForbiddenToTheWorker()
    {
        await MarkAsync("statsb-owners", StatsHost.OwnerB);
        using var managerB = api.Client("manager-b");
        using var worker = api.Client("worker");
        using var anonymous = api.CreateClient();

        var hidden = await managerB.FetchAsync($"/api/stats?owner={Uri.EscapeDataString(StatsHost.OwnerA)}");
        var forbidden = await worker.FetchAsync("/api/stats?owner=x");
        var unauthenticated = await anonymous.FetchAsync("/api/stats");
        var ownersB = await (await managerB.FetchAsync("/api/stats/owners")).ExpectAsync(HttpStatusCode.OK);

        await hidden.ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        await forbidden.ExpectProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await unauthenticated.ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal([StatsHost.OwnerB], ownersB["owners"]!.AsArray().Select(o => (string)o!));
    }

    [Theory]
    [InlineData(nameof(StatsStore.SelectRange))]
    [InlineData(nameof(StatsStore.SelectBefore))]
    public async Task Stats_Queries_SeekThePrimaryKeyInsteadOfScanningTheTable(string name)
    {
        var sql = name == nameof(StatsStore.SelectRange) ? StatsStore.SelectRange : StatsStore.SelectBefore;
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.DatabasePath}");
        await connection.OpenAsync(HttpTest.Ct);

        var plan = string.Join(" | ", (await Dapper.SqlMapper.QueryAsync<(long, long, long, string Detail)>(connection, "EXPLAIN QUERY PLAN " + sql,
            new { Owner = "o", From = "2026-01-01", To = "2026-01-31" })).Select(r => r.Detail));

        Assert.Contains("SEARCH case_stats_daily USING PRIMARY KEY (owner=? AND dimension=? AND day", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN case_stats_daily", plan, StringComparison.Ordinal);
    }
}
