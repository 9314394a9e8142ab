using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Stats;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Tests.Stats;

/// <summary>
/// The dashboard's top lists (TLDs, registrars, hosting networks, campaigns) and takedown progress, counted by the
/// triggers of migration 0110 in the filing and takedown transactions. Each test has its own Api and database.
/// </summary>
public sealed class StatsPlacesTests : IAsyncLifetime
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

    private async Task<long> FileAsync(DateTimeOffset on, string mark, string domain, string? registrar, long? asNumber, string? asName = null)
    {
        api.Clock.SetUtcNow(on);
        using var worker = api.Client("worker");
        var filing = TestData.Filing(mark, domain, 80);
        filing = filing with
        {
            Evidence = filing.Evidence with
            {
                Registration = registrar is null ? null : filing.Evidence.Registration! with { RegistrarName = registrar },
                Networks = asNumber is null ? null :
                [
                    new NetworkEvidence
                    {
                        Address = "192.0.2.10", Name = "EXAMPLE-NET",
                        AutonomousSystem = new AutonomousSystemEvidence { Number = asNumber.Value, Name = asName },
                    },
                ],
            },
        };
        var response = await worker.PostJsonAsync("/api/cases", filing);
        var body = await response.ExpectAsync(response.StatusCode == HttpStatusCode.Created ? HttpStatusCode.Created : HttpStatusCode.OK);
        return (long)body["id"]!;
    }

    private async Task<long> SendAsync(DateTimeOffset on, long caseId, string party)
    {
        api.Clock.SetUtcNow(on);
        using var reviewer = api.Client("reviewer");
        var body = await (await reviewer.PostJsonAsync($"/api/cases/{caseId}/actions", new { party, target = "abuse@example.net" })).ExpectAsync(HttpStatusCode.Created);
        return (long)body["id"]!;
    }

    private async Task StepAsync(DateTimeOffset on, long caseId, long actionId, string to)
    {
        api.Clock.SetUtcNow(on);
        using var reviewer = api.Client("reviewer");
        await (await reviewer.PostJsonAsync($"/api/cases/{caseId}/actions/{actionId}/transitions", new { to })).ExpectAsync(HttpStatusCode.OK);
    }

    private async Task<JsonNode> StatsAsync(string who, string query)
    {
        using var client = api.Client(who);
        return await (await client.FetchAsync("/api/stats?" + query)).ExpectAsync(HttpStatusCode.OK);
    }

    private static (string Value, long Cases)[] Top(JsonNode stats, string list) =>
        [.. stats[list]!["top"]!.AsArray().Select(c => ((string)c!["value"]!, (long)c["cases"]!))];

    [Fact]
    public async Task Stats_OfCasesWithRegistrationAndNetworkEvidence_ListTheTopRegistrarsNetworksAndTlds()
    {
        await MarkAsync("placesa", StatsHost.OwnerA);
        var first = await FileAsync(At(4, 1), "placesa", "placesa-login.com", "NameCheap, Inc.", 13335, "CLOUDFLARENET");
        await FileAsync(At(4, 1), "placesa", "placesa-pay.shop", "NameCheap, Inc.", 13335, "CLOUDFLARENET");
        await FileAsync(At(4, 2), "placesa", "placesa-help.com", "GoDaddy.com, LLC", 16509, null);
        await FileAsync(At(4, 2), "placesa", "placesa-desk.xyz", null, null);

        var stats = await StatsAsync("manager-a", "from=2026-04-01&to=2026-04-02");

        Assert.Equal([("com", 2L), ("shop", 1L), ("xyz", 1L)], Top(stats, "tlds"));
        Assert.Equal([("NameCheap, Inc.", 2L), ("GoDaddy.com, LLC", 1L)], Top(stats, "registrars"));
        Assert.Equal(1L, (long)stats["registrars"]!["unknown"]!);
        Assert.Equal([("AS13335 CLOUDFLARENET", 2L), ("AS16509", 1L)], Top(stats, "networks"));
        Assert.Equal(1L, (long)stats["networks"]!["unknown"]!);
        // The four share the address of the test filings' DNS evidence: one campaign, named by its lowest case id.
        Assert.Equal([(first.ToString(System.Globalization.CultureInfo.InvariantCulture), 4L)], Top(stats, "campaigns"));
    }

    [Fact]
    public async Task Stats_AfterARefilingNamesAnotherRegistrar_MoveTheCaseToItOnItsFilingDay()
    {
        await MarkAsync("placesb", StatsHost.OwnerB);
        await FileAsync(At(5, 1), "placesb", "placesb-login.com", "First Registrar", 64500);
        await FileAsync(At(5, 3), "placesb", "placesb-login.com", "Second Registrar", null);

        var stats = await StatsAsync("reviewer", $"owner={Uri.EscapeDataString(StatsHost.OwnerB)}&from=2026-05-01&to=2026-05-03");

        Assert.Equal([("Second Registrar", 1L)], Top(stats, "registrars"));
        // A filing without network evidence keeps the network the case had.
        Assert.Equal([("AS64500", 1L)], Top(stats, "networks"));
        Assert.Equal(1L, (long)stats["totals"]!["opened"]!);
    }

    [Fact]
    public async Task Stats_ListAtMostTenValuesAndCountTheRestAsOther()
    {
        await MarkAsync("placesc", StatsHost.OwnerA);
        for (var i = 0; i < 12; i++)
        {
            await FileAsync(At(6, 1), "placesc", $"placesc-{i}.tld{i:00}", $"Registrar {i:00}", null);
        }

        var stats = await StatsAsync("admin", $"owner={Uri.EscapeDataString(StatsHost.OwnerA)}&from=2026-06-01&to=2026-06-01");

        Assert.Equal(StatsReport.TopSize, Top(stats, "registrars").Length);
        Assert.Equal("Registrar 00", Top(stats, "registrars")[0].Value);
        Assert.Equal(2L, (long)stats["registrars"]!["other"]!);
        Assert.Equal(2L, (long)stats["tlds"]!["other"]!);
    }

    [Fact]
    public async Task Stats_AfterTakedownReportsMoveForward_CountEachStepOnItsDayAndTheReportsStillOpen()
    {
        await MarkAsync("placesd", StatsHost.OwnerA);
        var first = await FileAsync(At(7, 1), "placesd", "placesd-login.com", "NameCheap, Inc.", null);
        var second = await FileAsync(At(7, 1), "placesd", "placesd-pay.com", "NameCheap, Inc.", null);
        var registrar = await SendAsync(At(7, 2), first, "registrar");
        var host = await SendAsync(At(7, 2, 12), first, "host");
        await SendAsync(At(7, 3), second, "registrar");
        await StepAsync(At(7, 3, 12), first, registrar, "acknowledged");
        await StepAsync(At(7, 5), first, registrar, "resolved");
        await StepAsync(At(7, 5, 12), first, host, "resolved");

        var stats = await StatsAsync("manager-a", "from=2026-07-03&to=2026-07-05");
        var takedowns = stats["takedowns"]!;

        Assert.Equal((1L, 1L, 2L), ((long)takedowns["sent"]!, (long)takedowns["acknowledged"]!, (long)takedowns["resolved"]!));
        Assert.Equal((2L, 1L), ((long)takedowns["openAtStart"]!, (long)takedowns["openAtEnd"]!));
        Assert.Equal([3L, 3, 1], takedowns["buckets"]!.AsArray().Select(b => (long)b!["openAtEnd"]!));
        Assert.Equal([0L, 0, 2], takedowns["buckets"]!.AsArray().Select(b => (long)b!["resolved"]!));
        Assert.Equal((1L, 0L), ((long)takedowns["sentByParty"]!["registrar"]!, (long)takedowns["sentByParty"]!["host"]!));
        Assert.Equal((1L, 1L), ((long)takedowns["resolvedByParty"]!["registrar"]!, (long)takedowns["resolvedByParty"]!["host"]!));
    }

    [Fact]
    public async Task Stats_ForEveryOwner_AddUpTheOwnersForAnAdminAndAreRefusedToABrandManager()
    {
        await MarkAsync("placese", StatsHost.OwnerA);
        await MarkAsync("placesf", StatsHost.OwnerB);
        await FileAsync(At(8, 1), "placese", "placese-login.com", "NameCheap, Inc.", null);
        await FileAsync(At(8, 1), "placesf", "placesf-login.com", "NameCheap, Inc.", null);
        await FileAsync(At(8, 2), "placesf", "placesf-pay.net", "GoDaddy.com, LLC", null);
        using var manager = api.Client("manager-a");

        var all = await StatsAsync("admin", "owner=*&from=2026-08-01&to=2026-08-02");
        var refused = await (await manager.FetchAsync("/api/stats?owner=*&from=2026-08-01&to=2026-08-02")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal("*", (string?)all["owner"]);
        Assert.Equal([2L, 1], all["buckets"]!.AsArray().Select(b => (long)b!["opened"]!));
        Assert.Equal([("NameCheap, Inc.", 2L), ("GoDaddy.com, LLC", 1L)], Top(all, "registrars"));
        Assert.Equal("owner", (string?)refused["field"]);
    }

    [Theory]
    [InlineData("*", "2026-01-01", "2026-12-31")]
    [InlineData(StatsHost.OwnerA, "2025-12-04", "2026-12-03")]
    [InlineData(StatsHost.OwnerA, "2026-02-03", "2026-02-20")]
    public async Task Stats_TopLists_SeekThePrimaryKeysOfTheMonthlyAndDailyTablesInsteadOfScanning(string owner, string from, string to)
    {
        var query = new StatsQuery(owner, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), "day");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={api.DatabasePath}");
        await connection.OpenAsync(HttpTest.Ct);

        var plan = string.Join(" | ", (await Dapper.SqlMapper.QueryAsync<(long, long, long, string Detail)>(connection, "EXPLAIN QUERY PLAN " + StatsStore.SelectPlaces,
            StatsStore.PlacesParameters(query))).Select(r => r.Detail));

        Assert.Contains("SEARCH case_stats_monthly USING PRIMARY KEY (owner=? AND dimension=? AND month", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH case_stats_daily USING PRIMARY KEY (owner=? AND dimension=? AND day", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN case_stats", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_OverARangeWithWholeAndPartialMonths_CountEveryDayOnce()
    {
        await MarkAsync("placesg", StatsHost.OwnerB);
        foreach (var (month, day) in new[] { (1, 30), (1, 31), (2, 1), (2, 15), (2, 28), (3, 1), (3, 2), (3, 3) })
        {
            await FileAsync(At(month, day), "placesg", $"placesg-{month}-{day}.com", "Edge Registrar", null);
        }

        var stats = await StatsAsync("admin", $"owner={Uri.EscapeDataString(StatsHost.OwnerB)}&from=2026-01-31&to=2026-03-02");
        var inside = await StatsAsync("admin", $"owner={Uri.EscapeDataString(StatsHost.OwnerB)}&from=2026-02-02&to=2026-02-27");

        Assert.Equal([("Edge Registrar", 6L)], Top(stats, "registrars"));
        Assert.Equal(6L, (long)stats["totals"]!["opened"]!);
        Assert.Equal([("Edge Registrar", 1L)], Top(inside, "registrars"));
    }
}
