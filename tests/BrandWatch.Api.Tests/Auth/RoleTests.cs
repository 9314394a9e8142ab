using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Auth;

/// <summary>Each role's allowed and forbidden calls, one row per (key, call), on a case of owner A and one of owner B.</summary>
public sealed class RoleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static long _caseA;
    private static long _caseB;

    private Task SeedAsync() => api.OnceAsync("roles", async () =>
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("rolea", ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("roleb", ApiFixture.OwnerB))).ExpectAsync(HttpStatusCode.Created);
        _caseA = (long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("rolea", "rolea-login.com", 60))).ExpectAsync(HttpStatusCode.Created))["id"]!;
        _caseB = (long)(await (await worker.PostJsonAsync("/api/cases", TestData.Filing("roleb", "roleb-login.com", 60))).ExpectAsync(HttpStatusCode.Created))["id"]!;
    });

    public static TheoryData<string, string, string, int> Calls => new()
    {
        // Reading marks and the portfolio: every role.
        { "admin", "GET", "/api/marks", 200 }, { "manager-a", "GET", "/api/marks", 200 }, { "reviewer-a", "GET", "/api/marks", 200 },
        { "worker", "GET", "/api/marks", 200 }, { "ci", "GET", "/api/marks", 200 },
        { "worker", "GET", "/api/portfolio", 200 }, { "ci", "GET", "/api/portfolio", 200 },
        { "manager-a", "GET", "/api/marks/rolea", 200 }, { "manager-b", "GET", "/api/marks/rolea", 404 }, { "reviewer-a", "GET", "/api/marks/roleb", 404 },
        // Writing marks: admins and brand managers only.
        { "admin", "POST", "/api/marks", 201 }, { "manager-a", "POST", "/api/marks", 201 },
        { "reviewer-a", "POST", "/api/marks", 403 }, { "worker", "POST", "/api/marks", 403 }, { "ci", "POST", "/api/marks", 403 },
        { "ci", "POST", "/api/marks/rolea/retire", 403 }, { "worker", "POST", "/api/marks/import", 403 },
        // Filing: workers and admins.
        { "worker", "POST", "/api/cases", 200 }, { "admin", "POST", "/api/cases", 200 },
        { "manager-a", "POST", "/api/cases", 403 }, { "reviewer-a", "POST", "/api/cases", 403 }, { "ci", "POST", "/api/cases", 403 },
        // Reading cases: everyone but the worker, scoped by owner.
        { "admin", "GET", "/api/cases", 200 }, { "manager-a", "GET", "/api/cases", 200 }, { "reviewer-a", "GET", "/api/cases", 200 },
        { "ci", "GET", "/api/cases", 200 }, { "worker", "GET", "/api/cases", 403 }, { "worker", "GET", "/api/cases/counts", 403 },
        { "admin", "GET", "/api/cases/{a}", 200 }, { "manager-a", "GET", "/api/cases/{a}", 200 }, { "reviewer-a", "GET", "/api/cases/{a}", 200 },
        { "ci", "GET", "/api/cases/{a}", 200 }, { "worker", "GET", "/api/cases/{a}", 403 },
        { "manager-b", "GET", "/api/cases/{a}", 404 }, { "reviewer-a", "GET", "/api/cases/{b}", 404 }, { "manager-a", "GET", "/api/cases/{b}", 404 },
        { "ci", "GET", "/api/cases/{a}/evidence-package", 200 }, { "worker", "GET", "/api/cases/{a}/evidence-package", 403 },
        { "manager-b", "GET", "/api/cases/{a}/evidence-package", 404 },
        // Reviewing: legal reviewers of the owner and admins (428: authorised, but If-Match was not sent).
        { "reviewer-a", "POST", "/api/cases/{a}/transitions", 428 }, { "admin", "POST", "/api/cases/{a}/transitions", 428 },
        { "reviewer-a", "POST", "/api/cases/{b}/transitions", 404 },
        { "manager-a", "POST", "/api/cases/{a}/transitions", 403 }, { "ci", "POST", "/api/cases/{a}/transitions", 403 },
        { "worker", "POST", "/api/cases/{a}/transitions", 403 },
        // Keys: admins only.
        { "admin", "GET", "/api/keys", 200 }, { "manager-a", "GET", "/api/keys", 403 }, { "reviewer-a", "GET", "/api/keys", 403 },
        { "worker", "GET", "/api/keys", 403 }, { "ci", "GET", "/api/keys", 403 }, { "ci", "POST", "/api/keys", 403 },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Role_Call_IsAllowedOrRefusedAsTheRoleSays(string who, string method, string path, int expected)
    {
        await SeedAsync();
        using var client = api.Client(who);
        var url = path.Replace("{a}", _caseA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{b}", _caseB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        HttpContent? body = (method, path) switch
        {
            ("POST", "/api/marks") => HttpTest.Json(TestData.Mark($"m-{who}", who == "manager-a" ? ApiFixture.OwnerA : ApiFixture.OwnerB)),
            ("POST", "/api/marks/import") => HttpTest.RawJson("{\"marks\":[]}"),
            ("POST", "/api/cases") => HttpTest.Json(TestData.Filing("rolea", "rolea-login.com", 60)),
            ("POST", "/api/keys") => HttpTest.RawJson("{\"role\":\"ci\"}"),
            ("POST", _) when path.EndsWith("/transitions", StringComparison.Ordinal) => HttpTest.RawJson("{\"to\":\"in_review\"}"),
            _ => null,
        };

        var response = await client.SendAsync(new HttpMethod(method), url, body);

        Assert.True(expected == (int)response.StatusCode, $"{who} {method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(HttpTest.Ct)}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
