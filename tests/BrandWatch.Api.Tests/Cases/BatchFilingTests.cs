using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BrandWatch.Api.Storage;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Api.Tests.ScaleOut;
using BrandWatch.Rules.Cases;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>
/// <c>POST /api/cases/batch</c> through a real Api (Kestrel on 127.0.0.1) on each provider: a SQLite file, or a new
/// database on the collection's private PostgreSQL. Same requests, same answers.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class BatchFilingTests(PostgresFixture postgres)
{
    private const string Owner = "Acme Corp";

    private static async Task<ProviderApi> StartAsync(PostgresFixture postgres, string provider, params string[] marks)
    {
        var api = await ProviderApi.StartAsync(postgres, provider);
        await api.AddCallerAsync("admin", BrandWatch.Api.Auth.Roles.Admin);
        await api.AddCallerAsync("worker", BrandWatch.Api.Auth.Roles.Worker);
        await api.AddCallerAsync("reviewer", BrandWatch.Api.Auth.Roles.LegalReviewer, Owner);
        foreach (var mark in marks)
        {
            await (await api["admin"].PostJsonAsync("/api/marks", TestData.Mark(mark, Owner))).ExpectAsync(HttpStatusCode.Created);
        }

        return api;
    }

    /// <summary>A batch body; each item is (key, filing JSON) so a test can send exactly the bytes it means.</summary>
    private static StringContent Batch(params (string? Key, string Filing)[] items) =>
        HttpTest.RawJson("{\"items\":[" + string.Join(',', items.Select(i => i.Key is null ? $"{{\"filing\":{i.Filing}}}" : $"{{\"idempotencyKey\":\"{i.Key}\",\"filing\":{i.Filing}}}")) + "]}");

    private static string Json(CaseFiling filing) => JsonSerializer.Serialize(filing, ContractJson.Options);

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(ProviderApi api, string sql)
    {
        await using var connection = await api.Services.GetRequiredService<ApiDatabase>().OpenAsync(HttpTest.Ct);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task FileBatch_NewSubjects_CreatesACaseEachWithItsAuditAndOutboxRowInOrder(string provider)
    {
        await using var api = await StartAsync(postgres, provider, "acme");
        var subjects = Enumerable.Range(0, 5).Select(i => $"acme-batch-{i}.com").ToList();

        var response = await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", Batch([.. subjects.Select(s => ((string?)$"k-{s}", Json(TestData.Filing("acme", s, 70))))]));
        var results = (await response.ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var events = await QueryAsync<(long CaseId, string EventType)>(api, "SELECT case_id, event_type FROM case_events ORDER BY case_id");
        var audit = await QueryAsync<(long CaseId, string Note)>(api, "SELECT case_id, note FROM case_audit ORDER BY case_id");
        var detail = await (await api["reviewer"].FetchAsync((string)results[2]!["location"]!)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => (int)r!["index"]!));
        Assert.All(results, r => Assert.Equal(("created", 201), ((string)r!["result"]!, (int)r["status"]!)));
        Assert.Equal(subjects, results.Select(r => (string)r!["case"]!["subject"]!));
        Assert.Equal(subjects.Select(s => $"k-{s}"), results.Select(r => (string)r!["idempotencyKey"]!));
        var ids = results.Select(r => (long)r!["case"]!["id"]!).ToList();
        Assert.Equal(ids.Select(id => (id, "case-filed")), events);
        Assert.Equal(ids.Select(id => (id, "filed")), audit);
        Assert.Equal(subjects[2], (string)detail["case"]!["subject"]!);
        Assert.Equal("\"c-1\"", (string)results[2]!["eTag"]!);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task FileBatch_ValidInvalidAndDuplicateItems_AnswersEachInOrderAndFilesOnlyTheGoodOnes(string provider)
    {
        await using var api = await StartAsync(postgres, provider, "acme");
        var worker = api["worker"];
        var known = Json(TestData.Filing("acme", "acme-known.com", 60));
        await (await worker.SendAsync(HttpMethod.Post, "/api/cases", HttpTest.RawJson(known), r => r.Headers.Add("Idempotency-Key", "known"))).ExpectAsync(HttpStatusCode.Created);
        var fresh = Json(TestData.Filing("acme", "acme-fresh.com", 70));
        var badSubject = Json(TestData.Filing("acme", "not a domain", 70));
        var unknownMark = Json(TestData.Filing("nobody", "nobody-shop.com", 70));
        var overPriority = Json(TestData.Filing("acme", "acme-over.com", 70)).Replace("\"priority\":70", "\"priority\":170", StringComparison.Ordinal);

        var response = await worker.SendAsync(HttpMethod.Post, "/api/cases/batch", Batch(
            ("fresh", fresh),                                                    // 0 created
            ("bad-subject", badSubject),                                         // 1 refused 400, subject
            ("known", known),                                                    // 2 duplicate of the single filing above
            ("unknown-mark", unknownMark),                                       // 3 refused 422
            ("fresh", fresh),                                                    // 4 duplicate of item 0
            ("known", Json(TestData.Filing("acme", "acme-known.com", 65))),      // 5 refused 422: the key filed another body
            ("re-check", Json(TestData.Filing("acme", "acme-known.com", 80))),   // 6 refiled onto the open case
            ("over", overPriority),                                              // 7 refused 400, verdict.priority
            ("bad key with spaces", fresh),                                      // 8 refused 400, idempotencyKey
            (null, "{\"mark\":\"acme\"}")));                                     // 9 refused 400: required fields missing
        var results = (await response.ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var cases = await QueryAsync<(string Subject, long Filings)>(api, "SELECT subject, filings FROM cases ORDER BY subject");
        var filedEvents = await QueryAsync<long>(api, "SELECT COUNT(*) FROM case_events WHERE event_type = 'case-filed'");

        Assert.Equal(
            [("created", 201), ("refused", 400), ("duplicate", 201), ("refused", 422), ("duplicate", 201), ("refused", 422), ("refiled", 200), ("refused", 400), ("refused", 400), ("refused", 400)],
            results.Select(r => ((string)r!["result"]!, (int)r["status"]!)));
        Assert.Equal("subject", (string)results[1]!["problem"]!["field"]!);
        Assert.Equal("https://brandwatch.dev/problems/unknown-mark", (string)results[3]!["problem"]!["type"]!);
        Assert.Equal("https://brandwatch.dev/problems/idempotency-key-reused", (string)results[5]!["problem"]!["type"]!);
        Assert.Equal("verdict.priority", (string)results[7]!["problem"]!["field"]!);
        Assert.Equal("idempotencyKey", (string)results[8]!["problem"]!["field"]!);
        Assert.Equal("https://brandwatch.dev/problems/validation", (string)results[9]!["problem"]!["type"]!);
        Assert.Equal((long)results[0]!["case"]!["id"]!, (long)results[4]!["case"]!["id"]!);
        Assert.Equal((long)results[2]!["case"]!["id"]!, (long)results[6]!["case"]!["id"]!);
        Assert.Equal([("acme-fresh.com", 1L), ("acme-known.com", 2L)], cases);
        Assert.Equal(2L, Assert.Single(filedEvents));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task FileBatch_SentTwice_ReplaysEveryAnswerAndFilesNothingMore(string provider)
    {
        await using var api = await StartAsync(postgres, provider, "acme");
        var body = Enumerable.Range(0, 8).Select(i => ((string?)$"replay-{i}", Json(TestData.Filing("acme", $"acme-replay-{i}.com", 40 + i)))).ToArray();

        var first = (await (await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", Batch(body))).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var again = (await (await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", Batch(body))).ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
        var filings = await QueryAsync<long>(api, "SELECT COUNT(*) FROM case_filings");
        var events = await QueryAsync<long>(api, "SELECT COUNT(*) FROM case_events");

        Assert.All(first, r => Assert.Equal("created", (string)r!["result"]!));
        Assert.All(again, r => Assert.Equal(("duplicate", 201), ((string)r!["result"]!, (int)r["status"]!)));
        Assert.Equal(first.Select(r => r!["case"]!.ToJsonString()), again.Select(r => r!["case"]!.ToJsonString()));
        Assert.Equal(8L, Assert.Single(filings));
        Assert.Equal(8L, Assert.Single(events));
    }

    [Fact]
    public async Task FileBatch_NewAndOpenNamesOneNameTwiceAndAnAnsweredKey_LeaveTheSameRowsOnBothProviders()
    {
        // PostgreSQL starts a transaction's new cases together (NewCases); SQLite files one by one: same rows, same answers.
        var dumps = new List<List<string>>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            await using var api = await StartAsync(postgres, provider, "acme", "zeta");
            var worker = api["worker"];
            var known = Json(TestData.Filing("acme", "acme-known.com", 60));
            await (await worker.SendAsync(HttpMethod.Post, "/api/cases", HttpTest.RawJson(known), r => r.Headers.Add("Idempotency-Key", "known"))).ExpectAsync(HttpStatusCode.Created);
            var seen = new BrandWatch.Rules.Cases.CaseSighting { Source = CaseSource.Nrd, Feed = "whoisds", Item = "line 4", SeenAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) };
            var response = await worker.SendAsync(HttpMethod.Post, "/api/cases/batch", Batch(
                ("n1", Json(TestData.Filing("acme", "acme-new-1.com", 70))),
                ("n2", Json(TestData.Filing("zeta", "zeta-new-2.com", 71) with { Sighting = seen })),
                ("n3", Json(TestData.Filing("acme", "acme-new-3.com", 72) with { Source = CaseSource.Ct })),
                ("known", known),                                                          // answered before: replayed
                ("k5", Json(TestData.Filing("acme", "acme-known.com", 85))),               // onto the open case, priority raised
                ("k6", Json(TestData.Filing("zeta", "zeta-twice.com", 40))),               // one name twice: created, then refiled
                ("k7", Json(TestData.Filing("zeta", "zeta-twice.com", 90))),
                (null, Json(TestData.Filing("zeta", "https://zeta-new-2.com/login", 75, SubjectKind.Phishing))), // a page of a name just filed
                ("n9", Json(TestData.Filing("nobody", "nobody-shop.com", 70)))));           // refused: no such mark
            var results = (await response.ExpectAsync(HttpStatusCode.OK))["results"]!.AsArray();
            var dump = results.Select(r => $"{r!["result"]} {r["status"]} {r["case"]?["subject"]} {r["case"]?["priority"]} {r["case"]?["filings"]} {r["case"]?["firstSeenAt"] is not null}").ToList();
            dump.AddRange(await QueryAsync<string>(api,
                "SELECT subject || ' ' || kind || ' ' || status || ' ' || priority || ' ' || filings || ' ' || version || ' ' || " +
                "CASE WHEN first_seen_at = filed_at THEN 'filed' ELSE first_seen_at END FROM cases ORDER BY id"));
            // Each case's own rows in the order they were written; PostgreSQL writes those of the cases it started
            // together before the other filings of the transaction, so the order across cases is not compared.
            dump.AddRange(await QueryAsync<string>(api,
                "SELECT c.subject || ' ' || COALESCE(a.from_status, '-') || ' ' || a.to_status || ' ' || a.note FROM case_audit a JOIN cases c ON c.id = a.case_id ORDER BY c.id, a.id"));
            dump.AddRange(await QueryAsync<string>(api,
                "SELECT c.subject || ' ' || e.event_type || ' ' || e.priority FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY c.id, e.id"));
            dump.AddRange(await QueryAsync<string>(api, "SELECT c.subject || ' ' || f.priority FROM case_filings f JOIN cases c ON c.id = f.case_id ORDER BY c.id, f.id"));
            dump.AddRange(await QueryAsync<string>(api, "SELECT domain || ' ' || source || ' ' || feed || ' ' || seen_at FROM case_sightings ORDER BY id"));
            dump.AddRange(await QueryAsync<string>(api, "SELECT idempotency_key || ' ' || status FROM idempotency_keys ORDER BY idempotency_key"));
            dumps.Add(dump);
        }

        Assert.Equal(dumps[0], dumps[1]);
        Assert.Equal("duplicate 201 acme-known.com 60 1 True", dumps[0][3]);
        Assert.Equal(["created", "refiled"], new[] { 5, 6 }.Select(i => dumps[0][i].Split(' ')[0]));
        Assert.Contains("acme-new-3.com domain new 72 1 1 2026-01-10T12:00:00.0000000Z", dumps[0]); // first seen: its own sighting
        Assert.Contains("https://zeta-new-2.com/login phishing new 71 2 2 2026-01-02T00:00:00.0000000Z", dumps[0]); // the page's case, then the name's sighting
        Assert.Contains("acme-new-1.com - new filed", dumps[0]);
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadBatches() => new()
    {
        { "no items", "{\"items\":[]}", HttpStatusCode.BadRequest, "items" },
        { "too many items", "{\"items\":[" + string.Join(',', Enumerable.Repeat("{\"filing\":{}}", BatchFilingLimit + 1)) + "]}", HttpStatusCode.BadRequest, "items" },
        { "items not an array", "{\"items\":{}}", HttpStatusCode.BadRequest, "items" },
        { "an unknown field", "{\"items\":[],\"extra\":1}", HttpStatusCode.BadRequest, "extra" },
        { "not JSON", "{\"items\":[", HttpStatusCode.BadRequest, "body" },
        { "an array", "[]", HttpStatusCode.BadRequest, "body" },
    };

    private const int BatchFilingLimit = FilingBatches.MaxItems;

    [Theory]
    [MemberData(nameof(BadBatches))]
    public async Task FileBatch_BadEnvelope_Is400NamingTheFieldAndFilesNothing(string why, string body, HttpStatusCode status, string field)
    {
        await using var api = await StartAsync(postgres, "sqlite", "acme");

        var problem = await (await api["worker"].SendAsync(HttpMethod.Post, "/api/cases/batch", HttpTest.RawJson(body))).ExpectAsync(status);

        Assert.True(field == (string?)problem["field"], $"{why}: {problem.ToJsonString()}");
        Assert.Equal(0L, Assert.Single(await QueryAsync<long>(api, "SELECT COUNT(*) FROM cases")));
    }

    [Fact]
    public async Task FileBatch_ReviewerKey_Is403()
    {
        await using var api = await StartAsync(postgres, "sqlite", "acme");

        var response = await api["reviewer"].SendAsync(HttpMethod.Post, "/api/cases/batch", Batch(("k", Json(TestData.Filing("acme", "acme-x.com", 50)))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
