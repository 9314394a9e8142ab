using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The subscriptions page over the alerts Api: brand managers subscribe; other roles are told they may not.</summary>
[Collection(SharedDesk.Name)]
public sealed class SubscriptionsTests(SeededDesk seeded)
{
    [Fact]
    public async Task BrandManager_SubscribesWithAWebhook_SeesTheSecretOnceAndCanDeleteIt()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Subscriptions", Level = 1 })).ToBeVisibleAsync();

        await tab.Page.GetByLabel("Name").FillAsync("PayPal legal");
        await tab.Page.GetByRole(AriaRole.Checkbox, new() { Name = "PayPal" }).CheckAsync();
        await tab.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Phishing" }).CheckAsync();
        await tab.Page.GetByLabel("Minimum priority (0–100)").FillAsync("70");
        await tab.Page.GetByLabel("Webhook URL (https)").FillAsync(SeededDesk.WebhookUrl);
        await tab.Page.GetByLabel("Webhook format").SelectOptionAsync("slack");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("subscription-secret")).ToContainTextAsync("shown once");
        var secret = await tab.Page.GetByTestId("subscription-secret").Locator("code").InnerTextAsync();
        Assert.InRange(secret.Length, 16, 256);
        var row = tab.Page.Locator("table.subscriptions tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("PayPal legal");
        await Assertions.Expect(row).ToContainTextAsync("Phishing");
        await Assertions.Expect(row).ToContainTextAsync("priority 70");
        await Assertions.Expect(row).ToContainTextAsync($"webhook (slack) {SeededDesk.WebhookUrl}");
        Assert.DoesNotContain(secret, await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByText("No subscriptions yet.")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByTestId("subscription-secret")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Reviewer_OpensSubscriptions_IsToldTheKeyMayNot()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["reviewer"], "#/subscriptions");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed for this key");
    }
}
