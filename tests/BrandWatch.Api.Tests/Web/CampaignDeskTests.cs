using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Campaigns;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A reviewer sees a case's campaign on the case page in Chromium and decides or exports all of its cases at once.</summary>
public sealed class CampaignDeskTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    private const string Owner = "Vorbex Ltd";

    // Each test's cases get their own addresses: the fixture's Api is shared, and a shared address would join the tests' campaigns.

    private async Task<(long First, long Second, string ReviewerKey)> SeedAsync(string markId, int host)
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "campaign-admin-" + markId, "campaign-tests", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [Owner], "Rita Reviewer " + markId, "campaign-tests", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", CampaignFilings.MarkDocument(markId, Owner))).ExpectAsync(HttpStatusCode.Created);
        var email = $"ops@{markId}-squat.example";
        var first = await (await client.PostJsonAsync("/api/cases", CampaignFilings.TldSwap(markId, "io", email: email, address: $"192.0.2.{host}", owner: Owner)))
            .ExpectAsync(HttpStatusCode.Created);
        var second = await (await client.PostJsonAsync("/api/cases", CampaignFilings.TldSwap(markId, "net", email: email, address: $"192.0.2.{host + 1}", owner: Owner)))
            .ExpectAsync(HttpStatusCode.Created);
        return ((long)first["id"]!, (long)second["id"]!, reviewer);
    }

    [Fact]
    public async Task Reviewer_DismissesTheWholeCampaignFromOneCase_AndEachCaseIsDismissedAndAudited()
    {
        var (first, second, key) = await SeedAsync("vorbexin", 31);
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{second}");
        var panel = tab.Page.GetByRole(AriaRole.Region, new() { Name = $"Campaign {first}" });

        await Assertions.Expect(panel.GetByTestId("campaign-shared")).ToContainTextAsync("Registrant e-mail");
        await Assertions.Expect(panel.GetByTestId("campaign-shared")).ToContainTextAsync("ops@vorbexin-squat.example");
        await Assertions.Expect(panel.GetByTestId("campaign-cases")).ToContainTextAsync("vorbexin.io");
        await Assertions.Expect(panel.GetByTestId("campaign-cases")).ToContainTextAsync("vorbexin.net");
        var violations = await Accessibility.ViolationsAsync(tab.Page);
        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));

        await panel.GetByLabel("Decision for every case").SelectOptionAsync("dismissed");
        await panel.GetByLabel("Dismissal reason").SelectOptionAsync("legitimate-interest");
        await panel.GetByLabel("Campaign note (why)").FillAsync("one reseller of genuine parts");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Apply to all 2 cases" }).ClickAsync();

        var outcome = tab.Page.GetByTestId("campaign-outcome");
        await Assertions.Expect(outcome).ToContainTextAsync($"Case {first}: New → Dismissed");
        await Assertions.Expect(outcome).ToContainTextAsync($"Case {second}: New → Dismissed");
        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("Dismissed");
        await Assertions.Expect(tab.Page.GetByTestId("audit-log")).ToContainTextAsync($"campaign {first}: one reseller of genuine parts");
        await tab.ScreenshotAsync("review-campaign.png");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_ExportsTheCampaign_SavesEachCasesSignedPackage()
    {
        var (first, second, key) = await SeedAsync("vorbexan", 41);
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{first}");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Export all 2 evidence packages" }).ClickAsync();
        var links = tab.Page.GetByTestId("campaign-downloads").GetByRole(AriaRole.Link);
        // Generous waits: two signed packages are built on a machine shared with other builds.
        await Assertions.Expect(links).ToHaveCountAsync(2, new() { Timeout = 60_000 });
        var downloads = new List<IDownload>();
        foreach (var link in new[] { links.Nth(0), links.Nth(1) })
        {
            downloads.Add(await tab.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 60_000 }));
        }

        Assert.Equal([$"case-{first}-evidence.zip", $"case-{second}-evidence.zip"], downloads.Select(d => d.SuggestedFilename).Order());
        foreach (var download in downloads)
        {
            using var zip = ZipFile.OpenRead(await download.PathAsync());
            Assert.Contains(zip.Entries, e => e.FullName == "manifest.sig.json");
        }
    }
}
