using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Enforcement;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>
/// The enforcement panel of the case page and the queue's export bar, in Chromium against the real Api: the parties
/// with their contacts, a draft copied to the clipboard (never sent), a report recorded and moved on with its clock,
/// and an export downloaded with the queue's filters.
/// </summary>
public sealed class EnforcementDeskTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    private const string Owner = "Enforcia Ltd";

    private async Task<(long Id, string Reviewer, string Manager)> SeedAsync(string mark)
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "enf-admin-" + mark, "enforcement-desk", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [Owner], "Rita Reviewer " + mark, "enforcement-desk", HttpTest.Ct)).Key;
        var manager = (await keys.CreateAsync(Roles.BrandManager, [Owner], "Mona Manager " + mark, "enforcement-desk", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", TestData.Mark(mark, Owner))).ExpectAsync(HttpStatusCode.Created);
        var filed = await (await client.PostJsonAsync("/api/cases", EnforcementData.PhishingFiling(mark, mark + "-login.com"))).ExpectAsync(HttpStatusCode.Created);
        return ((long)filed["id"]!, reviewer, manager);
    }

    [Fact]
    public async Task Reviewer_SeesWhoCanAct_WithTheirContacts()
    {
        var (id, reviewer, _) = await SeedAsync("enfparties");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Enforcement" });

        var registrar = panel.Locator("li.party[data-role=registrar]");
        await Assertions.Expect(registrar).ToContainTextAsync("Example Registrar, Inc.");
        await Assertions.Expect(registrar).ToContainTextAsync("abuse@registrar.example");
        await Assertions.Expect(registrar).ToContainTextAsync("9999");
        var hosts = panel.Locator("li.party[data-role=host]");
        await Assertions.Expect(hosts).ToHaveCountAsync(2);
        await Assertions.Expect(hosts.First).ToContainTextAsync("abuse@hosting.example");
        await Assertions.Expect(hosts.Nth(1)).ToContainTextAsync("IP RDAP lookup failed (timeout)");
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_CopiesADraft_ToTheClipboard_AndNothingIsSent()
    {
        var (id, reviewer, _) = await SeedAsync("enfdraft");
        await using var tab = await desk.OpenAsync();
        await tab.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Enforcement" });

        await panel.Locator("li.party[data-role=registrar]").GetByRole(AriaRole.Button, new() { Name = "Copy abuse report to the registrar" }).ClickAsync();

        // The first draft renders its template cold; on a machine busy with other builds that has taken over 5 s.
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("send it yourself", new() { Timeout = 30_000 });
        var copied = await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("enfdraft-login.com", copied, StringComparison.Ordinal);
        Assert.Contains("Example Registrar, Inc.", copied, StringComparison.Ordinal);
        await Assertions.Expect(panel.GetByTestId("draft-abuse-registrar").First).ToContainTextAsync("enfdraft-login.com");
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reviewer);
        var actions = await (await client.FetchAsync($"/api/cases/{id}/actions")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(actions.AsArray());
    }

    [Fact]
    public async Task Reviewer_RecordsAReportSent_ThenItsAcknowledgement_AndSeesItsClock()
    {
        var (id, reviewer, _) = await SeedAsync("enfreport");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Enforcement" });
        await Assertions.Expect(panel.GetByTestId("takedown-empty")).ToBeVisibleAsync();

        await panel.Locator("li.party[data-role=registrar]").GetByRole(AriaRole.Button, new() { Name = "Record report sent" }).ClickAsync();
        await Assertions.Expect(panel.GetByLabel("Address or case number")).ToHaveValueAsync("abuse@registrar.example");
        await panel.GetByLabel("Note", new() { Exact = true }).FillAsync("sent from the legal mailbox");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Record report sent" }).Last.ClickAsync();

        var row = panel.GetByTestId("takedown-actions").Locator("tbody tr").First;
        await Assertions.Expect(row.GetByTestId("takedown-state")).ToHaveTextAsync("Sent");
        await Assertions.Expect(row.GetByTestId("takedown-clock")).ToHaveTextAsync("answer due in 3 days");
        await Assertions.Expect(row).ToContainTextAsync("abuse@registrar.example");

        await row.GetByLabel("New state of the report to the registrar").SelectOptionAsync("acknowledged");
        await row.GetByLabel("Reply or ticket number").FillAsync("ticket 4711");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        row = panel.GetByTestId("takedown-actions").Locator("tbody tr").First;
        await Assertions.Expect(row.GetByTestId("takedown-state")).ToHaveTextAsync("Acknowledged");
        await Assertions.Expect(row.GetByTestId("takedown-clock")).ToContainTextAsync("answered");
        await Assertions.Expect(row).ToContainTextAsync("ticket 4711");
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        await tab.Page.Mouse.MoveAsync(0, 0);
        await panel.ScreenshotAsync(new() { Path = Path.Combine(DeskFixture.ScreenshotFolder, "enforcement-panel.png") });
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task BrandManager_SeesTheReports_ButNeitherPartiesNorDrafts()
    {
        var (id, _, manager) = await SeedAsync("enfmanager");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(manager, $"#/cases/{id}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Enforcement" });

        await Assertions.Expect(panel.GetByTestId("takedown-empty")).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Parties and drafts are for legal reviewers");
        await Assertions.Expect(panel.Locator("li.party")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_ExportsTheFilteredQueue_AsAStixBundle()
    {
        var (_, reviewer, _) = await SeedAsync("enfexport");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(reviewer, "#/queue?mark=enfexport");
        var bar = tab.Page.GetByRole(AriaRole.Form, new() { Name = "Export these cases" });
        await bar.GetByLabel("Format").SelectOptionAsync("stix");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => bar.GetByRole(AriaRole.Button, new() { Name = "Export these cases" }).ClickAsync());

        Assert.EndsWith(".stix.json", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(path, HttpTest.Ct))!;
        var domains = bundle["objects"]!.AsArray().Where(o => (string?)o!["type"] == "domain-name").Select(o => (string?)o!["value"]).ToArray();
        Assert.Equal(["enfexport-login.com"], domains);
        await Assertions.Expect(bar.GetByTestId("export-message")).ToContainTextAsync("1 case");
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_DownloadsADraftAsPdf_ThatHoldsTheDraftsText()
    {
        var (id, reviewer, _) = await SeedAsync("enfpdf");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(reviewer, $"#/cases/{id}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Enforcement" });
        var button = panel.Locator("li.party[data-role=registrar]").GetByRole(AriaRole.Button, new() { Name = "Download abuse report to the registrar as PDF" });

        var download = await tab.Page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 60_000 });

        Assert.Equal($"abuse-registrar-case-{id}.pdf", download.SuggestedFilename);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync(), HttpTest.Ct));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("enfpdf-login.com", text, StringComparison.Ordinal);
        Assert.Contains("Example Registrar, Inc.", text, StringComparison.Ordinal);
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft downloaded as PDF");
        Assert.Empty(await Accessibility.ViolationsAsync(tab.Page));
        Assert.Empty(tab.ConsoleErrors);
    }
}
