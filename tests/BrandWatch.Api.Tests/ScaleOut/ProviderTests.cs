using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>
/// The paths whose SQL differs between the engines (SqlDialect), run through a real Api on each: text search, mark ids
/// without regard to case, the key owners' aggregate behind a scoped key, the snapshot read of a case, list parameters,
/// the trigger-kept counts and the dashboard figures (top lists, takedowns, every owner). Same requests, same answers.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ProviderTests(PostgresFixture postgres)
{
    private const string Owner = "Acme Corp";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task FileSearchAndRead_OnEitherProvider_GiveTheSameAnswers(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider);
        await api.AddCallerAsync("manager", BrandWatch.Api.Auth.Roles.BrandManager, Owner);
        await api.AddCallerAsync("stranger", BrandWatch.Api.Auth.Roles.BrandManager, "Someone Else");
        var (admin, worker, manager, stranger) = (api["admin"], api["worker"], api["manager"], api["stranger"]);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("acme", Owner))).ExpectAsync(HttpStatusCode.Created);

        // The mark named in another case is the same mark (SQLite COLLATE NOCASE, a PostgreSQL ICU collation).
        var first = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("ACME", "acme-login-shop.com", 80))).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("acme", "acme-pay.com", 55))).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("acme", "acme-login-shop.com", 90))).ExpectAsync(HttpStatusCode.OK);
        var id = (long)first["id"]!;

        await (await admin.PostJsonAsync($"/api/cases/{id}/actions", new { party = "registrar", target = "abuse@example.net" })).ExpectAsync(HttpStatusCode.Created);

        var found = await (await manager.FetchAsync("/api/cases?q=login")).ExpectAsync(HttpStatusCode.OK);
        var byStatus = await (await manager.FetchAsync("/api/cases?status=new&status=in_review")).ExpectAsync(HttpStatusCode.OK);
        var hidden = await (await stranger.FetchAsync("/api/cases")).ExpectAsync(HttpStatusCode.OK);
        var detail = await (await manager.FetchAsync($"/api/cases/{id}")).ExpectAsync(HttpStatusCode.OK);
        var counts = await (await manager.FetchAsync("/api/cases/counts")).ExpectAsync(HttpStatusCode.OK);
        var me = await (await manager.FetchAsync("/api/me")).ExpectAsync(HttpStatusCode.OK);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stats = await (await manager.FetchAsync($"/api/stats?from={today}&to={today}")).ExpectAsync(HttpStatusCode.OK);
        var owners = await (await admin.FetchAsync("/api/stats/owners")).ExpectAsync(HttpStatusCode.OK);
        var everyOwner = await (await admin.FetchAsync($"/api/stats?owner=*&from={today}&to={today}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(["acme-login-shop.com"], found["items"]!.AsArray().Select(c => (string)c!["subject"]!));
        Assert.Equal("acme", (string?)found["items"]![0]!["mark"]);
        Assert.Equal(2, byStatus["items"]!.AsArray().Count);
        Assert.Empty(hidden["items"]!.AsArray());
        Assert.Equal(90, (int)detail["case"]!["priority"]!);
        Assert.Equal(2, detail["evidence"]!.AsArray().Count);
        Assert.Equal(2L, (long)counts["total"]!);
        Assert.Equal([Owner], me["owners"]!.AsArray().Select(o => (string)o!));
        Assert.Equal(2L, (long)stats["totals"]!["opened"]!);
        Assert.Equal(2L, (long)stats["totals"]!["byStatus"]!["new"]!);
        Assert.Equal([Owner], owners["owners"]!.AsArray().Select(o => (string)o!));
        Assert.Equal([("Example Registrar", 2L)], stats["registrars"]!["top"]!.AsArray().Select(c => ((string)c!["value"]!, (long)c["cases"]!)));
        Assert.Equal([("com", 2L)], stats["tlds"]!["top"]!.AsArray().Select(c => ((string)c!["value"]!, (long)c["cases"]!)));
        Assert.Equal((1L, 1L), ((long)stats["takedowns"]!["sent"]!, (long)stats["takedowns"]!["openAtEnd"]!));
        Assert.Equal(2L, (long)everyOwner["totals"]!["opened"]!);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task APhishingReCheckOfADomainCase_OnEitherProvider_FilesOntoItAndChangesItsKind(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider);
        var (admin, worker) = (api["admin"], api["worker"]);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("acme", Owner))).ExpectAsync(HttpStatusCode.Created);
        var phishing = TestData.Filing("acme", "http://acme-login-shop.com/signin", 95, BrandWatch.Rules.Cases.SubjectKind.Phishing);
        phishing = phishing with
        {
            Verdict = phishing.Verdict with
            {
                Fault = new BrandWatch.Rules.Scoring.ElementScore(0.9, [new BrandWatch.Rules.Scoring.Contribution("U1", 0.9, "login form", "credentials under the mark")]),
            },
        };

        var domainCase = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("acme", "acme-login-shop.com", 50))).ExpectAsync(HttpStatusCode.Created);
        var reChecked = await (await worker.PostJsonAsync("/api/cases", phishing)).ExpectAsync(HttpStatusCode.OK);
        var stats = await (await admin.FetchAsync($"/api/stats?owner={Uri.EscapeDataString(Owner)}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal((long)domainCase["id"]!, (long)reChecked["id"]!);
        Assert.Equal(("acme-login-shop.com", "phishing"), ((string)reChecked["subject"]!, (string)reChecked["kind"]!));
        Assert.Equal((0L, 1L), ((long)stats["totals"]!["byKind"]!["domain"]!, (long)stats["totals"]!["byKind"]!["phishing"]!));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task ANewNamesOnlySubscription_OnEitherProvider_HearsOfTheNewNameButNotOfOneSeenBeforeIt(string provider)
    {
        await using var receiver = await BrandWatch.Api.Tests.Alerts.WebhookReceiver.StartAsync();
        var settings = BrandWatch.Api.Tests.Alerts.AlertHost.FastSettings();
        settings["Alerts:RequireHttps"] = "false"; // the receiver is plain http on loopback
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider, settings);
        await api.AddCallerAsync("manager", BrandWatch.Api.Auth.Roles.BrandManager, Owner);
        var (admin, worker, manager) = (api["admin"], api["worker"], api["manager"]);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("nova", Owner))).ExpectAsync(HttpStatusCode.Created);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-30);
        var sighting = new BrandWatch.Rules.Cases.CaseSighting { Source = BrandWatch.Rules.Cases.CaseSource.Nrd, Feed = "whoisds", Item = "line 7", SeenAt = longAgo };
        await (await worker.PostJsonAsync("/api/sightings", new { sightings = new[] { new BrandWatch.Rules.Cases.SightingReport { Mark = "nova", Domain = "nova-known.com", Sighting = sighting } } }))
            .ExpectAsync(HttpStatusCode.OK);
        foreach (var (path, newOnly) in new[] { ("/new", true), ("/all", false) })
        {
            await (await manager.PostJsonAsync("/api/subscriptions", new { name = path, newOnly, webhookUrl = receiver.Endpoint(path, "nova-secret-0123456789").ToString(), secret = "nova-secret-0123456789" }))
                .ExpectAsync(HttpStatusCode.Created);
        }

        var now = DateTimeOffset.UtcNow;
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("nova", "nova-known.com", 70) with { ObservedAt = now })).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("nova", "nova-fresh.com", 70) with { ObservedAt = now })).ExpectAsync(HttpStatusCode.Created);

        await Eventually.HoldsAsync(() => receiver.Accepted("/all").Sum(r => r.EventIds().Count) == 2 && receiver.Accepted("/new").Count >= 1,
            "both subscriptions heard of the filings");

        Assert.Equal(["nova-fresh.com", "nova-known.com"], receiver.Accepted("/all").SelectMany(r => Subjects(r.Body)).Order());
        Assert.Equal(["nova-fresh.com"], receiver.Accepted("/new").SelectMany(r => Subjects(r.Body)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task FirstSeen_OfANewCase_OnEitherProvider_IsItsEarliestSightingButNotADuplicateOfAStoredOne(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider);
        var (admin, worker) = (api["admin"], api["worker"]);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("vega", Owner))).ExpectAsync(HttpStatusCode.Created);
        var stored = new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.Zero);
        var older = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        BrandWatch.Rules.Cases.CaseSighting Sighting(string item, DateTimeOffset seenAt) =>
            new() { Source = BrandWatch.Rules.Cases.CaseSource.Nrd, Feed = "whoisds", Item = item, SeenAt = seenAt };
        await (await worker.PostJsonAsync("/api/sightings", new { sightings = new[]
        {
            new BrandWatch.Rules.Cases.SightingReport { Mark = "vega", Domain = "vega-older.com", Sighting = Sighting("line 1", stored) },
            new BrandWatch.Rules.Cases.SightingReport { Mark = "vega", Domain = "vega-again.com", Sighting = Sighting("line 2", stored) },
        } })).ExpectAsync(HttpStatusCode.OK);

        // Its own sighting, older than the stored one, is when the name was first seen; the same sighting sent again
        // with another time is not stored, so the stored one's time stands; a name never seen before is first seen now.
        var fromOwn = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("vega", "vega-older.com", 70) with { Sighting = Sighting("line 9", older) }))
            .ExpectAsync(HttpStatusCode.Created);
        var fromStored = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("vega", "vega-again.com", 70) with { Sighting = Sighting("line 2", older) }))
            .ExpectAsync(HttpStatusCode.Created);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var unseen = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("vega", "vega-unseen.com", 70))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(older, (DateTimeOffset)fromOwn["firstSeenAt"]!);
        Assert.Equal(stored, (DateTimeOffset)fromStored["firstSeenAt"]!);
        Assert.InRange((DateTimeOffset)unseen["firstSeenAt"]!, before, DateTimeOffset.UtcNow.AddSeconds(1));
        var seenBefore = await api.QueryAsync<string>("SELECT payload FROM case_events WHERE event_type = 'case-filed' ORDER BY case_id");
        Assert.All(seenBefore, p => Assert.False((bool)System.Text.Json.Nodes.JsonNode.Parse(p)!["seenBefore"]!));
    }

    private static List<string> Subjects(byte[] body)
    {
        var alerts = System.Text.Json.Nodes.JsonNode.Parse(body)!["alerts"]!.AsArray();
        return alerts.Select(a => (string)a!["subject"]!).ToList();
    }
}
