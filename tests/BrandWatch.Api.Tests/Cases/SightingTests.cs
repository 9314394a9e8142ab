using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;
using BrandWatch.Rules.Evidence;

namespace BrandWatch.Api.Tests.Cases;

public sealed class SightingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string LogA = "https://ct-a.example/2026h2/";
    private const string LogB = "https://ct-b.example/";
    private static readonly string ShaA = new('a', 64);
    private static readonly string ShaB = new('b', 64);
    private static readonly DateTimeOffset Seen = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private async Task MarkAsync(string mark, string owner = ApiFixture.OwnerA)
    {
        using var admin = api.Admin;
        var created = await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, owner));
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict);
    }

    private static CaseFiling CtFiling(string mark, string domain, long index, string sha) => TestData.Filing(mark, domain, 80) with
    {
        Source = CaseSource.Ct,
        Sighting = new CaseSighting { Source = CaseSource.Ct, Feed = "ct", Item = index.ToString(System.Globalization.CultureInfo.InvariantCulture), SeenAt = Seen, Log = LogA, Index = index, CertificateSha256 = sha },
        Evidence = TestData.Filing(mark, domain, 80).Evidence with
        {
            Certificate = new CertificateEvidence
            {
                Log = LogA, Index = index, EntryType = "precert", LoggedAt = Seen, Issuer = "CN=Test CA", Subject = "CN=" + domain,
                NotBefore = Seen, NotAfter = Seen.AddDays(90), SubjectAlternativeNames = [domain], Sha256 = sha,
            },
        },
    };

    private async Task<long> FileAsync(CaseFiling filing, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var worker = api.Client("worker");
        return (long)(await (await worker.PostJsonAsync("/api/cases", filing)).ExpectAsync(expected))["id"]!;
    }

    private static SightingReport Report(string mark, string domain, CaseSource source, string feed, string item, DateTimeOffset seenAt,
        string? log = null, long? index = null, string? sha = null) => new()
    {
        Mark = mark, Domain = domain,
        Sighting = new CaseSighting { Source = source, Feed = feed, Item = item, SeenAt = seenAt, Log = log, Index = index, CertificateSha256 = sha },
    };

    private async Task<JsonNode> ReportAsync(params SightingReport[] reports)
    {
        using var worker = api.Client("worker");
        return await (await worker.PostJsonAsync("/api/sightings", new { sightings = reports })).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sightings_OfACtCaseSeenInTwoLogsAndAList_AreEachListedWithLogIndexAndCertificate()
    {
        await MarkAsync("sightmark");
        var id = await FileAsync(CtFiling("sightmark", "sightmark-login.com", 17, ShaA));

        var recorded = await ReportAsync(
            Report("sightmark", "sightmark-login.com", CaseSource.Ct, "ct", "17", Seen, LogA, 17, ShaA), // the filing's own sighting, again
            Report("sightmark", "sightmark-login.com", CaseSource.Ct, "ct", "5", Seen.AddMinutes(3), LogB, 5, ShaB),
            Report("sightmark", "SIGHTMARK-LOGIN.com", CaseSource.Nrd, "whoisds", "line 88", Seen.AddDays(1)));
        using var ci = api.Client("ci");
        var page = await (await ci.FetchAsync($"/api/cases/{id}/sightings")).ExpectAsync(HttpStatusCode.OK);
        var items = page["items"]!.AsArray();

        Assert.Equal((2, 1, 0), ((int)recorded["recorded"]!, (int)recorded["duplicates"]!, (int)recorded["unknownMarks"]!));
        Assert.Equal(3, (long)page["total"]!);
        Assert.Null(page["nextAfter"]);
        Assert.Equal(
            [("ct", "ct", "17", LogA, 17L, ShaA), ("ct", "ct", "5", LogB, 5L, ShaB), ("nrd", "whoisds", "line 88", null, null, null)],
            items.Select(i => ((string)i!["source"]!, (string)i["feed"]!, (string)i["item"]!, (string?)i["log"], (long?)i["index"], (string?)i["certificateSha256"])));
        Assert.NotNull(items[0]!["filingId"]);
        Assert.Null(items[1]!["filingId"]);
        Assert.Equal(Seen.AddDays(1), (DateTimeOffset)items[2]!["seenAt"]!);
    }

    [Fact]
    public async Task Sightings_ChangeNoCaseStateAndFireNoEvent()
    {
        await MarkAsync("quietmark");
        var id = await FileAsync(CtFiling("quietmark", "quietmark-pay.com", 3, ShaA));
        using var ci = api.Client("ci");
        var before = await (await ci.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);

        await ReportAsync(Report("quietmark", "quietmark-pay.com", CaseSource.Zone, "com-zone", "2026-11-21", Seen.AddDays(1)));
        var after = await (await ci.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
        var events = await api.QueryAsync<string>("SELECT event_type FROM case_events WHERE case_id = @id", new { id });

        Assert.Equal((long)before["case"]!["version"]!, (long)after["case"]!["version"]!);
        Assert.Equal(["case-filed"], events);
    }

    [Theory]
    [InlineData("nrd", true)]
    [InlineData("ct", true)]
    [InlineData("zone", false)]
    public async Task List_BySource_FindsACaseByAnyOfItsSightingsNotOnlyTheFirst(string source, bool found)
    {
        await api.OnceAsync("by-source", async () =>
        {
            await MarkAsync("srcmark");
            await FileAsync(CtFiling("srcmark", "srcmark-verify.com", 9, ShaA));
            await ReportAsync(Report("srcmark", "srcmark-verify.com", CaseSource.Nrd, "whoisds", "line 4", Seen.AddDays(2)));
        });
        using var ci = api.Client("ci");

        var page = await (await ci.FetchAsync($"/api/cases?mark=srcmark&source={source}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(found ? ["srcmark-verify.com"] : Array.Empty<string>(), page["items"]!.AsArray().Select(i => (string)i!["subject"]!));
        Assert.All(page["items"]!.AsArray(), i => Assert.Equal("ct", (string?)i!["source"])); // the first source stays the case's source
    }

    [Fact]
    public async Task FirstSeen_OfANameSeenBeforeItsCase_IsItsEarliestSightingAndFirstSeenSinceLeavesItOut()
    {
        await MarkAsync("newmark");
        var early = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await ReportAsync(Report("newmark", "newmark-old.com", CaseSource.Nrd, "whoisds", "line 1", early));
        await FileAsync(TestData.Filing("newmark", "newmark-old.com", 70) with { Source = CaseSource.Ct, ObservedAt = Seen });
        await FileAsync(TestData.Filing("newmark", "newmark-fresh.com", 70) with { Source = CaseSource.Ct, ObservedAt = Seen });
        using var ci = api.Client("ci");

        var all = await (await ci.FetchAsync("/api/cases?mark=newmark")).ExpectAsync(HttpStatusCode.OK);
        var fresh = await (await ci.FetchAsync("/api/cases?mark=newmark&firstSeenSince=2026-10-15")).ExpectAsync(HttpStatusCode.OK);

        var old = all["items"]!.AsArray().Single(i => (string)i!["subject"]! == "newmark-old.com")!;
        Assert.Equal(early, (DateTimeOffset)old["firstSeenAt"]!);
        Assert.Equal(["newmark-fresh.com"], fresh["items"]!.AsArray().Select(i => (string)i!["subject"]!));
    }

    [Fact]
    public async Task FirstSeen_OfACaseThatReappearsAfterItWasResolved_IsWhenItsPredecessorWasFirstSeen()
    {
        await MarkAsync("backmark");
        var first = await FileAsync(TestData.Filing("backmark", "backmark-shop.com", 60) with { Source = CaseSource.Nrd });
        using var reviewer = api.Client("reviewer-a");
        var etag = "\"c-1\"";
        foreach (var to in new[] { "in_review", "confirmed", "actioned", "resolved" })
        {
            object body = to == "actioned" ? new { to, note = "sent to the registrar", action = "takedown-requested" } : new { to, note = "reviewed" };
            var response = await reviewer.PostJsonAsync($"/api/cases/{first}/transitions", body,
                r => r.Headers.IfMatch.ParseAdd(etag));
            await response.ExpectAsync(HttpStatusCode.OK);
            etag = response.Headers.ETag!.Tag;
        }

        var second = await FileAsync(TestData.Filing("backmark", "backmark-shop.com", 60) with { Source = CaseSource.Ct, ObservedAt = Seen });
        using var ci = api.Client("ci");
        var a = await (await ci.FetchAsync($"/api/cases/{first}")).ExpectAsync(HttpStatusCode.OK);
        var b = await (await ci.FetchAsync($"/api/cases/{second}")).ExpectAsync(HttpStatusCode.OK);
        var sightings = await (await ci.FetchAsync($"/api/cases/{second}/sightings")).ExpectAsync(HttpStatusCode.OK);

        Assert.NotEqual(first, second);
        Assert.Equal((DateTimeOffset)a["case"]!["firstSeenAt"]!, (DateTimeOffset)b["case"]!["firstSeenAt"]!);
        Assert.Equal(["nrd", "ct"], sightings["items"]!.AsArray().Select(i => (string)i!["source"]!));
        Assert.All(sightings["items"]!.AsArray(), i => Assert.Equal("filing", (string?)i!["feed"])); // a filer that names only its source
        var filedEvents = await api.QueryAsync<string>(
            "SELECT payload FROM case_events WHERE case_id IN (@first, @second) AND event_type = 'case-filed' ORDER BY case_id", new { first, second });
        Assert.Equal([false, true], filedEvents.Select(p => (bool)JsonNode.Parse(p)!["seenBefore"]!));

        // The new case follows the resolved one: linked, with the reason in its audit trail and a reappeared event.
        Assert.Null(a["case"]!["predecessor"]);
        Assert.Equal(first, (long)b["case"]!["predecessor"]!);
        var notes = await api.QueryAsync<string>("SELECT note FROM case_audit WHERE case_id = @second ORDER BY id", new { second });
        Assert.StartsWith($"filed again: the name is back after case {first} was resolved (", notes[0], StringComparison.Ordinal);
        var reappeared = Assert.Single(await api.QueryAsync<string>(
            "SELECT payload FROM case_events WHERE event_type = 'reappeared' AND case_id IN (@first, @second)", new { first, second }));
        Assert.Equal(first, (long)JsonNode.Parse(reappeared)!["predecessor"]!);
    }

    [Fact]
    public async Task Sightings_OfAnotherOwnersCase_Are404AndOfAnUnknownMarkAreCountedNotKept()
    {
        await MarkAsync("ownmark", ApiFixture.OwnerB);
        var id = await FileAsync(CtFiling("ownmark", "ownmark-login.com", 1, ShaA));
        using var otherManager = api.Client("manager-a");
        using var owner = api.Client("manager-b");

        await (await otherManager.FetchAsync($"/api/cases/{id}/sightings")).ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        var visible = await (await owner.FetchAsync($"/api/cases/{id}/sightings")).ExpectAsync(HttpStatusCode.OK);
        var unknown = await ReportAsync(Report("no-such-mark", "no-such-mark.com", CaseSource.Ct, "ct", "1", Seen));
        var kept = await api.QueryAsync<long>("SELECT COUNT(*) FROM case_sightings WHERE domain = 'no-such-mark.com'");

        Assert.Equal(1, (long)visible["total"]!);
        Assert.Equal((0, 1), ((int)unknown["recorded"]!, (int)unknown["unknownMarks"]!));
        Assert.Equal([0L], kept);
    }

    [Fact]
    public async Task Sightings_PagedWithAfter_ReturnEachOnceOldestFirst()
    {
        await MarkAsync("pagemark");
        var id = await FileAsync(CtFiling("pagemark", "pagemark-app.com", 100, ShaA));
        await ReportAsync(Enumerable.Range(0, 6).Select(i => Report("pagemark", "pagemark-app.com", CaseSource.Ct, "ct", $"{200 + i}", Seen.AddMinutes(i), LogB, 200 + i)).ToArray());
        using var ci = api.Client("ci");
        var items = new List<string>();
        long? after = 0;
        while (after is { } next)
        {
            var page = await (await ci.FetchAsync($"/api/cases/{id}/sightings?limit=3&after={next}")).ExpectAsync(HttpStatusCode.OK);
            items.AddRange(page["items"]!.AsArray().Select(i => (string)i!["item"]!));
            after = (long?)page["nextAfter"];
        }

        Assert.Equal(["100", "200", "201", "202", "203", "204", "205"], items);
    }

    [Theory]
    [InlineData("""{"sightings":[{"mark":"m","domain":"not a domain","sighting":{"source":"ct","feed":"ct","item":"1","seenAt":"2026-11-01T00:00:00Z"}}]}""", "sightings[0].domain")]
    [InlineData("""{"sightings":[{"mark":"m","domain":"a-b.com","sighting":{"source":"ct","feed":"","item":"1","seenAt":"2026-11-01T00:00:00Z"}}]}""", "sightings[0].sighting.feed")]
    [InlineData("""{"sightings":[{"mark":"m","domain":"a-b.com","sighting":{"source":"ct","feed":"ct","item":"1","seenAt":"2999-11-01T00:00:00Z"}}]}""", "sightings[0].sighting.seenAt")]
    [InlineData("""{"sightings":[{"mark":"m","domain":"a-b.com","sighting":{"source":"ct","feed":"ct","item":"1","seenAt":"2026-11-01T00:00:00Z","certificateSha256":"XYZ"}}]}""", "sightings[0].sighting.certificateSha256")]
    [InlineData("""{"sightings":[{"mark":"m","domain":"a-b.com","sighting":{"source":"ct","feed":"ct","item":"1","seenAt":"2026-11-01T00:00:00Z","log":"ftp://x/"}}]}""", "sightings[0].sighting.log")]
    public async Task Post_WithABadSighting_Is400NamingTheField(string body, string field)
    {
        using var worker = api.Client("worker");

        var problem = await (await worker.SendAsync(HttpMethod.Post, "/api/sightings", HttpTest.RawJson(body))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Post_ByAReader_IsForbidden()
    {
        using var reader = api.Client("manager-a");

        var response = await reader.PostJsonAsync("/api/sightings", new { sightings = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
