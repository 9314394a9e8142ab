using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The brand manager's dashboard: its landing page, drawn from GET /api/stats.</summary>
[Collection(SharedDesk.Name)]
public sealed class DashboardTests(SeededDesk seeded)
{
    [Fact]
    public async Task BrandManager_SigningIn_LandsOnADashboardOfItsOwnersCasesThatPassesAxe()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["manager"]);

        var page = tab.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Dashboard · {SeededDesk.PaypalOwner}");
        await Assertions.Expect(page.GetByTestId("tile-opened")).ToHaveTextAsync(seeded.PaypalCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("tile-open")).ToHaveTextAsync(seeded.PaypalCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var chart in new[] { "chart-source", "chart-kind", "chart-open", "chart-action", "chart-outcome", "chart-status" })
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg[role=img]")).ToHaveCountAsync(1);
        }

        // The top lists read the filings' evidence: every seeded filing names its registrar.
        await Assertions.Expect(page.GetByTestId("chart-registrars").Locator("svg[role=img]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("chart-tlds").Locator("svg[role=img]")).ToHaveCountAsync(1);
        // Other tests of the shared desk may group cases into campaigns: the chart shows what the Api counts.
        using (var manager = seeded.Client("manager"))
        {
            var stats = await (await manager.FetchAsync("/api/stats")).ExpectAsync(System.Net.HttpStatusCode.OK);
            var campaigns = stats["campaigns"]!["top"]!.AsArray();
            if (campaigns.Count == 0)
            {
                await Assertions.Expect(page.GetByTestId("chart-campaigns")).ToContainTextAsync("No new case in this range belongs to a campaign.");
            }
            else
            {
                await Assertions.Expect(page.GetByTestId("chart-campaigns")).ToContainTextAsync($"campaign {(string)campaigns[0]!["value"]!} {(long)campaigns[0]!["cases"]!}");
            }
        }

        await Assertions.Expect(page.GetByTestId("chart-takedowns")).ToContainTextAsync("No takedown reports were recorded");

        await tab.ScreenshotAsync("dashboard.png");

        // Every chart's data table, opened as printing opens them: the seeded cases were all filed today, all PayPal's.
        await page.EvaluateAsync("() => document.querySelectorAll('details.chart-data').forEach(d => d.open = true)");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var kindRow = page.GetByTestId("chart-kind").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = today }) });
        await Assertions.Expect(kindRow.Locator("td").Last).ToHaveTextAsync(seeded.PaypalCases.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sourceTable = page.GetByTestId("chart-source").Locator("thead th");
        await Assertions.Expect(sourceTable).ToHaveTextAsync(["Day", "none", "Total"]);
        await Assertions.Expect(page.GetByTestId("chart-outcome").GetByRole(AriaRole.Table)).ToContainTextAsync("likely");
        await Assertions.Expect(page.GetByTestId("chart-outcome").Locator("svg title").First).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("chart-registrars").GetByRole(AriaRole.Rowheader, new() { Name = "Example Registrar" })).ToHaveCountAsync(1);

        Assert.Empty(await Accessibility.ViolationsAsync(page));
        Assert.Empty(tab.ConsoleErrors);
    }
}
