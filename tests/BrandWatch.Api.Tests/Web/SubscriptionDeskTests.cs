using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>
/// Editing a subscription and looking at its deliveries on the desk, over the real alerts dispatcher: the seeded
/// desk's receiver (SeededDesk.WebhookUrl) does not listen, so its deliveries fail, are retried and become dead letters
/// within seconds (ApiHost shortens the horizon).
/// </summary>
[Collection(SharedDesk.Name)]
public sealed class SubscriptionDeskTests(SeededDesk seeded)
{
    private const string OriginalSecret = "original-secret-0123456789";

    private async Task<long> SubscribeAsync(object body)
    {
        using var manager = seeded.Client("manager");
        return (long)(await (await manager.PostJsonAsync("/api/subscriptions", body)).ExpectAsync(HttpStatusCode.Created))["id"]!;
    }

    private async Task UnsubscribeAsync(long id)
    {
        using var manager = seeded.Client("manager");
        await manager.SendAsync(HttpMethod.Delete, $"/api/subscriptions/{id}");
    }

    private async Task<JsonNode> SubscriptionAsync(long id)
    {
        using var manager = seeded.Client("manager");
        return await (await manager.FetchAsync($"/api/subscriptions/{id}")).ExpectAsync(HttpStatusCode.OK);
    }

    /// <summary>The subscription's deliveries once one of them satisfies <paramref name="until"/>; fails after 60 s.</summary>
    private async Task<JsonArray> DeliveriesAsync(long id, Func<JsonNode, bool> until)
    {
        using var admin = seeded.Client("admin");
        JsonArray rows = [];
        await Eventually.HoldsAsync(async () =>
        {
            rows = (await (await admin.FetchAsync($"/api/subscriptions/{id}/deliveries")).ExpectAsync(HttpStatusCode.OK)).AsArray();
            return rows.Any(r => until(r!));
        }, () => $"a delivery of subscription {id} reached the expected state", interval: TimeSpan.FromMilliseconds(250));
        return rows;
    }

