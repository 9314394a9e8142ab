using System.Net;
using System.Text;
using System.Text.Json;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Api.Tests.Cases;

public sealed class CaseFilingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task MarkAsync(string id, string owner = ApiFixture.OwnerA)
    {
        using var admin = api.Admin;
        var response = await admin.PostJsonAsync("/api/marks", TestData.Mark(id, owner));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, response.StatusCode.ToString());
    }

    [Fact]
    public async Task File_NewSubject_CreatesCaseWithOutboxRowInTheSameWrite()
    {
        await MarkAsync("filemark");
        using var worker = api.Client("worker");

        var response = await worker.PostJsonAsync("/api/cases", TestData.Filing("filemark", "filemark-login.com", 70));
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var id = (long)created["id"]!;
        var events = await api.QueryAsync<(string EventType, string Owner, string Kind, string Subject, long Priority, string Outcome, string Action, string Payload)>(
            "SELECT event_type, owner, kind, subject, priority, outcome, action, payload FROM case_events WHERE case_id = @id", new { id });

        Assert.Equal($"/api/cases/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"c-1\"", response.Headers.ETag!.Tag);
        Assert.Equal("new", (string?)created["status"]);
        Assert.Equal(ApiFixture.OwnerA, (string?)created["owner"]);
        var row = Assert.Single(events);
        Assert.Equal(("case-filed", ApiFixture.OwnerA, "domain", "filemark-login.com", 70L, "likely", "udrp-transfer"),
            (row.EventType, row.Owner, row.Kind, row.Subject, row.Priority, row.Outcome, row.Action));
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal($"/cases/{id}", payload.RootElement.GetProperty("link").GetString());
        Assert.Equal(0.8, payload.RootElement.GetProperty("elements").GetProperty("fault").GetDouble());
    }

    [Fact]
    public async Task File_SameSubjectTwice_UpdatesTheCaseAndKeepsBothFilings()
    {
        await MarkAsync("twicemark");
        using var worker = api.Client("worker");
        using var admin = api.Admin;

        var first = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("twicemark", "twicemark-pay.com", 40, note: "first"))).ExpectAsync(HttpStatusCode.Created);
        var second = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("twicemark", "TWICEMARK-pay.com.", 55, note: "second"))).ExpectAsync(HttpStatusCode.OK);
        var detail = await (await admin.FetchAsync($"/api/cases/{first["id"]}")).ExpectAsync(HttpStatusCode.OK);
        var evidence = detail["evidence"]!.AsArray();
        var raised = await api.QueryAsync<long>("SELECT COUNT(*) FROM case_events WHERE case_id = @id AND event_type = 'priority-raised'", new { id = (long)first["id"]! });

        Assert.Equal((long)first["id"]!, (long)second["id"]!);
        Assert.Equal(55, (int)second["priority"]!);
        Assert.Equal(2, (int)second["filings"]!);
        Assert.Equal(2, evidence.Count);
        Assert.Equal("first", (string?)evidence[0]!["filing"]!["evidence"]!["reviewer"]!["note"]);
        Assert.Equal("second", (string?)evidence[1]!["filing"]!["evidence"]!["reviewer"]!["note"]);
        Assert.Equal(55, (int)detail["verdict"]!["priority"]!);
        Assert.Equal(1L, Assert.Single(raised));
    }

    [Fact]
    public async Task File_TwentyConcurrentIdenticalRequests_MakeExactlyOneCase()
    {
        await MarkAsync("racemark");
        var clients = Enumerable.Range(0, 20).Select(_ => api.Client("worker")).ToArray();
        using var admin = api.Admin;

        var responses = await Task.WhenAll(clients.Select(c => c.PostJsonAsync("/api/cases", TestData.Filing("racemark", "racemark-secure.net", 50))));
        var list = await (await admin.FetchAsync("/api/cases?mark=racemark")).ExpectAsync(HttpStatusCode.OK);
        var bodies = await Task.WhenAll(responses.Select(r => r.ExpectAsync(r.StatusCode)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Single(bodies.Select(b => (long)b["id"]!).Distinct());
        var only = Assert.Single(list["items"]!.AsArray());
        Assert.Equal(20, (int)only!["filings"]!);
        Assert.Equal(1L, Assert.Single(await api.QueryAsync<long>("SELECT COUNT(*) FROM case_events WHERE mark_id = 'racemark'")));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task File_TwentyConcurrentRetriesWithOneIdempotencyKey_FileOnceAndReplayTheFirstAnswer()
    {
        await MarkAsync("retrymark");
        var clients = Enumerable.Range(0, 20).Select(_ => api.Client("worker")).ToArray();

        var responses = await Task.WhenAll(clients.Select(c => c.PostJsonAsync("/api/cases", TestData.Filing("retrymark", "retrymark-help.org", 50),
            r => r.Headers.Add("Idempotency-Key", "scan-42/retrymark-help.org"))));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(HttpTest.Ct)));
        var filings = await api.QueryAsync<long>("SELECT COUNT(*) FROM case_filings f JOIN cases c ON c.id = f.case_id WHERE c.mark_id = 'retrymark'");

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(bodies.Distinct());
        Assert.Equal(19, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1L, Assert.Single(filings));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task File_ReusedIdempotencyKeyWithAnotherBody_Is422AndFilesNothing()
    {
        await MarkAsync("keymark");
        using var worker = api.Client("worker");
        await (await worker.PostJsonAsync("/api/cases", TestData.Filing("keymark", "keymark-a.com", 50), r => r.Headers.Add("Idempotency-Key", "k1"))).ExpectAsync(HttpStatusCode.Created);

        var reused = await worker.PostJsonAsync("/api/cases", TestData.Filing("keymark", "keymark-b.com", 50), r => r.Headers.Add("Idempotency-Key", "k1"));

        var problem = await reused.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal("Idempotency-Key", (string?)problem["field"]);
        Assert.Equal(0L, Assert.Single(await api.QueryAsync<long>("SELECT COUNT(*) FROM cases WHERE subject = 'keymark-b.com'")));
    }

    [Fact]
    public async Task File_IdempotencyKeysOlderThanThirtyDays_ArePurgedByTheNextWrite()
    {
        var own = new ApiFixture(); // a fresh Api: the purge runs at most once an hour per process
        await own.InitializeAsync();
        try
        {
            using (var admin = own.Admin)
            {
                (await admin.PostJsonAsync("/api/marks", TestData.Mark("purgemark", ApiFixture.OwnerA))).EnsureSuccessStatusCode();
            }

            var database = new BrandWatch.Sqlite.SqliteDatabase($"Data Source={own.DatabasePath}");
            await using (var connection = await database.OpenAsync(TestContext.Current.CancellationToken))
            {
                await Dapper.SqlMapper.ExecuteAsync(connection,
                    "INSERT INTO idempotency_keys (key_id, idempotency_key, request_sha256, status, body, created_at) VALUES ('k', 'old', 'x', 201, '{}', @Old), ('k', 'recent', 'x', 201, '{}', @Recent)",
                    new { Old = DateTimeOffset.UtcNow.AddDays(-31).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                          Recent = DateTimeOffset.UtcNow.AddDays(-29).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture) });
            }

            using var worker = own.Client("worker");
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing("purgemark", "purgemark-login.com", 50), r => r.Headers.Add("Idempotency-Key", "new"))).ExpectAsync(HttpStatusCode.Created);

            var left = await own.QueryAsync<string>("SELECT idempotency_key FROM idempotency_keys ORDER BY idempotency_key");
            Assert.Equal(["new", "recent"], left);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    [Fact]
    public async Task File_ForUnknownOrRetiredMark_IsRejected()
    {
        await MarkAsync("oldmark");
        using var worker = api.Client("worker");
        using var admin = api.Admin;
        await (await admin.SendAsync(HttpMethod.Post, "/api/marks/oldmark/retire")).ExpectAsync(HttpStatusCode.OK);

        var unknown = await worker.PostJsonAsync("/api/cases", TestData.Filing("nosuchmark", "nosuchmark.com", 50));
        var retired = await worker.PostJsonAsync("/api/cases", TestData.Filing("oldmark", "oldmark-shop.com", 50));

        Assert.Equal("mark", (string?)(await unknown.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity, "unknown-mark"))["field"]);
        Assert.Equal("mark", (string?)(await retired.ExpectProblemAsync(HttpStatusCode.Conflict, "mark-retired"))["field"]);
    }

    [Fact]
    public async Task File_PageCase_KeysByUrlAndSearchesByHost()
    {
        await MarkAsync("pagemark");
        using var worker = api.Client("worker");
        using var admin = api.Admin;

        var created = await (await worker.PostJsonAsync("/api/cases", TestData.Filing("pagemark", "https://Reviews.Example.NET/best?x=1", 30, SubjectKind.DeepLink))).ExpectAsync(HttpStatusCode.Created);
        var found = await (await admin.FetchAsync("/api/cases?q=reviews.example&kind=deep-link")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("https://reviews.example.net/best?x=1", (string?)created["subject"]);
        Assert.Equal("deep-link", (string?)created["kind"]);
        Assert.Contains(found["items"]!.AsArray(), i => (long)i!["id"]! == (long)created["id"]!);
    }

    public static TheoryData<string, string, string, HttpStatusCode, string> BadFilings()
    {
        var good = JsonSerializer.Serialize(TestData.Filing("badmark", "badmark-x.com", 50), ContractJson.Options);
        string Edit(Action<System.Text.Json.Nodes.JsonNode> change)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(good)!;
            change(node);
            return node.ToJsonString();
        }

        return new TheoryData<string, string, string, HttpStatusCode, string>
        {
            { "truncated JSON", good[..^10], "observedAt", HttpStatusCode.BadRequest, "malformed-json" },
            { "trailing comma", "{\"mark\":\"badmark\",}", "body", HttpStatusCode.BadRequest, "malformed-json" },
            { "not JSON at all", "mark=badmark", "body", HttpStatusCode.BadRequest, "malformed-json" },
            { "unknown top field", Edit(n => n["colour"] = "red"), "colour", HttpStatusCode.BadRequest, "validation" },
            { "unknown nested field", Edit(n => n["evidence"]!["dns"]!["ttl"] = 60), "evidence.dns.ttl", HttpStatusCode.BadRequest, "validation" },
            { "missing verdict", Edit(n => n.AsObject().Remove("verdict")), "verdict", HttpStatusCode.BadRequest, "validation" },
            { "null subject", Edit(n => n["subject"] = null), "subject", HttpStatusCode.BadRequest, "validation" },
            { "numeric kind", Edit(n => n["kind"] = 3), "kind", HttpStatusCode.BadRequest, "validation" },
            { "unknown kind", Edit(n => n["kind"] = "typo"), "kind", HttpStatusCode.BadRequest, "validation" },
            { "unknown outcome", Edit(n => n["verdict"]!["outcome"] = "certain"), "verdict.outcome", HttpStatusCode.BadRequest, "validation" },
            { "priority over 100", Edit(n => n["verdict"]!["priority"] = 101), "verdict.priority", HttpStatusCode.BadRequest, "validation" },
            { "priority as text", Edit(n => n["verdict"]!["priority"] = "50"), "verdict.priority", HttpStatusCode.BadRequest, "validation" },
            { "invalid domain", Edit(n => n["subject"] = "bad domain.com"), "subject", HttpStatusCode.BadRequest, "validation" },
            { "url for a domain case", Edit(n => n["subject"] = "https://badmark-x.com/"), "subject", HttpStatusCode.BadRequest, "validation" },
            { "ftp url for a page case", Edit(n => { n["kind"] = "framing"; n["subject"] = "ftp://badmark-x.com/"; }), "subject", HttpStatusCode.BadRequest, "validation" },
            { "over-long string", Edit(n => n["evidence"]!["registration"]!["raw"] = new string('w', 70_000)), "evidence.registration.raw", HttpStatusCode.BadRequest, "validation" },
            { "over-long mark", Edit(n => n["mark"] = new string('m', 100)), "mark", HttpStatusCode.BadRequest, "validation" },
            { "observed in the future", Edit(n => n["observedAt"] = "2999-01-01T00:00:00Z"), "observedAt", HttpStatusCode.BadRequest, "validation" },
            { "bad date", Edit(n => n["observedAt"] = "yesterday"), "observedAt", HttpStatusCode.BadRequest, "validation" },
            { "oversized body", Edit(n => n["evidence"]!["pages"] = new System.Text.Json.Nodes.JsonArray(Enumerable.Range(0, 40).Select(i => (System.Text.Json.Nodes.JsonNode?)System.Text.Json.Nodes.JsonNode.Parse($"{{\"url\":\"https://x{i}.com/\",\"findings\":[{{\"criterion\":\"A10\",\"evidence\":\"{new string('e', 30_000)}\",\"reason\":\"r\"}}]}}")).ToArray())), "body", HttpStatusCode.RequestEntityTooLarge, "payload-too-large" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFilings))]
    public async Task File_BadInput_Is4xxProblemNamingTheFieldAndWritesNothing(string why, string body, string field, HttpStatusCode status, string type)
    {
        await MarkAsync("badmark");
        using var worker = api.Client("worker");

        var response = await worker.SendAsync(HttpMethod.Post, "/api/cases", HttpTest.RawJson(body));
        var problem = await response.ExpectProblemAsync(status, type);

        Assert.True(field == (string?)problem["field"], $"{why}: {problem.ToJsonString()}");
        Assert.Equal(0L, Assert.Single(await api.QueryAsync<long>("SELECT COUNT(*) FROM cases WHERE mark_id = 'badmark'")));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task File_WrongContentType_Is415(string contentType)
    {
        using var worker = api.Client("worker");
        var json = JsonSerializer.Serialize(TestData.Filing("badmark", "badmark-y.com", 50), ContractJson.Options);

        var response = await worker.SendAsync(HttpMethod.Post, "/api/cases", new StringContent(json, Encoding.UTF8, contentType));

        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task File_OverlongIdempotencyKey_Is400NamingTheHeader()
    {
        using var worker = api.Client("worker");

        var response = await worker.PostJsonAsync("/api/cases", TestData.Filing("badmark", "badmark-z.com", 50), r => r.Headers.Add("Idempotency-Key", new string('k', 300)));

        Assert.Equal("Idempotency-Key", (string?)(await response.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation"))["field"]);
    }
}
