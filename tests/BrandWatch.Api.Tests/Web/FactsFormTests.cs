using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Api.Auth;
using BrandWatch.Api.Tests.Facts;
using BrandWatch.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A reviewer states facts on the case page in Chromium; the real Api re-scores the case.</summary>
public sealed class FactsFormTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    private async Task<(long Id, string ReviewerKey)> SeedAsync(string markId)
    {
        var keys = desk.Api.Services.GetRequiredService<KeyStore>();
        var admin = (await keys.CreateAsync(Roles.Admin, [], "facts-admin-" + markId, "facts-tests", HttpTest.Ct)).Key;
        var reviewer = (await keys.CreateAsync(Roles.LegalReviewer, [KestrelApi.Owner], "Rita Reviewer " + markId, "facts-tests", HttpTest.Ct)).Key;
        using var client = new HttpClient { BaseAddress = desk.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await (await client.PostJsonAsync("/api/marks", ScoredFiling.MarkDocument(markId))).ExpectAsync(HttpStatusCode.Created);
        var filed = await (await client.PostJsonAsync("/api/cases", ScoredFiling.TldSwap(markId))).ExpectAsync(HttpStatusCode.Created);
        return ((long)filed["id"]!, reviewer);
    }

    [Fact]
    public async Task Reviewer_StatesTheRegistrantsEarlierTrademark_AndTheCaseIsRescoredToBothHoldRights()
    {
        var (id, key) = await SeedAsync("deskfacts");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{id}");
        var facts = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Reviewer facts" });

        await facts.GetByLabel("Registrant holds its own trademark in the name (X1)").SelectOptionAsync("true");
        await facts.GetByLabel("Registrant's trademark date").FillAsync("2023-05-01");
        await facts.GetByLabel("Registrant's trademark jurisdiction").FillAsync("GB");
        await facts.GetByLabel("Note").FillAsync("UK00003912345, class 42");
        await facts.GetByRole(AriaRole.Button, new() { Name = "Save facts and re-score" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("facts-action-after")).ToHaveTextAsync("negotiate-or-court");
        await Assertions.Expect(tab.Page.GetByTestId("facts-fired")).ToContainTextAsync("X1");
        await Assertions.Expect(tab.Page.GetByTestId("facts-changes")).ToContainTextAsync("udrpFit");
        await Assertions.Expect(tab.Page.GetByTestId("audit-log")).ToContainTextAsync("reviewer facts v1");
        await Assertions.Expect(facts.GetByLabel("Registrant's trademark date")).ToHaveValueAsync("2023-05-01");
        await tab.ScreenshotAsync("review-facts.png");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_SeesWhichOpenFactWouldDecideTheCase_AndStatingItFilesAsThePanelSaid()
    {
        var (id, key) = await SeedAsync("deskquestions");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{id}");
        var questions = tab.Page.GetByRole(AriaRole.Region, new() { Name = "What would decide it" });
        var facts = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Reviewer facts" });

        await Assertions.Expect(questions).ToContainTextAsync("would not be filed");
        await Assertions.Expect(questions).ToContainTextAsync("Did the registrant know the mark when it registered or acquired the name?");
        var promised = await tab.Page.GetByTestId("question-action-registrantKnewMark").TextContentAsync() ?? "";
        Assert.Equal("udrp-transfer", promised);

        await facts.GetByLabel("Registrant knew the mark when it registered (F3)").SelectOptionAsync("true");
        await facts.GetByRole(AriaRole.Button, new() { Name = "Save facts and re-score" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("facts-action-after")).ToHaveTextAsync(promised);
        await Assertions.Expect(questions).ToContainTextAsync("would be filed");
        await Assertions.Expect(tab.Page.GetByTestId("question-action-registrantKnewMark")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_SeesTheTwoFactsThatWouldDecideTogether_WhenNoSingleOneWould()
    {
        // 'lantern' is an ordinary English word: its own name under .io shows no aim at the mark by its string alone.
        var (id, key) = await SeedAsync("lantern");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{id}");
        var questions = tab.Page.GetByRole(AriaRole.Region, new() { Name = "What would decide it" });

        await Assertions.Expect(questions).ToContainTextAsync("No single open fact would file the case. These two together, found true, would:");
        var pair = tab.Page.GetByTestId("pair-action-registrantKnewMark-registrantIsCompetitor");
        await Assertions.Expect(pair).ToHaveTextAsync("udrp-transfer");
        await Assertions.Expect(tab.Page.GetByTestId("question-pairs")).ToContainTextAsync("Is the registrant a competitor of the owner?");
        await Assertions.Expect(tab.Page.GetByTestId("questions")).ToHaveCountAsync(0);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_EntersANegativePrice_SeesTheFieldNamedAndNothingIsSaved()
    {
        var (id, key) = await SeedAsync("deskbadfacts");
        await using var tab = await desk.OpenAsync();
        await tab.SignInAsync(key, $"#/cases/{id}");
        var facts = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Reviewer facts" });

        await facts.GetByLabel("Asking price").FillAsync("-10");
        await facts.GetByRole(AriaRole.Button, new() { Name = "Save facts and re-score" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("facts-message")).ToContainTextAsync("askingPrice");
        await Assertions.Expect(tab.Page.GetByTestId("facts-result")).ToHaveCountAsync(0);
    }
}
