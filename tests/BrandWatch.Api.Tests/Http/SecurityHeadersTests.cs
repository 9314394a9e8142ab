using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Api.Tests.Http;

/// <summary>Answers that carry secrets or tenant data are never cached, and every Api answer carries the browser guards.</summary>
public sealed class SecurityHeadersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task CreateKey_TheAnswerWithTheNewKey_IsNeverStored()
    {
        using var admin = api.Admin;

        var response = await admin.PostJsonAsync("/api/keys", new { role = "ci", name = "no-store-check" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertGuards(response);
    }

    [Theory]
    [InlineData("admin", "/api/me", HttpStatusCode.OK)]
    [InlineData("admin", "/api/cases", HttpStatusCode.OK)]
    [InlineData("admin", "/api/keys", HttpStatusCode.OK)]
    [InlineData("reviewer-a", "/api/keys", HttpStatusCode.Forbidden)]
    [InlineData(null, "/api/cases", HttpStatusCode.Unauthorized)]
    public async Task ApiAnswer_AnyStatus_CarriesNoStoreAndTheBrowserGuards(string? who, string path, HttpStatusCode expected)
    {
        using var client = who is null ? api.Anonymous() : api.Client(who);

        var response = await client.FetchAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertGuards(response);
    }

    [Fact]
    public async Task Database_ApiConnections_SyncEveryCommitToDisk()
    {
        var database = api.Factory.Services.GetRequiredService<BrandWatch.Api.Storage.ApiDatabase>();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);

        var synchronous = await connection.ExecuteScalarAsync<long>("PRAGMA synchronous");

        Assert.Equal(2, synchronous); // FULL: a 201 survives a power cut
    }

    private static void AssertGuards(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
