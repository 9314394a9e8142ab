using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BrandWatch.Api.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_WithoutKey_AnswersOk()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
