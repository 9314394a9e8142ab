using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Auth;

/// <summary><c>GET /api/me</c> for each role: who the key is, its owners, and flags that match what the endpoints allow.</summary>
public sealed class MeTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>One endpoint guarded by the policy behind each flag; a call it refuses answers 403, anything else is "allowed".</summary>
    public static TheoryData<string, string, string> FlagProbes => new()
    {
        { "canReadMarks", "GET", "/api/marks" },
        { "canManageMarks", "POST", "/api/marks/import" },
        { "canReadCases", "GET", "/api/cases/counts" },
        { "canFile", "POST", "/api/cases" },
        { "canReview", "POST", "/api/cases/999999/transitions" },
        { "canManageSubscriptions", "GET", "/api/subscriptions" },
        { "isAdmin", "GET", "/api/keys" },
        { "canSubmit", "GET", "/api/submissions/mine" },
    };

    public static TheoryData<string, string, string, bool, string> Roles => new()
    {
        // who, role, owners (comma-separated), allOwners, the flags that are true
        { "admin", "admin", "", true, "canReadMarks canManageMarks canReadCases canFile canReview canManageSubscriptions isAdmin canSubmit" },
        { "manager-a", "brand_manager", ApiFixture.OwnerA, false, "canReadMarks canManageMarks canReadCases canManageSubscriptions canSubmit" },
        { "manager-b", "brand_manager", ApiFixture.OwnerB, false, "canReadMarks canManageMarks canReadCases canManageSubscriptions canSubmit" },
        { "reviewer-a", "legal_reviewer", ApiFixture.OwnerA, false, "canReadMarks canReadCases canReview canSubmit" },
        { "worker", "worker", "", true, "canReadMarks canFile" },
        { "ci", "ci", "", true, "canReadMarks canReadCases" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Me_ForEachRole_NamesTheKeyItsOwnersAndWhatItMayDo(string who, string role, string owners, bool allOwners, string allowed)
    {
        using var client = api.Client(who);

        var me = await (await client.FetchAsync("/api/me")).ExpectAsync(HttpStatusCode.OK);

        var keyId = (await api.QueryAsync<string>("SELECT id FROM api_keys WHERE name = @who", new { who })).Single();
        Assert.Equal(keyId, (string?)me["keyId"]);
        Assert.Equal(who, (string?)me["name"]);
        Assert.Equal(role, (string?)me["role"]);
        Assert.Equal(owners.Length == 0 ? [] : owners.Split(','), me["owners"]!.AsArray().Select(o => (string?)o).ToArray());
        Assert.Equal(allOwners, (bool?)me["allOwners"]);
        var expected = allowed.Split(' ').ToHashSet(StringComparer.Ordinal);
        foreach (var flag in FlagProbes.Select(row => (string)row.Data.Item1))
        {
            Assert.True(expected.Contains(flag) == (bool?)me[flag], $"{who}: {flag} is {me[flag]?.ToJsonString() ?? "missing"}");
        }

        Assert.DoesNotContain(api.Keys[who], me.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The flags are not a second copy of the rules: each must agree with what its endpoint actually does.</summary>
    [Theory]
    [MemberData(nameof(FlagProbes))]
    public async Task MeFlag_ForEveryRole_AgreesWithTheEndpointItStandsFor(string flag, string method, string path)
    {
        foreach (var who in new[] { "admin", "manager-a", "reviewer-a", "worker", "ci" })
        {
            using var client = api.Client(who);
            var me = await (await client.FetchAsync("/api/me")).ExpectAsync(HttpStatusCode.OK);
            // Bodies that fail validation or name nothing: an allowed call answers 4xx but never 403, and changes nothing.
            HttpContent? body = method == "POST" ? HttpTest.RawJson("{}") : null;

            var response = await client.SendAsync(new HttpMethod(method), path, body);

            Assert.True((bool?)me[flag] == (response.StatusCode != HttpStatusCode.Forbidden),
                $"{who}: /api/me says {flag}={me[flag]?.ToJsonString()}, {method} {path} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bw_not-a-real-key")]
    public async Task Me_WithoutAValidKey_Is401Problem(string? key)
    {
        using var client = api.Anonymous();

        var response = await client.SendAsync(HttpMethod.Get, "/api/me", configure: r =>
        {
            if (key is not null)
            {
                r.Headers.Add("X-Api-Key", key);
            }
        });

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Me_AfterTheKeyIsRevoked_Is401Problem()
    {
        using var admin = api.Admin;
        var created = await (await admin.PostJsonAsync("/api/keys", new { role = "ci", name = "short-lived" })).ExpectAsync(HttpStatusCode.Created);
        using var client = api.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        var before = await (await client.FetchAsync("/api/me")).ExpectAsync(HttpStatusCode.OK);

        await (await admin.SendAsync(HttpMethod.Delete, "/api/keys/" + (string)created["key"]!["id"]!)).ExpectAsync(HttpStatusCode.NoContent);

        Assert.Equal("short-lived", (string?)before["name"]);
        await (await client.FetchAsync("/api/me")).ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task OpenApi_DescribesMe()
    {
        using var client = api.Anonymous();

        var document = await (await client.FetchAsync("/openapi/v1.json")).ExpectAsync(HttpStatusCode.OK);

        var get = document["paths"]?["/api/me"]?["get"];
        Assert.NotNull(get);
        Assert.NotNull(get["responses"]?["200"]);
        Assert.NotNull(get["responses"]?["401"]);
        var schema = document["components"]?["schemas"]?["MeResponse"]?["properties"]?.AsObject();
        Assert.NotNull(schema);
        Assert.Contains("canReview", schema.Select(p => p.Key));
    }
}
