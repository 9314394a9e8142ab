using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BrandWatch.Api.Exports;
using BrandWatch.Api.Tests.Enforcement;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Exports;

/// <summary>
/// <c>GET /api/cases/export</c> on the real Api: each format validated against a schema written from its
/// specification, the list's filters and tenancy applied, the bound respected, and formulas kept out of the CSV.
/// </summary>
public sealed class ExportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Mark = "expmark";
    private const string Formula = "=HYPERLINK(\"http://attacker.example\",\"click\"), then more";

    /// <summary>Three cases of owner A under one mark (a confirmed phishing domain, a page, a domain with a formula in its reason) and one of owner B.</summary>
    private Task SeedAsync() => api.OnceAsync("export-cases", async () =>
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        using var reviewer = api.Client("reviewer-a");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(Mark, ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("bravomark", ApiFixture.OwnerB))).ExpectAsync(HttpStatusCode.Created);

        var phishing = await worker.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling(Mark, Mark + "-login.com"));
        var id = (long)(await phishing.ExpectAsync(HttpStatusCode.Created))["id"]!;
        var review = await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "in_review" }, r => r.Headers.IfMatch.ParseAdd(phishing.Headers.ETag!.Tag));
        await review.ExpectAsync(HttpStatusCode.OK);
        var confirm = await reviewer.PostJsonAsync($"/api/cases/{id}/transitions", new { to = "confirmed", note = "login form under the mark" }, r => r.Headers.IfMatch.ParseAdd(review.Headers.ETag!.Tag));
        await confirm.ExpectAsync(HttpStatusCode.OK);

        await (await worker.PostJsonAsync("/api/cases", TestData.Filing(Mark, "https://shop.example/" + Mark + "-cheap?item=1", 40, SubjectKind.DeepLink))).ExpectAsync(HttpStatusCode.Created);
        var formula = TestData.Filing(Mark, Mark + "-support.com", 60);
        await (await worker.PostJsonAsync("/api/cases", formula with { Verdict = formula.Verdict with { ActionReason = Formula } })).ExpectAsync(HttpStatusCode.Created);
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("bravomark", "bravomark-login.com", 70))).ExpectAsync(HttpStatusCode.Created);
    });

    private async Task<(HttpResponseMessage Response, string Body)> ExportAsync(string who, string query)
    {
        await SeedAsync();
        using var client = api.Client(who);
        var response = await client.FetchAsync("/api/cases/export?" + query);
        var body = await response.Content.ReadAsStringAsync(HttpTest.Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return (response, body);
    }

    [Fact]
    public async Task Stix_ValidatesAgainstTheSchema_WithTheObservablesIndicatorAndGroupingOfEveryCase()
    {
        var (response, body) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");

        Assert.Equal("application/stix+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        ExportSchemas.AssertValid(ExportSchemas.Stix, body);
        var objects = JsonNode.Parse(body)!["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        string[] Values(string type) => objects.Where(o => (string?)o["type"] == type).Select(o => (string)o["value"]!).ToArray();
        Assert.Equal([Mark + "-login.com", Mark + "-support.com", "shop.example"], Values("domain-name").Order());
        Assert.Contains("https://shop.example/" + Mark + "-cheap?item=1", Values("url"));
        Assert.Contains($"https://{Mark}-login.com/", Values("url"));
        Assert.Equal(["192.0.2.10"], Values("ipv4-addr"));
        Assert.Equal(["2001:db8::10"], Values("ipv6-addr"));
        Assert.Equal(3, objects.Count(o => (string?)o["type"] == "grouping"));
        var patterns = objects.Where(o => (string?)o["type"] == "indicator").Select(o => (string)o["pattern"]!).ToArray();
        Assert.Contains($"[domain-name:value = '{Mark}-login.com']", patterns);
        Assert.Contains($"[url:value = 'https://shop.example/{Mark}-cheap?item=1']", patterns);
        Assert.All(objects.Where(o => (string?)o["type"] != "marking-definition"), o => Assert.Equal(
            ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"], o["object_marking_refs"]!.AsArray().Select(r => (string?)r)));
    }

    [Fact]
    public async Task Stix_EveryReferenceResolvesInsideTheBundle_AndNamesResolveToTheirAddresses()
    {
        var (_, body) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");

        var objects = JsonNode.Parse(body)!["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var ids = objects.Select(o => (string)o["id"]!).ToHashSet();
        Assert.Equal(objects.Count, ids.Count);
        var references = objects.SelectMany(o => o.Where(p => p.Key.EndsWith("_ref", StringComparison.Ordinal)).Select(p => (string)p.Value!)
            .Concat(o.Where(p => p.Key.EndsWith("_refs", StringComparison.Ordinal)).SelectMany(p => p.Value!.AsArray().Select(r => (string)r!))));
        Assert.All(references, r => Assert.Contains(r, ids));
        var byId = objects.ToDictionary(o => (string)o["id"]!);
        var resolves = objects.Where(o => (string?)o["relationship_type"] == "resolves-to")
            .Select(o => ((string)byId[(string)o["source_ref"]!]["value"]!, (string)byId[(string)o["target_ref"]!]["value"]!)).ToArray();
        Assert.Contains((Mark + "-login.com", "192.0.2.10"), resolves);
        Assert.Contains((Mark + "-login.com", "2001:db8::10"), resolves);
        Assert.All(objects.Where(o => (string?)o["relationship_type"] == "based-on"), o =>
        {
            Assert.StartsWith("indicator--", (string)o["source_ref"]!, StringComparison.Ordinal);
            Assert.StartsWith("observed-data--", (string)o["target_ref"]!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Stix_ObservableIds_AreTheSpecificationsUuidV5OfTheirValue()
    {
        var (_, body) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");

        var observables = JsonNode.Parse(body)!["objects"]!.AsArray().Select(o => o!.AsObject())
            .Where(o => (string?)o["type"] is "domain-name" or "url" or "ipv4-addr" or "ipv6-addr").ToList();
        Assert.NotEmpty(observables);
        Assert.All(observables, o => Assert.Equal(
            (string)o["type"]! + "--" + UuidV5(new Guid("00abedb4-aa42-466c-9c01-fed23315a9b7"), "{\"value\":\"" + (string)o["value"]! + "\"}"),
            (string?)o["id"]));
    }

    /// <summary>Known answers, each computed with Python's <c>uuid.uuid5</c> over the canonical JSON of the value.</summary>
    [Theory]
    [InlineData("ipv4-addr", "198.51.100.3", "ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4")]
    [InlineData("domain-name", "example.com", "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7")]
    public void ObservableId_MatchesAnIndependentUuidV5(string type, string value, string expected) =>
        Assert.Equal(expected, ExportIds.Observable(type, value));

    [Fact]
    public async Task Stix_ExportedTwice_NamesTheSameObjectsWithTheSameContent()
    {
        var (_, first) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");
        var (_, second) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");

        var a = JsonNode.Parse(first)!["objects"]!.AsArray().Select(o => o!.ToJsonString()).ToArray();
        var b = JsonNode.Parse(second)!["objects"]!.AsArray().Select(o => o!.ToJsonString()).ToArray();
        Assert.Equal(a, b);
        Assert.NotEqual((string?)JsonNode.Parse(first)!["id"], (string?)JsonNode.Parse(second)!["id"]);
    }

    [Theory]
    [InlineData("clear", "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "tlp:clear", 0)]
    [InlineData("green", "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "tlp:green", 1)]
    [InlineData("amber", "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "tlp:amber", 2)]
    [InlineData("red", "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "tlp:red", 4)]
    public async Task Tlp_IsWrittenAsEachFormatNamesIt(string tlp, string stixMarking, string mispTag, int theHive)
    {
        var (_, stix) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}&tlp={tlp}");
        var (_, misp) = await ExportAsync("reviewer-a", $"format=misp&mark={Mark}&tlp={tlp}");
        var (_, hive) = await ExportAsync("reviewer-a", $"format=thehive&mark={Mark}&tlp={tlp}");

        ExportSchemas.AssertValid(ExportSchemas.Stix, stix);
        Assert.Equal(stixMarking, (string?)JsonNode.Parse(stix)!["objects"]![0]!["id"]);
        Assert.Equal([mispTag], JsonNode.Parse(misp)!["Event"]!["Tag"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.All(JsonNode.Parse(hive)!.AsArray(), a => Assert.Equal(theHive, (int)a!["tlp"]!));
    }

    [Fact]
    public async Task Misp_ValidatesAgainstTheSchema_AndMarksOnlyConfirmedNamesForDetection()
    {
        var (_, body) = await ExportAsync("reviewer-a", $"format=misp&mark={Mark}");

        ExportSchemas.AssertValid(ExportSchemas.Misp, body);
        var evt = JsonNode.Parse(body)!["Event"]!;
        var attributes = evt["Attribute"]!.AsArray().Select(a => a!).ToList();
        Assert.Equal(attributes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)evt["attribute_count"]);
        Assert.Equal("1", (string?)evt["threat_level_id"]);
        Assert.False((bool)evt["published"]!);
        var confirmed = attributes.Single(a => (string?)a["type"] == "domain" && (string?)a["value"] == Mark + "-login.com");
        Assert.Equal("Network activity", (string?)confirmed["category"]);
        Assert.True((bool)confirmed["to_ids"]!);
        Assert.False((bool)attributes.Single(a => (string?)a["value"] == Mark + "-support.com")["to_ids"]!);
        Assert.All(attributes.Where(a => (string?)a["type"] == "ip-dst"), a => Assert.False((bool)a["to_ids"]!));
        Assert.Equal(3, attributes.Count(a => (string?)a["type"] == "link"));
        Assert.Equal(attributes.Count, attributes.Select(a => (string)a["uuid"]!).Distinct().Count());
    }

    [Fact]
    public async Task TheHive_ValidatesAgainstTheSchema_OneAlertPerCaseWithItsObservables()
    {
        var (_, body) = await ExportAsync("reviewer-a", $"format=thehive&mark={Mark}");

        ExportSchemas.AssertValid(ExportSchemas.TheHive, body);
        var alerts = JsonNode.Parse(body)!.AsArray().Select(a => a!).ToList();
        Assert.Equal(3, alerts.Count);
        var phishing = alerts[0];
        Assert.Equal(4, (int)phishing["severity"]!);
        Assert.StartsWith("case-", (string)phishing["sourceRef"]!, StringComparison.Ordinal);
        var observables = phishing["observables"]!.AsArray().Select(o => ((string)o!["dataType"]!, (string)o["data"]!, (bool)o["ioc"]!)).ToArray();
        Assert.Contains(("domain", Mark + "-login.com", true), observables);
        Assert.Contains(("ip", "192.0.2.10", false), observables);
        Assert.Contains(("ip", "2001:db8::10", false), observables);
        Assert.Contains(("url", $"https://{Mark}-login.com/", true), observables);
    }

    [Fact]
    public async Task Schemas_RefuseWhatTheSpecificationsRefuse()
    {
        var (_, stix) = await ExportAsync("reviewer-a", $"format=stix&mark={Mark}");
        var (_, misp) = await ExportAsync("reviewer-a", $"format=misp&mark={Mark}");

        Assert.False(ExportSchemas.IsValid(ExportSchemas.Stix, stix.Replace("\"spec_version\":\"2.1\"", "\"spec_version\":\"2.0\"", StringComparison.Ordinal)));
        Assert.False(ExportSchemas.IsValid(ExportSchemas.Stix, stix.Replace("\"pattern_type\":\"stix\"", "\"pattern_type\":\"\"", StringComparison.Ordinal)));
        Assert.False(ExportSchemas.IsValid(ExportSchemas.Misp, misp.Replace("\"category\":\"External analysis\"", "\"category\":\"Financial fraud\"", StringComparison.Ordinal)));
        Assert.False(ExportSchemas.IsValid(ExportSchemas.TheHive, "[{\"type\":\"t\",\"source\":\"s\",\"sourceRef\":\"r\",\"title\":\"t\",\"description\":\"d\",\"severity\":5}]"));
    }

    [Fact]
    public async Task Csv_IsRfc4180_WithFormulasNeutralised()
    {
        var (response, body) = await ExportAsync("reviewer-a", $"format=csv&mark={Mark}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=\"brandwatch-cases-", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var lines = body.Split("\r\n");
        Assert.Equal(string.Join(',', CsvExportWriter.Header), lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain('\n', body.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.Equal(5, lines.Length);
        var formula = lines.Single(l => l.Contains(Mark + "-support.com", StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\"), then more\"", formula, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", formula, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AppliesTheListsFilters_AndTheCallersOwners()
    {
        var (high, highBody) = await ExportAsync("reviewer-a", $"format=csv&mark={Mark}&minPriority=80");
        var (_, ownerB) = await ExportAsync("manager-b", "format=csv");
        var (_, everyone) = await ExportAsync("admin", "format=csv");

        Assert.Equal("1", high.Headers.GetValues("X-Total-Count").Single());
        Assert.Single(highBody.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        var bravo = ownerB.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Single(bravo);
        Assert.Contains("bravomark-login.com", bravo[0], StringComparison.Ordinal);
        Assert.Contains(everyone.Split("\r\n"), l => l.Contains("bravomark-login.com", StringComparison.Ordinal));
        Assert.Contains(everyone.Split("\r\n"), l => l.Contains(Mark + "-login.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_StopsAtItsLimit_AndSaysHowManyMatched()
    {
        var (response, body) = await ExportAsync("reviewer-a", $"format=thehive&mark={Mark}&limit=2");

        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("2", response.Headers.GetValues("X-Export-Count").Single());
        Assert.Equal(2, JsonNode.Parse(body)!.AsArray().Count);
    }

    [Fact]
    public async Task Export_ReadsPastOnePage_InTheListsOrder()
    {
        await SeedAsync();
        const string many = "pagedmark";
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(many, ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var count = ExportStore.PageSize + 30;
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing(many, $"{many}-{i}.com", i % 100))).ExpectAsync(HttpStatusCode.Created)));

        var (_, body) = await ExportAsync("reviewer-a", $"format=csv&mark={many}");

        var rows = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(count, rows.Count);
        Assert.Equal(count, rows.Select(r => r[0]).Distinct().Count());
        var priorities = rows.Select(r => int.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(priorities.OrderByDescending(p => p), priorities);
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("", "format")]
    [InlineData("format=stix&tlp=purple", "tlp")]
    [InlineData("format=csv&limit=0", "limit")]
    [InlineData("format=csv&limit=10001", "limit")]
    [InlineData("format=csv&status=bogus", "status")]
    [InlineData("format=misp&minPriority=101", "minPriority")]
    public async Task Export_RefusesABadParameter_NamingIt(string query, string field)
    {
        using var reviewer = api.Client("reviewer-a");

        var problem = await (await reviewer.FetchAsync("/api/cases/export?" + query)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Export_WithoutAKey_IsRefused()
    {
        using var anonymous = api.Anonymous();

        var response = await anonymous.FetchAsync("/api/cases/export?format=csv");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string UuidV5(Guid space, string name)
    {
        // RFC 4122 section 4.3, written out here so that the test does not check the Api's library against itself.
        var spaceBytes = space.ToByteArray(bigEndian: true);
#pragma warning disable CA5350 // UUID version 5 is defined over SHA-1; nothing here depends on its strength.
        var hash = SHA1.HashData([.. spaceBytes, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }
}
