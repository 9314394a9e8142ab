using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Api.Tests.Marks;

public sealed class MarksApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Mark_CreateReadUpdateRetire_KeepsVersionsAndETags()
    {
        using var manager = api.Client("manager-a");

        var created = await (await manager.PostJsonAsync("/api/marks", new { id = "lifemark", name = "Life Mark", officialDomains = new[] { "LifeMark.COM." } })).ExpectAsync(HttpStatusCode.Created);
        var get = await manager.FetchAsync("/api/marks/lifemark");
        var etag = get.Headers.ETag!.Tag;
        var updated = await (await manager.SendAsync(HttpMethod.Put, "/api/marks/lifemark",
            HttpTest.Json(new { id = "lifemark", name = "Life Mark", niceClasses = new[] { 36 } }), r => r.Headers.IfMatch.ParseAdd(etag))).ExpectAsync(HttpStatusCode.OK);
        var stale = await manager.SendAsync(HttpMethod.Put, "/api/marks/lifemark",
            HttpTest.Json(new { id = "lifemark", name = "Stale" }), r => r.Headers.IfMatch.ParseAdd(etag));
        var retired = await (await manager.SendAsync(HttpMethod.Post, "/api/marks/lifemark/retire")).ExpectAsync(HttpStatusCode.OK);
        var active = await (await manager.FetchAsync("/api/marks")).ExpectAsync(HttpStatusCode.OK);
        var all = await (await manager.FetchAsync("/api/marks?includeRetired=true")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(ApiFixture.OwnerA, (string?)created["owner"]);
        Assert.Equal("lifemark.com", (string?)created["officialDomains"]![0]);
        Assert.Equal("lifemark", (string?)created["labelForms"]![0]);
        Assert.Equal(2, (int)updated["version"]!);
        Assert.Equal(36, (int)updated["niceClasses"]![0]!);
        await stale.ExpectProblemAsync(HttpStatusCode.PreconditionFailed, "precondition-failed");
        Assert.NotNull(retired["retiredAt"]);
        Assert.DoesNotContain(active.AsArray(), m => (string?)m!["id"] == "lifemark");
        Assert.Contains(all.AsArray(), m => (string?)m!["id"] == "lifemark");
    }

    [Fact]
    public async Task Mark_UsedBeforeItWasRegistered_KeepsBothDates()
    {
        using var manager = api.Client("manager-a");

        var created = await (await manager.PostJsonAsync("/api/marks", new { id = "oldtrade", name = "Old Trade", registeredOn = "2007-03-16", firstUsedOn = "2003-01-01" }))
            .ExpectAsync(HttpStatusCode.Created);
        var portfolio = await (await api.Client("worker").FetchAsync("/api/portfolio")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("2007-03-16", (string?)created["registeredOn"]);
        Assert.Equal("2003-01-01", (string?)created["firstUsedOn"]);
        var served = Assert.Single(portfolio["marks"]!.AsArray(), m => (string?)m!["id"] == "oldtrade");
        Assert.Equal("2003-01-01", (string?)served!["firstUsedOn"]);
    }

    [Fact]
    public async Task Mark_OfAnotherOwner_IsInvisibleToABrandManager()
    {
        using var admin = api.Admin;
        using var managerB = api.Client("manager-b");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("hiddenmark", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);

        var get = await managerB.FetchAsync("/api/marks/hiddenmark");
        var put = await managerB.SendAsync(HttpMethod.Put, "/api/marks/hiddenmark", HttpTest.Json(new { id = "hiddenmark", name = "Mine now" }));
        var retire = await managerB.SendAsync(HttpMethod.Post, "/api/marks/hiddenmark/retire");
        var list = await (await managerB.FetchAsync("/api/marks")).ExpectAsync(HttpStatusCode.OK);
        var portfolio = await (await managerB.FetchAsync("/api/portfolio")).ExpectAsync(HttpStatusCode.OK);
        var steal = await managerB.PostJsonAsync("/api/marks", TestData.Mark("stolenmark", ApiFixture.OwnerA));

        await get.ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        await put.ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        await retire.ExpectProblemAsync(HttpStatusCode.NotFound, "not-found");
        Assert.DoesNotContain(list.AsArray(), m => (string?)m!["owner"] != ApiFixture.OwnerB);
        Assert.DoesNotContain(portfolio["marks"]!.AsArray(), m => (string?)m!["owner"] != ApiFixture.OwnerB);
        Assert.Equal("owner", (string?)(await steal.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation"))["field"]);
    }

    [Fact]
    public async Task CreateOrImport_IdOfAnotherOwnersMark_AnswersTheSameGenericConflictAsAnyTakenId()
    {
        using var admin = api.Admin;
        using var managerB = api.Client("manager-b");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("foreignmark", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await managerB.PostJsonAsync("/api/marks", TestData.Mark("ownmark-b", ApiFixture.OwnerB))).ExpectAsync(HttpStatusCode.Created);

        var foreign = await (await managerB.PostJsonAsync("/api/marks", TestData.Mark("foreignmark", ApiFixture.OwnerB))).ExpectProblemAsync(HttpStatusCode.Conflict, "conflict");
        var own = await (await managerB.PostJsonAsync("/api/marks", TestData.Mark("ownmark-b", ApiFixture.OwnerB))).ExpectProblemAsync(HttpStatusCode.Conflict, "conflict");
        var import = await (await managerB.PostJsonAsync("/api/marks/import", new { marks = new[] { new { id = "foreignmark", name = "Foreign" } } }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "conflict");

        Assert.Equal(((string?)own["title"], ((string?)own["detail"])?.Replace("ownmark-b", "ID", StringComparison.Ordinal)),
            ((string?)foreign["title"], ((string?)foreign["detail"])?.Replace("foreignmark", "ID", StringComparison.Ordinal)));
        foreach (var text in new[] { foreign.ToJsonString(), import.ToJsonString() })
        {
            Assert.DoesNotContain("owner", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(ApiFixture.OwnerA, text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string, HttpStatusCode> BadMarks => new()
    {
        { "malformed JSON", "{\"id\": \"x\", ", "body", HttpStatusCode.BadRequest },
        { "unknown field", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"colour\":\"red\"}", "colour", HttpStatusCode.BadRequest },
        { "missing name", "{\"id\":\"x1\",\"owner\":\"o\"}", "name", HttpStatusCode.BadRequest },
        { "null name", "{\"id\":\"x1\",\"name\":null,\"owner\":\"o\"}", "name", HttpStatusCode.BadRequest },
        { "bad id", "{\"id\":\"no spaces\",\"name\":\"X\",\"owner\":\"o\"}", "id", HttpStatusCode.BadRequest },
        { "nice class 46", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"niceClasses\":[9,46]}", "niceClasses[1]", HttpStatusCode.BadRequest },
        { "nice class as text", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"niceClasses\":[\"9\"]}", "niceClasses[0]", HttpStatusCode.BadRequest },
        { "invalid domain", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"officialDomains\":[\"exa mple.com\"]}", "officialDomains[0]", HttpStatusCode.BadRequest },
        { "domain without dot", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"officialDomains\":[\"localhost\"]}", "officialDomains[0]", HttpStatusCode.BadRequest },
        { "bad date", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"registeredOn\":\"18/05/1999\"}", "registeredOn", HttpStatusCode.BadRequest },
        { "future date", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"registeredOn\":\"2999-01-01\"}", "registeredOn", HttpStatusCode.BadRequest },
        { "first use as a year", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"firstUsedOn\":\"1883\"}", "firstUsedOn", HttpStatusCode.BadRequest },
        { "first use in the future", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"firstUsedOn\":\"2999-01-01\"}", "firstUsedOn", HttpStatusCode.BadRequest },
        { "bad jurisdiction", "{\"id\":\"x1\",\"name\":\"X\",\"owner\":\"o\",\"jurisdictions\":[\"USA\"]}", "jurisdictions[0]", HttpStatusCode.BadRequest },
        { "over-long name", "{\"id\":\"x1\",\"name\":\"" + new string('a', 2000) + "\",\"owner\":\"o\"}", "name", HttpStatusCode.BadRequest },
        { "no label form", "{\"id\":\"x1\",\"name\":\"!!!\",\"owner\":\"o\"}", "labels", HttpStatusCode.BadRequest },
        { "admin without owner", "{\"id\":\"x1\",\"name\":\"X\"}", "owner", HttpStatusCode.BadRequest },
        { "array body", "[1,2]", "body", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadMarks))]
    public async Task CreateMark_WithBadInput_Is4xxNamingTheFieldAndWritesNothing(string why, string body, string field, HttpStatusCode status)
    {
        using var admin = api.Admin;

        var response = await admin.SendAsync(HttpMethod.Post, "/api/marks", HttpTest.RawJson(body));
        var problem = await response.ExpectAsync(status);
        var exists = await admin.FetchAsync("/api/marks/x1");

        Assert.True(field == (string?)problem["field"], $"{why}: {problem.ToJsonString()}");
        Assert.Equal(HttpStatusCode.NotFound, exists.StatusCode);
    }

    [Fact]
    public async Task CreateMark_WithWrongContentType_Is415()
    {
        using var admin = api.Admin;

        var response = await admin.SendAsync(HttpMethod.Post, "/api/marks", new StringContent("id=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task ImportSamplePortfolio_ServesItBackInThePortfolioFormat()
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        var sample = await File.ReadAllTextAsync(RepoPaths.Of("samples", "marks.json"), HttpTest.Ct);
        var expected = PortfolioJson.Parse(sample, "samples/marks.json");

        var imported = await (await admin.SendAsync(HttpMethod.Post, "/api/marks/import", HttpTest.RawJson(sample))).ExpectAsync(HttpStatusCode.OK);
        var response = await worker.FetchAsync("/api/portfolio");
        var text = await response.Content.ReadAsStringAsync(HttpTest.Ct);
        var served = PortfolioJson.Parse(text, "api");
        var notModified = await worker.SendAsync(HttpMethod.Get, "/api/portfolio", configure: r => r.Headers.IfNoneMatch.Add(response.Headers.ETag!));

        Assert.Equal(expected.Marks.Count, (int)imported["created"]! + (int)imported["updated"]!);
        Assert.Empty(served.Errors);
        foreach (var mark in expected.Marks)
        {
            var copy = Assert.Single(served.Marks, m => m.Id == mark.Id);
            Assert.Equal(mark.Labels, copy.Labels);
            Assert.Equal(mark.OfficialDomains, copy.OfficialDomains);
            Assert.Equal(mark.Owner, copy.Owner);
            Assert.Equal(mark.RegisteredOn, copy.RegisteredOn);
        }

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Import_WithOneBadMark_WritesNothing()
    {
        using var admin = api.Admin;
        var body = new JsonObject
        {
            ["marks"] = new JsonArray(
                JsonNode.Parse("{\"id\":\"importgood\",\"name\":\"Good\",\"owner\":\"o\"}"),
                JsonNode.Parse("{\"id\":\"importbad\",\"name\":\"Bad\",\"owner\":\"o\",\"niceClasses\":[99]}")),
        };

        var problem = await (await admin.SendAsync(HttpMethod.Post, "/api/marks/import", HttpTest.RawJson(body.ToJsonString()))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");
        var good = await admin.FetchAsync("/api/marks/importgood");

        Assert.Equal("marks[1].niceClasses[0]", (string?)problem["field"]);
        Assert.Equal(HttpStatusCode.NotFound, good.StatusCode);
    }
}
