using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A legal reviewer's day in a real browser against the real Api: queue, homograph case, decision, conflict.</summary>
[Collection(SharedDesk.Name)]
public sealed class ReviewFlowTests(SeededDesk seeded)
{
    private const string CyrillicA = "Cyrillic character “а” U+0430, in a label that mixes scripts";

    [Fact]
    public async Task Reviewer_SignsIn_SeesTheQueueByPriorityWithCountsPerStatus()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["reviewer"]);

        var rows = tab.Page.Locator("table.queue tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-case-id", seeded.HomographId.ToString());
        await Assertions.Expect(rows.First.GetByRole(AriaRole.Img, new() { Name = CyrillicA })).ToBeVisibleAsync();
        var priorities = await tab.Page.Locator("table.queue tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(priorities.Select(int.Parse).OrderByDescending(p => p), priorities.Select(int.Parse));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.List, new() { Name = "Cases per status" }).GetByRole(AriaRole.Link).First)
            .ToHaveTextAsync($"All {seeded.TotalCases}");
        await tab.ScreenshotAsync("review-queue.png", fullPage: false);
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_SignsInAndOut_KeyLivesOnlyInTheTabsSessionStorage()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);

        Assert.Equal(seeded.Keys["reviewer"], await tab.Page.EvaluateAsync<string>("() => sessionStorage.getItem('brandwatch.apiKey')"));
        Assert.Equal(0, await tab.Page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Empty(await tab.Page.Context.CookiesAsync());

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByLabel("API key")).ToBeVisibleAsync();
        Assert.Null(await tab.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('brandwatch.apiKey')"));
        await Assertions.Expect(tab.Page.Locator("table.queue")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SignIn_WithAnUnknownKey_IsRefusedAndNothingIsKept()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.Page.GotoAsync("/");

        await tab.Page.GetByLabel("API key").FillAsync("bw_not_a_real_key_0000000000000000");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "not accepted" })).ToHaveTextAsync("That key was not accepted.");
        Assert.Null(await tab.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('brandwatch.apiKey')"));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Reviewer_FiltersByMarkAndVerdict_SeesOnlyMatchingCases()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);

        await tab.Page.GetByLabel("Mark").SelectOptionAsync("zalando");

        var rows = tab.Page.Locator("table.queue tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("zalanndo.shop");
        Assert.Contains("mark=zalando", tab.Page.Url, StringComparison.Ordinal);

        await tab.Page.GetByLabel("Mark").SelectOptionAsync("paypal");
        await tab.Page.GetByLabel("Verdict").SelectOptionAsync("likely");

        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-case-id", seeded.HomographId.ToString());
        await Assertions.Expect(rows.Nth(1)).ToHaveAttributeAsync("data-case-id", seeded.SecondHomographId.ToString());
    }

    [Fact]
    public async Task Reviewer_UsesTheKeyboard_SearchesMovesAndOpensACase()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(50);

        await tab.Page.Keyboard.PressAsync("/");
        await Assertions.Expect(tab.Page.GetByLabel("Domain contains")).ToBeFocusedAsync();
        await tab.Page.Keyboard.TypeAsync("login-secure");
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
        await tab.Page.Keyboard.PressAsync("Escape");
        await tab.Page.Keyboard.PressAsync("j");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/cases/{seeded.CombosquatId}$"));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("paypal-login-secure.com");

        await tab.Page.Keyboard.PressAsync("u");

        await Assertions.Expect(tab.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/queue\\?q=login-secure$"));
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Reviewer_PagesThroughTheQueue_SeesTheRestOnPageTwo()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Next →" }).ClickAsync();

        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(seeded.TotalCases - 50);
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "← Previous" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("table.queue tbody tr")).ToHaveCountAsync(50);
    }

    [Fact]
    public async Task Reviewer_OpensHomographCase_SeesTheCyrillicCharacterHighlightedAndTheEvidence()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);

        await tab.Page.Locator($"tr[data-case-id='{seeded.HomographId}'] a.case-link").ClickAsync();

        var page = tab.Page;
        await Assertions.Expect(page.GetByTestId("domain-unicode")).ToHaveTextAsync("pаypal.com");
        await Assertions.Expect(page.GetByTestId("domain-ascii")).ToHaveTextAsync("xn--pypal-4ve.com");
        var highlighted = page.GetByTestId("domain-unicode").GetByRole(AriaRole.Img, new() { Name = CyrillicA });
        await Assertions.Expect(highlighted).ToHaveTextAsync("а");
        await Assertions.Expect(page.GetByTestId("confusable-summary")).ToContainTextAsync("Latin and Cyrillic");
        await Assertions.Expect(page.GetByTestId("recommended-action")).ToHaveTextAsync("Abuse takedown");
        await Assertions.Expect(page.GetByRole(AriaRole.Meter, new() { Name = "Act", Exact = true })).ToHaveAttributeAsync("aria-valuenow", "0.9");
        await Assertions.Expect(page.GetByTestId("page-sha256")).ToHaveTextAsync(Filings.PageSha256);
        await Assertions.Expect(page.GetByText("Domain registered (rdap) — 9732 days after the mark")).ToBeVisibleAsync();
        // The phishing form's HTML is shown as text: no form, script or image from it exists in the page.
        await Assertions.Expect(page.GetByTestId("finding-fragment")).ToHaveTextAsync(Filings.HostileFragment);
        Assert.Equal(0, await page.Locator("article form[action*='collect.example'], article img, article script").CountAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.pwned === 1"));
        await tab.ScreenshotAsync("review-case.png");
        Assert.Empty(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Reviewer_ConfirmsTheHomographWithANote_SeesTheAuditEntry()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.SecondHomographId}");
        const string note = "Live PayPal phishing on a Cyrillic look-alike; confirmed for takedown.";

        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "Confirm" }).CheckAsync();
        await tab.Page.GetByLabel("Note (kept in the audit log)").FillAsync(note);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("Confirmed");
        var decision = tab.Page.GetByTestId("audit-log").Locator("tbody tr").Last;
        await Assertions.Expect(decision.Locator("td").Nth(2)).ToHaveTextAsync("In review");
        await Assertions.Expect(decision.Locator("td").Nth(3)).ToHaveTextAsync("Confirmed");
        await Assertions.Expect(decision).ToContainTextAsync(note);
        using var client = seeded.Client("reviewer");
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/cases/{seeded.SecondHomographId}", TestContext.Current.CancellationToken);
        Assert.Equal("confirmed", stored.GetProperty("case").GetProperty("status").GetString());
        await tab.ScreenshotAsync("review-case-confirmed.png");
    }

    [Theory]
    [InlineData(0, "Dismiss", "not-similar", "Dismissed", "(Not similar)")]
    [InlineData(1, "Monitor", null, "Monitoring", null)]
    public async Task Reviewer_DecidesANewCase_StatusAndAuditShowTheDecision(int filler, string decision, string? reason, string status, string? auditDetail)
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.FillerIds[filler]}");
        var note = $"{decision}: checked by hand.";

        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = decision }).CheckAsync();
        if (reason is not null)
        {
            await tab.Page.GetByLabel("Reason for dismissal").SelectOptionAsync(reason);
        }

        await tab.Page.GetByLabel("Note (kept in the audit log)").FillAsync(note);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync(status);
        var last = tab.Page.GetByTestId("audit-log").Locator("tbody tr").Last;
        await Assertions.Expect(last.Locator("td").Nth(3)).ToHaveTextAsync(status);
        await Assertions.Expect(last.Locator("td").Nth(4)).ToHaveTextAsync(auditDetail is null ? note : $"{note} {auditDetail}");
    }

    [Fact]
    public async Task Reviewer_RecordsTheActionTakenOnAConfirmedCase_AuditShowsTheAction()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.FillerIds[2]}");
        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "Confirm" }).CheckAsync();
        await tab.Page.GetByLabel("Note (kept in the audit log)").FillAsync("Typo of a famous mark, no defence.");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("Confirmed");

        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "Record action taken" }).CheckAsync();
        await tab.Page.GetByLabel("Action taken", new() { Exact = true }).SelectOptionAsync("takedown-requested");
        await tab.Page.GetByLabel("Note (kept in the audit log)").FillAsync("Sent to the registrar's abuse desk.");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("Actioned");
        await Assertions.Expect(tab.Page.GetByTestId("audit-log").Locator("tbody tr").Last.Locator("td").Nth(4))
            .ToHaveTextAsync("Sent to the registrar's abuse desk. (Takedown requested)");
    }

    [Fact]
    public async Task Reviewer_SavesWithoutANote_IsAskedForOneAndNothingChanges()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.FillerIds[3]}");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("decide-message")).ToContainTextAsync("Write a note");
        await Assertions.Expect(tab.Page.GetByLabel("Note (kept in the audit log)")).ToBeFocusedAsync();
        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("New");
    }

    [Fact]
    public async Task ConflictingEdit_MadeBehindThePagesBack_ShowsTheConflictAndOverwritesNothing()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.CombosquatId}");
        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("New");

        // Another reviewer starts the review through the Api while the page still shows the old version.
        using var other = seeded.Client("reviewer");
        using var current = await other.GetAsync(new Uri($"/api/cases/{seeded.CombosquatId}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var move = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{seeded.CombosquatId}/transitions")
        {
            Content = JsonContent.Create(new { to = "in_review", note = "taking this one" }),
        };
        move.Headers.IfMatch.Add(current.Headers.ETag!); // the Api sends an ETag with every case
        using var moved = await other.SendAsync(move, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        const string note = "Looks like a reseller; dismissing.";
        await tab.Page.GetByRole(AriaRole.Radio, new() { Name = "Dismiss" }).CheckAsync();
        await tab.Page.GetByLabel("Reason for dismissal").SelectOptionAsync("legitimate-interest");
        await tab.Page.GetByLabel("Note (kept in the audit log)").FillAsync(note);
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("decide-message")).ToContainTextAsync("Someone else changed this case");
        await Assertions.Expect(tab.Page.GetByLabel("Note (kept in the audit log)")).ToHaveValueAsync(note);
        var stored = await other.GetFromJsonAsync<JsonElement>($"/api/cases/{seeded.CombosquatId}", TestContext.Current.CancellationToken);
        Assert.Equal("in_review", stored.GetProperty("case").GetProperty("status").GetString());
        await tab.ScreenshotAsync("review-conflict.png");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Reload case" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("case-status")).ToHaveTextAsync("In review");
        await Assertions.Expect(tab.Page.GetByTestId("audit-log")).ToContainTextAsync("taking this one");
        await Assertions.Expect(tab.Page.GetByLabel("Note (kept in the audit log)")).ToHaveValueAsync(note);
    }

    [Fact]
    public async Task Reviewer_ExportsTheEvidencePackage_GetsTheApisZip()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], $"#/cases/{seeded.HomographId}");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() =>
            tab.Page.GetByRole(AriaRole.Button, new() { Name = "Export evidence package" }).ClickAsync());

        Assert.Equal($"case-{seeded.HomographId}-evidence.zip", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path);
        Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
    }

    [Theory]
    [InlineData("")]
    [InlineData("#/cases/{homograph}")]
    public async Task Page_SignedIn_HasNoAccessibilityViolations(string hash)
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"], hash.Replace("{homograph}", seeded.HomographId.ToString(), StringComparison.Ordinal));
        await Assertions.Expect(tab.Page.Locator("table.queue, article.case-view")).ToBeVisibleAsync();

        var violations = await Accessibility.ViolationsAsync(tab.Page);

        Assert.True(violations.Length == 0, string.Join(Environment.NewLine, violations));
    }
}