    [Fact]
    public async Task BrandManager_EditsASubscription_KeepsTheFiltersItDidNotTouchAndSeesTheReplacedSecretOnce()
    {
        var id = await SubscribeAsync(new
        {
            name = "Edit me", marks = new[] { "paypal" }, kinds = new[] { "phishing" }, outcomes = new[] { "likely" }, sources = new[] { "ct" },
            minPriority = 60, webhookUrl = SeededDesk.WebhookUrl, secret = OriginalSecret,
        });
        try
        {
            await using var tab = await seeded.Desk.OpenAsync();
            await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
            var page = tab.Page;
            await page.GetByRole(AriaRole.Button, new() { Name = "Edit Edit me" }).ClickAsync();

            var form = page.GetByTestId("subscription-edit");
            await Assertions.Expect(form.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Edit subscription “Edit me”");
            await Assertions.Expect(form.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeFocusedAsync();
            await Assertions.Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = "CT log" })).ToBeCheckedAsync();
            await Assertions.Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = "Phishing" })).ToBeCheckedAsync();
            await Assertions.Expect(form.GetByLabel("Webhook URL (https)")).ToHaveValueAsync(SeededDesk.WebhookUrl);
            Assert.Empty(await Accessibility.ViolationsAsync(page));

            await form.GetByLabel("Name").FillAsync("Legal, edited");
            await form.GetByLabel("Minimum priority (0–100)").FillAsync("80");
            await form.GetByRole(AriaRole.Checkbox, new() { Name = "Abuse takedown" }).CheckAsync();
            await form.GetByRole(AriaRole.Checkbox, new() { Name = "Replace the webhook secret" }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("subscription-secret")).ToContainTextAsync("Legal, edited");
            var secret = await page.GetByTestId("subscription-secret").Locator("code").InnerTextAsync();
            var row = page.Locator($"table.subscriptions tbody tr[data-subscription-id='{id}']");
            await Assertions.Expect(row).ToContainTextAsync("Legal, edited");
            await Assertions.Expect(row).ToContainTextAsync("priority 80");
            await Assertions.Expect(row).ToContainTextAsync("Likely; Abuse takedown; CT log");
            await Assertions.Expect(page.GetByTestId("subscription-new")).ToBeVisibleAsync();
            Assert.Empty(await Accessibility.ViolationsAsync(page));
            Assert.Empty(tab.ConsoleErrors);

            var stored = await SubscriptionAsync(id);
            Assert.Equal("Legal, edited", (string?)stored["name"]);
            Assert.Equal(80, (int)stored["minPriority"]!);
            Assert.Equal(["phishing"], stored["kinds"]!.AsArray().Select(k => (string)k!));
            Assert.Equal(["likely"], stored["outcomes"]!.AsArray().Select(k => (string)k!));
            Assert.Equal(["abuse-takedown"], stored["actions"]!.AsArray().Select(k => (string)k!));
            Assert.Equal(["ct"], stored["sources"]!.AsArray().Select(k => (string)k!));
            Assert.Null(stored["secret"]);
            Assert.InRange(secret.Length, 40, 256);
            Assert.NotEqual(OriginalSecret, secret);

            // Shown once: the page opened again has no secret in it.
            await page.ReloadAsync();
            await Assertions.Expect(row).ToContainTextAsync("Legal, edited");
            await Assertions.Expect(page.GetByTestId("subscription-secret")).ToHaveCountAsync(0);
        }
        finally
        {
            await UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task BrandManager_SubscribesToNewNamesSinceADate_SeesItListedAndTickedWhenEditing()
    {
        long? id = null;
        try
        {
            await using var tab = await seeded.Desk.OpenAsync();
            await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
            var page = tab.Page;
            var form = page.GetByTestId("subscription-new");

            await form.GetByLabel("Name").FillAsync("Only the new");
            await form.GetByLabel("Webhook URL (https)").FillAsync(SeededDesk.WebhookUrl);
            await form.GetByLabel("Seen first since (empty: from now on)").FillAsync("2026-12-01");
            await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
            await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("needs “Only what is new” ticked");
            await form.GetByRole(AriaRole.Checkbox, new() { Name = "Only what is new" }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();

            var row = page.Locator("table.subscriptions tbody tr", new() { HasText = "Only the new" });
            await Assertions.Expect(row).ToContainTextAsync("new names since 2026-12-01");
            id = long.Parse(await row.GetAttributeAsync("data-subscription-id") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var stored = await SubscriptionAsync(id.Value);
            Assert.True((bool)stored["newOnly"]!);
            Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset)stored["newSince"]!);

            await page.GetByRole(AriaRole.Button, new() { Name = "Edit Only the new" }).ClickAsync();
            var edit = page.GetByTestId("subscription-edit");
            await Assertions.Expect(edit.GetByRole(AriaRole.Checkbox, new() { Name = "Only what is new" })).ToBeCheckedAsync();
            await Assertions.Expect(edit.GetByLabel("Seen first since (empty: keep 2026-12-01)")).ToHaveValueAsync(string.Empty);
            Assert.Empty(await Accessibility.ViolationsAsync(page));
            Assert.Empty(tab.ConsoleErrors);
        }
        finally
        {
            if (id is { } created)
            {
                await UnsubscribeAsync(created);
            }
        }
    }

    /// <summary>The case ids of the preview's table, top to bottom.</summary>
    private static async Task<long[]> PreviewedCasesAsync(ILocator form) =>
        (await form.GetByTestId("subscription-preview").Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.caseId)"))
            .Select(id => long.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task BrandManager_PreviewsANewFilter_SeesTheMatchingCasesOfTheLast30DaysAndNoOthers()
    {
        using var manager = seeded.Client("manager");
        var subscriptionsBefore = (await (await manager.FetchAsync("/api/subscriptions")).ExpectAsync(HttpStatusCode.OK)).AsArray().Count;
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
        var page = tab.Page;
        var form = page.GetByTestId("subscription-new");
        var summary = form.GetByTestId("preview-summary");

        // Filed cases (the form's default event) recommending an abuse takedown: the two homographs, newest first;
        // neither the combosquat (UDRP), the filler (monitor) nor Zalando's case.
        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Abuse takedown" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Assertions.Expect(summary).ToHaveTextAsync("2 cases of the last 30 days would have been sent (2 alerts).");
        Assert.Equal([seeded.SecondHomographId, seeded.HomographId], await PreviewedCasesAsync(form));
        var first = form.GetByTestId("subscription-preview").Locator($"tr[data-case-id='{seeded.HomographId}']");
        await Assertions.Expect(first).ToContainTextAsync("xn--pypal-4ve.com");
        await Assertions.Expect(first).ToContainTextAsync("Abuse takedown");
        await Assertions.Expect(first).ToContainTextAsync("Case filed");
        await Assertions.Expect(first.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"#/cases/{seeded.HomographId}");
        await Assertions.Expect(form.GetByTestId("subscription-preview")).Not.ToContainTextAsync("paypal-login-secure.com");
        await Assertions.Expect(form.GetByTestId("subscription-preview")).Not.ToContainTextAsync("zalanndo.shop");
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        // A higher floor leaves the first homograph (92) alone; a kind no seeded case has leaves nothing, said in words.
        await form.GetByLabel("Minimum priority (0–100)").FillAsync("91");
        await form.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(summary).ToHaveTextAsync("1 case of the last 30 days would have been sent (1 alert).");
        Assert.Equal([seeded.HomographId], await PreviewedCasesAsync(form));

        await form.GetByRole(AriaRole.Checkbox, new() { Name = "Counterfeit" }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(summary).ToHaveTextAsync("No case of the last 30 days would have been sent with these filters.");
        await Assertions.Expect(form.GetByTestId("subscription-preview").Locator("table")).ToHaveCountAsync(0);
        Assert.Empty(await Accessibility.ViolationsAsync(page));
        Assert.Empty(tab.ConsoleErrors);

        // Nothing was saved by previewing.
        Assert.Equal(subscriptionsBefore, (await (await manager.FetchAsync("/api/subscriptions")).ExpectAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task BrandManager_PreviewsAnEditedSubscription_AndFollowsACaseLink()
    {
        var id = await SubscribeAsync(new { name = "Preview me", actions = new[] { "abuse-takedown" }, events = new[] { "case-filed" }, webhookUrl = SeededDesk.WebhookUrl });
        try
        {
            await using var tab = await seeded.Desk.OpenAsync();
            await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
            var page = tab.Page;
            await page.GetByRole(AriaRole.Button, new() { Name = "Edit Preview me" }).ClickAsync();
            var form = page.GetByTestId("subscription-edit");

            await form.GetByLabel("Minimum priority (0–100)").FillAsync("0");
            await form.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

            await Assertions.Expect(form.GetByTestId("preview-summary")).ToHaveTextAsync("2 cases of the last 30 days would have been sent (2 alerts).");
            Assert.Equal([seeded.SecondHomographId, seeded.HomographId], await PreviewedCasesAsync(form));
            Assert.Empty(await Accessibility.ViolationsAsync(page));

            await form.GetByRole(AriaRole.Link, new() { Name = $"Case {seeded.HomographId}, xn--pypal-4ve.com" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/cases/{seeded.HomographId}$"));
            Assert.Empty(tab.ConsoleErrors);
        }
        finally
        {
            await UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task BrandManager_EditingWithAnUnacceptableUrl_SeesTheApisReasonAndKeepsTheForm()
    {
        var id = await SubscribeAsync(new { name = "Bad edit", webhookUrl = SeededDesk.WebhookUrl });
        try
        {
            await using var tab = await seeded.Desk.OpenAsync();
            await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Edit Bad edit" }).ClickAsync();
            var form = tab.Page.GetByTestId("subscription-edit");

            await form.GetByLabel("Webhook URL (https)").FillAsync("http://169.254.169.254/latest");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

            await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Not saved: webhookUrl: points at a");
            await Assertions.Expect(form.GetByLabel("Webhook URL (https)")).ToHaveValueAsync("http://169.254.169.254/latest");
            Assert.Equal(SeededDesk.WebhookUrl, (string?)(await SubscriptionAsync(id))["webhookUrl"]);
        }
        finally
        {
            await UnsubscribeAsync(id);
        }
    }

    [Fact]
    public async Task Deliveries_ToADownReceiver_ShowTheTenantsErrorAndTheDeadLetter_AndAnAdminRedrivesIt()
    {
        var id = await SubscribeAsync(new
        {
            name = "Reviews hook", marks = new[] { "paypal" }, events = new[] { "reviewed" }, minPriority = 0, minOutcome = "unlikely",
            webhookUrl = SeededDesk.WebhookUrl,
        });
        try
        {
            // A review of a filler no other test decides makes one alert.
            var caseId = seeded.FillerIds[40];
            using (var reviewer = seeded.Client("reviewer"))
            {
                var read = await reviewer.FetchAsync($"/api/cases/{caseId}");
                var etag = read.Headers.ETag!.Tag;
                await (await reviewer.PostJsonAsync($"/api/cases/{caseId}/transitions", new { to = "in_review", note = "taking a look" },
                    r => r.Headers.TryAddWithoutValidation("If-Match", etag))).ExpectAsync(HttpStatusCode.OK);
            }

            var dead = (await DeliveriesAsync(id, d => (string?)d["status"] == "dead")).Single(d => (string?)d!["status"] == "dead")!;
            var deliveryId = (string)dead["id"]!;

            await using (var tab = await seeded.Desk.OpenAsync())
            {
                await tab.SignInAsync(seeded.Keys["manager"], "#/subscriptions");
                await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Deliveries of Reviews hook" }).ClickAsync();

                var page = tab.Page;
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deliveries of “Reviews hook”");
                var row = page.GetByTestId("deliveries").Locator($"tr[data-delivery-id='{deliveryId}']");
                await Assertions.Expect(row).ToContainTextAsync("dead letter (given up)");
                await Assertions.Expect(row.Locator("td.delivery-error")).ToHaveTextAsync(
                    "the receiver could not be reached (the administrator's delivery log has the details)");
                await Assertions.Expect(page.GetByTestId("dead-letters").Locator($"tr[data-delivery-id='{deliveryId}']")).ToHaveCountAsync(1);
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Redrive" })).ToHaveCountAsync(0);
                Assert.Empty(await Accessibility.ViolationsAsync(page));
                Assert.Empty(tab.ConsoleErrors);
            }

            await using (var tab = await seeded.Desk.OpenAsync())
            {
                await tab.SignInAsync(seeded.Keys["admin"], $"#/subscriptions/{id}");
                var page = tab.Page;
                var deadRow = page.GetByTestId("dead-letters").Locator($"tr[data-delivery-id='{deliveryId}']");
                // An admin reads the stored error itself, not the tenant's category.
                await Assertions.Expect(deadRow.Locator("td.delivery-error")).Not.ToContainTextAsync("administrator's delivery log");
                Assert.Empty(await Accessibility.ViolationsAsync(page));

                await deadRow.GetByRole(AriaRole.Button, new() { Name = $"Redrive {deliveryId}" }).ClickAsync();

                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Delivery {deliveryId} is back in its queue");
                // The receiver is still down: the redriven delivery dies again, once more counted.
                await DeliveriesAsync(id, d => (string?)d["id"] == deliveryId && (int)d["redriveCount"]! == 1 && (string?)d["status"] == "dead");
                await page.GetByRole(AriaRole.Button, new() { Name = "Reload" }).ClickAsync();
                await Assertions.Expect(page.GetByTestId("deliveries").Locator($"tr[data-delivery-id='{deliveryId}']")).ToContainTextAsync("redriven 1 time");
                Assert.Empty(tab.ConsoleErrors);
                await tab.ScreenshotAsync("subscription-deliveries.png");
            }
        }
        finally
        {
            await UnsubscribeAsync(id);
        }
    }
}
