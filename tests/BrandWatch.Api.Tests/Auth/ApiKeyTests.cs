using System.Diagnostics;
using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Auth;

public sealed class ApiKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Request_WithoutKey_Is401ProblemNamingAuthorization()
    {
        using var client = api.Anonymous();

        var problem = await (await client.FetchAsync("/api/marks")).ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");

        Assert.Equal("Authorization", (string?)problem["field"]);
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", 404, "not-found")]
    [InlineData("GET", "/api/cases/not-a-number", 404, "not-found")]
    [InlineData("DELETE", "/api/cases", 405, "bad-request")]
    public async Task UnmatchedRequest_IsAProblemToo(string method, string path, int status, string type)
    {
        using var client = api.Client("ci");

        var response = await client.SendAsync(new HttpMethod(method), path);

        await response.ExpectProblemAsync((HttpStatusCode)status, type);
    }

    [Fact]
    public async Task Request_WithUnknownKey_Is401()
    {
        using var client = api.Anonymous();

        var response = await client.SendAsync(HttpMethod.Get, "/api/marks", configure: r => r.Headers.Add("X-Api-Key", "bw_not-a-real-key"));

        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("X-Api-Key")]
    public async Task Request_WithKeyInEitherHeader_IsAccepted(string header)
    {
        using var client = api.Anonymous();
        var value = header == "Authorization" ? "Bearer " + api.Keys["ci"] : api.Keys["ci"];

        var response = await client.SendAsync(HttpMethod.Get, "/api/marks", configure: r => r.Headers.TryAddWithoutValidation(header, value));

        await response.ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CreatedKey_IsShownOnceAndWorksUntilRevoked()
    {
        using var admin = api.Admin;
        var created = await (await admin.PostJsonAsync("/api/keys", new { role = "ci", name = "pipeline" })).ExpectAsync(HttpStatusCode.Created);
        var secret = (string)created["secret"]!;
        var id = (string)created["key"]!["id"]!;
        using var client = api.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);

        await (await client.FetchAsync("/api/marks")).ExpectAsync(HttpStatusCode.OK);
        var listed = await (await admin.FetchAsync("/api/keys")).ExpectAsync(HttpStatusCode.OK);
        await (await admin.SendAsync(HttpMethod.Delete, "/api/keys/" + id)).ExpectAsync(HttpStatusCode.NoContent);
        var after = await client.FetchAsync("/api/marks");

        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
        await after.ExpectProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [InlineData("{\"role\":\"root\"}", "role")]
    [InlineData("{\"role\":\"brand_manager\"}", "owners")]
    [InlineData("{\"role\":\"brand_manager\",\"owners\":[\"A\",\"B\"]}", "owners")]
    [InlineData("{\"role\":\"legal_reviewer\",\"owners\":[]}", "owners")]
    [InlineData("{\"role\":\"worker\",\"owners\":[\"A\"]}", "owners")]
    [InlineData("{\"role\":\"ci\",\"scope\":\"all\"}", "scope")]
    public async Task CreateKey_WithBadRequest_Is400NamingTheField(string body, string field)
    {
        using var admin = api.Admin;

        var problem = await (await admin.SendAsync(HttpMethod.Post, "/api/keys", HttpTest.RawJson(body))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation");

        Assert.Equal(field, (string?)problem["field"]);
    }

    [Theory]
    [InlineData("create-key: Option '--role' is required.")]
    [InlineData("create-key: role: must be one of admin, brand_manager, legal_reviewer, worker, ci", "--role", "owner")]
    public async Task CreateKeyCommand_BadArguments_ExitTwoWithTheReasonAndNoKey(string reason, params string[] args)
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("create-key");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__BrandWatch"] = $"Data Source={folder.File("cli.db")}";
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(HttpTest.Ct);
        var stderr = await process.StandardError.ReadToEndAsync(HttpTest.Ct);
        await process.WaitForExitAsync(HttpTest.Ct);

        Assert.Equal(2, process.ExitCode);
        Assert.Empty(stdout);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("cli.db")), "nothing is written for bad arguments");
    }

    [Fact]
    public async Task CreateKeyCommand_PrintsOnlyTheKey_WhichAuthenticates()
    {
        using var folder = new TempFolder();
        var database = folder.File("cli.db");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Path,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in new[] { "create-key", "--role", "brand_manager", "--owner", ApiFixture.OwnerA })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__BrandWatch"] = $"Data Source={database}";
        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(HttpTest.Ct);
        var stderr = await process.StandardError.ReadToEndAsync(HttpTest.Ct);
        await process.WaitForExitAsync(HttpTest.Ct);

        Assert.Equal(0, process.ExitCode);
        var key = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("bw_", key, StringComparison.Ordinal);
        Assert.Contains("brand_manager", stderr, StringComparison.Ordinal);
        await using var factory = new ApiFactory(database);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        await (await client.FetchAsync("/api/marks")).ExpectAsync(HttpStatusCode.OK);
    }
}
