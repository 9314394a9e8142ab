using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BrandWatch.Api.Tests.Hosting;

public sealed class KestrelTests
{
    [Fact]
    public async Task Api_OnRealKestrelLoopback_FilesAndServesACase()
    {
        using var folder = new TempFolder();
        await using var factory = new ApiFactory(folder.File("kestrel.db"));
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var keys = factory.Services.GetService(typeof(BrandWatch.Api.Auth.KeyStore)) as BrandWatch.Api.Auth.KeyStore;
        var admin = await keys!.CreateAsync("admin", [], "kestrel", null, HttpTest.Ct);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", admin.Key);

        var health = await client.FetchAsync("/healthz");
        await (await client.PostJsonAsync("/api/marks", TestData.Mark("wire", "Wire Ltd"))).ExpectAsync(HttpStatusCode.Created);
        var filed = await (await client.PostJsonAsync("/api/cases", TestData.Filing("wire", "wire-login.com", 70))).ExpectAsync(HttpStatusCode.Created);
        var package = await client.FetchAsync($"/api/cases/{filed["id"]}/evidence-package");

        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        Assert.NotEqual(0, client.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("application/zip", package.Content.Headers.ContentType?.MediaType);
    }
}
