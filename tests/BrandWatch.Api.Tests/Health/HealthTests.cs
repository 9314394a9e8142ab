using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

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
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
