using System.Globalization;
using System.Net;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The brand manager's dashboard: its landing page, drawn from GET /api/stats.</summary>
[Collection(SharedDesk.Name)]
public sealed class DashboardTests(SeededDesk seeded)
{
    /// <summary>An owner with a mark and no case at all, made by the empty-owner test.</summary>
    private const string QuietOwner = "Quiet Brands Ltd.";

    private static readonly string[] Charts = ["chart-source", "chart-kind", "chart-open", "chart-action", "chart-outcome", "chart-status",
        "chart-takedowns", "chart-registrars", "chart-networks", "chart-tlds", "chart-campaigns"];

    /// <summary>Chart attributes a drawing with nothing to draw could break: NaN, Infinity or "undefined" coordinates.</summary>
    private static Task<string[]> BrokenSvgAttributesAsync(IPage page) => page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('svg, svg *')].flatMap(el => [...el.attributes]" +
        ".filter(a => /NaN|Infinity|undefined/.test(a.value)).map(a => `${el.tagName} ${a.name}=${a.value}`))");

    /// <summary>Every chart panel says in words that it has nothing to show, and draws no chart.</summary>
    private static async Task ExpectEmptyDashboardAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("dashboard-empty")).ToHaveTextAsync("No cases were filed or resolved in this range.");
        foreach (var tile in new[] { "tile-opened", "tile-resolved", "tile-open", "tile-open-before" })
        {
            await Assertions.Expect(page.GetByTestId(tile)).ToHaveTextAsync("0");
        }

        foreach (var chart in new[] { "chart-source", "chart-kind", "chart-action", "chart-outcome", "chart-status", "chart-tlds" })
        {
            await Assertions.Expect(page.GetByTestId(chart).Locator("p.muted")).ToHaveTextAsync("No new cases in this range.");
            await Assertions.Expect(page.GetByTestId(chart).Locator("svg")).ToHaveCountAsync(0);
        }

        await Assertions.Expect(page.GetByTestId("chart-takedowns")).ToContainTextAsync("No takedown reports were recorded for these cases.");
        await Assertions.Expect(page.GetByTestId("chart-registrars")).ToContainTextAsync("No new case names its registrar.");
        await Assertions.Expect(page.GetByTestId("chart-open").Locator("p.muted")).ToHaveTextAsync("0 open before the range, 0 new, 0 resolved, 0 open at its end.");
        Assert.Empty(await BrokenSvgAttributesAsync(page));
        Assert.Empty(await Accessibility.ViolationsAsync(page));
    }

    /// <summary>Picks the owner (and optionally the range) in the dashboard's form, as a person would, and shows it.</summary>
    private static async Task ShowAsync(IPage page, string owner, string? from = null, string? to = null)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Dashboard range" });
        await form.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = owner });
        if (from is not null && to is not null)
        {
            await form.GetByLabel("From").FillAsync(from);
            await form.GetByLabel("To").FillAsync(to);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Dashboard · {owner}");
    }

    [Fact]
    public async Task BrandManager_ChoosingARangeWithoutCases_SeesTheEmptyStateInWordsAndNoBrokenChart()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["manager"]);

        await ShowAsync(tab.Page, SeededDesk.PaypalOwner, "2020-01-01", "2020-01-31");

        await Assertions.Expect(tab.Page.GetByText("Cases filed from 2020-01-01 to 2020-01-31 (UTC days), per day.")).ToBeVisibleAsync();
        await ExpectEmptyDashboardAsync(tab.Page);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Admin_ChoosingAnOwnerWithoutCases_SeesTheEmptyStateInWordsAndNoBrokenChart()
    {
        using (var admin = seeded.Client("admin"))
        {
            await (await admin.PostJsonAsync("/api/marks", TestData.Mark("quietbrand", QuietOwner, "Quiet"))).ExpectAsync(HttpStatusCode.Created);
        }

        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["admin"], "#/dashboard");

        await ShowAsync(tab.Page, QuietOwner);

        await ExpectEmptyDashboardAsync(tab.Page);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Admin_SwitchingOwners_SeesTheChartsAndTotalsOfTheOwnerChosen()
    {
        // The Api's figures per owner; other tests of the shared desk may add cases, so the page is held to these.
        using var admin = seeded.Client("admin");
        async Task<(long Opened, long Open, Dictionary<string, long> Kinds)> FiguresAsync(string owner)
        {
            var stats = await (await admin.FetchAsync($"/api/stats?owner={Uri.EscapeDataString(owner)}")).ExpectAsync(HttpStatusCode.OK);
            var kinds = stats["totals"]!["byKind"]!.AsObject().Where(p => (long)p.Value! > 0).ToDictionary(p => p.Key, p => (long)p.Value!);
            return ((long)stats["totals"]!["opened"]!, (long)stats["totals"]!["openAtEnd"]!, kinds);
        }

        var paypal = await FiguresAsync(SeededDesk.PaypalOwner);
        var zalando = await FiguresAsync(SeededDesk.ZalandoOwner);
        Assert.True(paypal.Opened >= seeded.PaypalCases, $"PayPal has {paypal.Opened} new cases");
        Assert.True(zalando.Opened >= 1, "Zalando has its seeded case");
        Assert.NotEqual(paypal.Opened, zalando.Opened);

        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["admin"], "#/dashboard");
        var page = tab.Page;
        await Assertions.Expect(page.GetByTestId("dashboard-empty")).ToHaveTextAsync("Choose an owner to see its cases.");

        foreach (var (owner, figures) in new[] { (SeededDesk.PaypalOwner, paypal), (SeededDesk.ZalandoOwner, zalando), (SeededDesk.PaypalOwner, paypal) })
        {
            await ShowAsync(page, owner);

            await Assertions.Expect(page.GetByTestId("tile-opened")).ToHaveTextAsync(figures.Opened.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.GetByTestId("tile-open")).ToHaveTextAsync(figures.Open.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.GetByTestId("chart-kind").Locator("svg[role=img]")).ToHaveCountAsync(1);
            // The kind chart's data table: one column per kind with cases, and today's total is the owner's.
            await page.EvaluateAsync("() => document.querySelectorAll('details.chart-data').forEach(d => d.open = true)");
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var kindTable = page.GetByTestId("chart-kind");
            await Assertions.Expect(kindTable.Locator("thead th")).ToHaveTextAsync(["Day", .. figures.Kinds.Keys.Select(k => k.Replace('-', ' ')), "Total"]);
            var todayRow = kindTable.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = today }) });
            await Assertions.Expect(todayRow.Locator("td").Last).ToHaveTextAsync(figures.Opened.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(page.GetByTestId("chart-kind").Locator("p.muted")).ToContainTextAsync($"{figures.Opened} new cases in ");
        }

        Assert.Empty(await BrokenSvgAttributesAsync(page));
        Assert.Empty(await Accessibility.ViolationsAsync(page));
        Assert.Empty(tab.ConsoleErrors);
    }

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
