using System.Net;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.ScaleOut;

/// <summary>The subscription preview (issue 22) reads the outbox with the same SQL on both engines: same cases, same order.</summary>
[Collection(PostgresGroup.Name)]
public sealed class ProviderPreviewTests(PostgresFixture postgres)
{
    private const string Owner = "Acme Corp";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task SubscriptionPreview_OnEitherProvider_ListsTheCasesTheFilterWouldHaveSent(string provider)
    {
        await using var api = await ProviderApi.StartWithAdminAndWorkerAsync(postgres, provider);
        await api.AddCallerAsync("manager", BrandWatch.Api.Auth.Roles.BrandManager, Owner);
        var (admin, worker, manager) = (api["admin"], api["worker"], api["manager"]);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("acme", Owner))).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark("other", "Other Ltd"))).ExpectAsync(HttpStatusCode.Created);
        foreach (var (mark, domain, priority) in new[] { ("acme", "acme-login.com", 80), ("acme", "acme-pay.com", 40), ("other", "other-login.com", 90), ("acme", "acme-wallet.com", 70) })
        {
            await (await worker.PostJsonAsync("/api/cases", TestData.Filing(mark, domain, priority))).ExpectAsync(HttpStatusCode.Created);
        }

        var preview = await (await manager.PostJsonAsync("/api/subscriptions/preview", new { minPriority = 60 })).ExpectAsync(HttpStatusCode.OK);
        var everything = await (await manager.PostJsonAsync("/api/subscriptions/preview", new { })).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(["acme-wallet.com", "acme-login.com"], preview["cases"]!.AsArray().Select(c => (string)c!["domain"]!));
        Assert.Equal([70, 80], preview["cases"]!.AsArray().Select(c => (int)c!["priority"]!));
        Assert.Equal(["case-filed", "case-filed"], preview["cases"]!.AsArray().Select(c => (string)c!["event"]!));
        Assert.Equal(3, (int)everything["total"]!);
    }
}
