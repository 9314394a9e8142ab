using System.Globalization;
using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Submissions;

/// <summary>Manual submissions: who may post and read them, what is refused and why, duplicates, and the Worker's paging.</summary>
public sealed class SubmissionsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<string, string, string, int> Calls => new()
    {
        // Posting: legal reviewers, brand managers and admins.
        { "reviewer-a", "POST", "/api/submissions", 201 }, { "manager-a", "POST", "/api/submissions", 201 }, { "admin", "POST", "/api/submissions", 201 },
        { "worker", "POST", "/api/submissions", 403 }, { "ci", "POST", "/api/submissions", 403 },
        // The queue in id order: the Worker and admins.
        { "worker", "GET", "/api/submissions", 200 }, { "admin", "GET", "/api/submissions", 200 },
        { "reviewer-a", "GET", "/api/submissions", 403 }, { "manager-a", "GET", "/api/submissions", 403 }, { "ci", "GET", "/api/submissions", 403 },
        // One's own submissions: whoever may post.
        { "reviewer-a", "GET", "/api/submissions/mine", 200 }, { "manager-b", "GET", "/api/submissions/mine", 200 }, { "admin", "GET", "/api/submissions/mine", 200 },
        { "worker", "GET", "/api/submissions/mine", 403 }, { "ci", "GET", "/api/submissions/mine", 403 },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Role_SubmissionCall_IsAllowedOrRefusedAsTheRoleSays(string who, string method, string path, int expected)
    {
        using var client = api.Client(who);
        var body = method == "POST" ? HttpTest.Json(new { value = $"role-{who}-login.com" }) : null;

        var response = await client.SendAsync(new HttpMethod(method), path, body);

        Assert.True(expected == (int)response.StatusCode, $"{who} {method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(HttpTest.Ct)}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("POST", "/api/submissions")]
    [InlineData("GET", "/api/submissions")]
    [InlineData("GET", "/api/submissions/mine")]
    public async Task Anonymous_SubmissionCall_IsUnauthorized(string method, string path)
    {
        using var client = api.Anonymous();

        var response = await client.SendAsync(new HttpMethod(method), path, method == "POST" ? HttpTest.Json(new { value = "anonymous-login.com" }) : null);

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { """{"value":""}""", "value", "is required" },
        { """{"value":"   "}""", "value", "is required" },
        { """{"value":"not a domain"}""", "value", "is not a domain name" },
        { """{"value":"localhost"}""", "value", "has no dot" },
        { """{"value":"co.uk"}""", "value", "public suffix" },
        { """{"value":"127.0.0.1"}""", "value", "IP address" },
        { """{"value":"paypal-login.com/path"}""", "value", "is not a domain name" },
        { """{"value":"javascript:alert(1)"}""", "value", "is not a domain name" },
        { """{"value":"ftp://paypal-login.com/file"}""", "value", "only http and https" },
        { """{"value":"http://user:secret@paypal-login.com/"}""", "value", "user name or password" },
        { """{"value":"http://10.0.0.1/login"}""", "value", "IP address" },
        { """{"value":"https://[::1]/login"}""", "value", "IP address" },
        { """{"value":"https://localhost/login"}""", "value", "host that is not a domain name" },
        { """{"value":"https://exa mple.com/"}""", "value", "not a valid URL" },
        { "{\"value\":\"" + new string('a', 2049) + ".com\"}", "value", "longer than 2048 characters" },
        { "{\"value\":\"" + string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + ".com\"}", "value", "longer than 253" },
        { "{\"value\":\"https://paypal-login.com/" + new string('p', 2040) + "\"}", "value", "longer than 2048 characters" },
        { "{\"value\":\"paypal-login.com\",\"note\":\"" + new string('n', 1001) + "\"}", "note", "longer than 1000 characters" },
        { """{"value":"paypal-login.com","note":"bell\u0007"}""", "note", "control characters" },
        { """{"note":"no value"}""", "value", "is required" },
        { """{"value":null}""", "value", "wrong type" },
        { """{"value":5}""", "value", "wrong type" },
        { """{"value":"paypal-login.com","owner":"Acme Corp."}""", "owner", "is not a known field" },
        { "[]", "body", "wrong type" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadInput_AnswersAProblemNamingTheField(string json, string field, string message)
    {
        using var reviewer = api.Client("reviewer-a");

        var problem = await (await reviewer.SendAsync(HttpMethod.Post, "/api/submissions", HttpTest.RawJson(json))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
        Assert.Contains(message, (string?)problem["errors"]![field]![0], StringComparison.Ordinal);
        Assert.Empty(await api.QueryAsync<long>("SELECT id FROM submissions WHERE submitted_by = 'reviewer-a' AND value LIKE '%paypal-login%'"));
    }

    [Fact]
    public async Task Post_MalformedJson_AnswersMalformedJsonProblem()
    {
        using var reviewer = api.Client("reviewer-a");

        var problem = await (await reviewer.SendAsync(HttpMethod.Post, "/api/submissions", HttpTest.RawJson("{\"value\":"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "malformed-json");

        Assert.Equal("value", (string?)problem["field"]);
    }

    [Fact]
    public async Task Post_NotJson_AnswersUnsupportedMediaType()
    {
        using var reviewer = api.Client("reviewer-a");

        var response = await reviewer.SendAsync(HttpMethod.Post, "/api/submissions", new StringContent("paypal-login.com"));

        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Empty(await api.QueryAsync<long>("SELECT id FROM submissions WHERE value = 'paypal-login.com'"));
    }

    [Theory]
    [InlineData("Norm-Login.COM.", "norm-login.com", "domain", "norm-login.com")]
    [InlineData("  bücher-login.de ", "xn--bcher-login-thb.de", "domain", "xn--bcher-login-thb.de")]
    [InlineData("https://Norm-Url.com/signin?next=%2Fhome", "https://norm-url.com/signin?next=%2Fhome", "url", "norm-url.com")]
    [InlineData("http://norm-url.com:8080/a b", "http://norm-url.com:8080/a%20b", "url", "norm-url.com")]
    [InlineData("https://www.bücher-url.de/", "https://www.xn--bcher-url-q9a.de/", "url", "www.xn--bcher-url-q9a.de")]
    public async Task Post_ValidValue_StoresItNormalisedWithItsHost(string value, string normalised, string kind, string host)
    {
        using var reviewer = api.Client("reviewer-a");

        var created = await (await reviewer.PostJsonAsync("/api/submissions", new { value, note = "  seen in a phishing mail  " })).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(normalised, (string?)created["value"]);
        Assert.Equal(kind, (string?)created["kind"]);
        Assert.Equal(host, (string?)created["host"]);
        Assert.Equal("seen in a phishing mail", (string?)created["note"]);
        Assert.Equal("reviewer-a", (string?)created["submittedBy"]);
        Assert.Equal("pending", (string?)created["status"]);
        var stored = await api.QueryAsync<string>("SELECT value FROM submissions WHERE id = @Id", new { Id = (long)created["id"]! });
        Assert.Equal([normalised], stored);
    }

    [Fact]
    public async Task Post_SameValueWhilePending_AnswersTheExistingSubmission()
    {
        using var reviewer = api.Client("reviewer-a");
        using var manager = api.Client("manager-a");

        var first = await (await reviewer.PostJsonAsync("/api/submissions", new { value = "dup-login.com" })).ExpectAsync(HttpStatusCode.Created);
        var again = await (await reviewer.PostJsonAsync("/api/submissions", new { value = "DUP-login.com." })).ExpectAsync(HttpStatusCode.OK);
        var other = await (await manager.PostJsonAsync("/api/submissions", new { value = "dup-login.com", note = "me too" })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal((long)first["id"]!, (long)again["id"]!);
        Assert.Equal((long)first["id"]!, (long)other["id"]!);
        Assert.Equal("reviewer-a", (string?)other["submittedBy"]);
        Assert.Single(await api.QueryAsync<long>("SELECT id FROM submissions WHERE value = 'dup-login.com'"));
    }

    [Fact]
    public async Task Post_SameValuePendingForAnotherOwner_IsANewSubmissionAndShowsNothingOfTheOther()
    {
        using var managerA = api.Client("manager-a");
        using var managerB = api.Client("manager-b");

        var ofA = await (await managerA.PostJsonAsync("/api/submissions", new { value = "tenant-leak-login.com", note = "A's confidential lead" })).ExpectAsync(HttpStatusCode.Created);
        var ofB = await (await managerB.PostJsonAsync("/api/submissions", new { value = "tenant-leak-login.com" })).ExpectAsync(HttpStatusCode.Created);
        var againB = await (await managerB.PostJsonAsync("/api/submissions", new { value = "tenant-leak-login.com", note = "twice" })).ExpectAsync(HttpStatusCode.OK);

        Assert.NotEqual((long)ofA["id"]!, (long)ofB["id"]!);
        Assert.Equal("manager-b", (string?)ofB["submittedBy"]);
        Assert.Null(ofB["note"]);
        Assert.Equal((long)ofB["id"]!, (long)againB["id"]!);
        Assert.DoesNotContain("A's confidential lead", againB.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, (await api.QueryAsync<long>("SELECT id FROM submissions WHERE value = 'tenant-leak-login.com'")).Count);
    }

    [Fact]
    public async Task WorkerPaging_AfterAndLimit_ReturnsIncreasingIdsAndMarksPassedOnesPickedUp()
    {
        using var reviewer = api.Client("reviewer-a");
        using var worker = api.Client("worker");
        var ids = new List<long>();
        foreach (var value in new[] { "page-one.com", "https://page-two.com/login", "page-three.com" })
        {
            ids.Add((long)(await (await reviewer.PostJsonAsync("/api/submissions", new { value })).ExpectAsync(HttpStatusCode.Created))["id"]!);
        }

        var start = ids[0] - 1;
        var first = (await (await worker.FetchAsync($"/api/submissions?after={start}&limit=2")).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var firstIds = first.Select(i => (long)i!["id"]!).ToArray();
        var rest = (await (await worker.FetchAsync($"/api/submissions?after={firstIds[^1]}&limit=1000")).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();

        Assert.Equal(ids.Take(2), firstIds);
        Assert.Equal("https://page-two.com/login", (string?)first[1]!["value"]);
        Assert.Equal("reviewer-a", (string?)first[1]!["submittedBy"]);
        Assert.True(DateTimeOffset.TryParse((string?)first[1]!["submittedAt"], CultureInfo.InvariantCulture, out _));
        var restIds = rest.Select(i => (long)i!["id"]!).ToArray();
        Assert.Contains(ids[2], restIds);
        Assert.All(restIds, id => Assert.True(id > firstIds[^1]));
        Assert.Equal(restIds.Order(), restIds);

        var mine = (await (await reviewer.FetchAsync("/api/submissions/mine")).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var status = mine.ToDictionary(i => (long)i!["id"]!, i => (string?)i!["status"]);
        Assert.Equal("picked-up", status[ids[0]]);
        Assert.Equal("picked-up", status[ids[1]]);
        Assert.Equal("pending", status[ids[2]]);

        // Once the Worker's cursor has passed it, the same value is a new submission to screen again.
        var resubmitted = await (await reviewer.PostJsonAsync("/api/submissions", new { value = "page-one.com" })).ExpectAsync(HttpStatusCode.Created);
        Assert.True((long)resubmitted["id"]! > ids[2]);
    }

    [Fact]
    public async Task AdminPaging_DoesNotMarkAnythingPickedUp()
    {
        using var reviewer = api.Client("reviewer-a");
        using var admin = api.Admin;
        var id = (long)(await (await reviewer.PostJsonAsync("/api/submissions", new { value = "admin-peek.com" })).ExpectAsync(HttpStatusCode.Created))["id"]!;

        await (await admin.FetchAsync($"/api/submissions?after={id}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(["pending"], (await api.QueryAsync<string>("SELECT CASE WHEN picked_up_at IS NULL THEN 'pending' ELSE 'picked-up' END FROM submissions WHERE id = @id", new { id })));
    }

    [Theory]
    [InlineData("/api/submissions?after=-1", "after")]
    [InlineData("/api/submissions?after=abc", "after")]
    [InlineData("/api/submissions?after=1.5", "after")]
    [InlineData("/api/submissions?limit=0", "limit")]
    [InlineData("/api/submissions?limit=1001", "limit")]
    [InlineData("/api/submissions?after=0&limit=ten", "limit")]
    [InlineData("/api/submissions/mine?limit=0", "limit")]
    public async Task List_BadQuery_AnswersAProblemNamingTheParameter(string url, string field)
    {
        using var client = api.Client(url.Contains("/mine", StringComparison.Ordinal) ? "reviewer-a" : "worker");

        var problem = await (await client.FetchAsync(url)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
    }

    [Fact]
    public async Task Mine_ListsOnlyTheCallersOwnSubmissionsNewestFirst()
    {
        using var reviewer = api.Client("reviewer-a");
        using var manager = api.Client("manager-b");
        await (await manager.PostJsonAsync("/api/submissions", new { value = "mine-manager.com" })).ExpectAsync(HttpStatusCode.Created);
        var older = (long)(await (await reviewer.PostJsonAsync("/api/submissions", new { value = "mine-older.com" })).ExpectAsync(HttpStatusCode.Created))["id"]!;
        var newer = (long)(await (await reviewer.PostJsonAsync("/api/submissions", new { value = "mine-newer.com" })).ExpectAsync(HttpStatusCode.Created))["id"]!;

        var items = (await (await reviewer.FetchAsync("/api/submissions/mine?limit=1000")).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray();

        Assert.All(items, i => Assert.Equal("reviewer-a", (string?)i!["submittedBy"]));
        Assert.DoesNotContain(items, i => (string?)i!["value"] == "mine-manager.com");
        var ids = items.Select(i => (long)i!["id"]!).ToList();
        Assert.True(ids.IndexOf(newer) < ids.IndexOf(older));
    }

    [Fact]
    public async Task OpenApi_DescribesTheSubmissionEndpoints()
    {
        using var client = api.Anonymous();

        var document = await (await client.FetchAsync("/openapi/v1.json")).ExpectAsync(HttpStatusCode.OK);

        var queue = document["paths"]?["/api/submissions"];
        Assert.NotNull(queue?["post"]?["requestBody"]?["content"]?["application/json"]);
        var parameters = queue?["get"]?["parameters"]?.AsArray().Select(p => (string?)p!["name"]).ToArray() ?? [];
        Assert.Equal(["after", "limit"], parameters);
        Assert.NotNull(document["paths"]?["/api/submissions/mine"]?["get"]);
        Assert.Equal("Submissions", (string?)queue?["post"]?["tags"]?[0]);
    }
}
