using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace BrandWatch.Api.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_WithoutKey_AnswersOk()
    {
        using var folder = new TempFolder();
        await using var factory = new ApiFactory(folder.File("health.db"));
        using var client = factory.CreateClient();

        var response = await client.FetchAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OpenApi_WithoutKey_DescribesTheCaseEndpoints()
    {
        using var folder = new TempFolder();
        await using var factory = new ApiFactory(folder.File("openapi.db"));
        using var client = factory.CreateClient();

        var document = await (await client.FetchAsync("/openapi/v1.json")).ExpectAsync(HttpStatusCode.OK);
        var reference = await client.FetchAsync("/scalar");

        Assert.NotNull(document["paths"]?["/api/marks"]);
        Assert.NotNull(document["components"]?["securitySchemes"]?["bearer"]);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Start_WithConnectionStringWithoutDataSource_StopsWithAMessage()
    {
        using var folder = new TempFolder();
        await using var factory = new ApiFactory(folder.File("unused.db"))
            .WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:BrandWatch", "Mode=ReadWriteCreate"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:BrandWatch", error.ToString(), StringComparison.Ordinal);
    }
}
