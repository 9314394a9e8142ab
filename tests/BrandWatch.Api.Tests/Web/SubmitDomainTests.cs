using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>The "Submit a domain or URL" form on the queue page: refusals named by the Api, a new and a repeated submission.</summary>
[Collection(SharedDesk.Name)]
public sealed class SubmitDomainTests(SeededDesk seeded)
{
    [Fact]
    public async Task Reviewer_SubmitsAUrl_SeesItWaitingAndARepeatIsRecognised()
    {
        await using var tab = await seeded.Desk.OpenAsync();
        await tab.SignInAsync(seeded.Keys["reviewer"]);
        var value = tab.Page.GetByRole(AriaRole.Textbox, new() { Name = "Domain or URL", Exact = true });

        await value.FillAsync("not a domain");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(tab.Page.GetByTestId("submit-error")).ToContainTextAsync("value: is not a domain name");

        await value.FillAsync("https://Desk-Submit-Login.com/signin");
        await tab.Page.GetByRole(AriaRole.Textbox, new() { Name = "Note (optional)", Exact = true }).FillAsync("Reported by a customer");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("submit-result"))
            .ToContainTextAsync("Submitted https://desk-submit-login.com/signin");
        await Assertions.Expect(tab.Page.GetByTestId("submit-result")).ToContainTextAsync("the Worker will screen desk-submit-login.com");
        await Assertions.Expect(tab.Page.GetByTestId("submit-error")).ToBeEmptyAsync();
        await Assertions.Expect(tab.Page.GetByTestId("my-submissions").Locator("li").First)
            .ToContainTextAsync("https://desk-submit-login.com/signin — waiting for the Worker");

        await value.FillAsync("https://desk-submit-login.com/signin");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByTestId("submit-result")).ToContainTextAsync("is already waiting for the Worker");
        // The refused submission's 400 is logged by the browser itself; nothing else may be.
        Assert.All(tab.ConsoleErrors, e => Assert.Contains("/api/submissions", e, StringComparison.Ordinal));
        Assert.Single(tab.ConsoleErrors);
    }

    [Fact]
    public async Task Worker_HasNoSubmitForm()
    {
        await using var tab = await seeded.Desk.OpenAsync();

        await tab.SignInAsync(seeded.Keys["worker"]);

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Name = "Submit a domain or URL" })).ToHaveCountAsync(0);
    }
}
