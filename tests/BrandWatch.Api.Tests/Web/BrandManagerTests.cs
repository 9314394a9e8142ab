using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A brand manager in the desk: only its owner's cases and marks.</summary>
[Collection(SharedDesk.Name)]
public sealed class BrandManagerTests(SeededDesk seeded)
{
    [Fact]
    public async Task BrandManager_OfPaypal_CannotSeeZalandosCases()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["manager"], "#/queue");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.List, new() { Name = "Cases per status" }).GetByRole(AriaRole.Link).First)
            .ToHaveTextAsync($"All {seeded.PaypalCases}");
        await Assertions.Expect(tab.Page.GetByLabel("Mark").Locator("option")).ToHaveTextAsync(["Any", "PayPal"]);
        await tab.Page.GetByLabel("Domain contains").FillAsync("zalanndo");
        await tab.Page.GetByLabel("Domain contains").PressAsync("Enter");
        await Assertions.Expect(tab.Page.GetByTestId("queue-empty")).ToBeVisibleAsync();

        await tab.Page.GotoAsync($"/#/cases/{seeded.ZalandoId}");

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not found");
        await Assertions.Expect(tab.Page.GetByText("zalanndo")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task BrandManager_OpensMarks_SeesOnlyItsOwnersMarks()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["manager"]);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Marks" }).ClickAsync();

        var rows = tab.Page.GetByTestId("marks-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("PayPal");
        await Assertions.Expect(rows.First).ToContainTextAsync(SeededDesk.PaypalOwner);
    }
}
