using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A page of the review desk in its own browser context, and what the browser console said.</summary>
public sealed class DeskPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Opens the desk and signs in with the key, as a person would: paste it, press the button.</summary>
    public async Task SignInAsync(string key, string hash = "")
    {
        await Page.GotoAsync("/" + hash);
        await Page.GetByLabel("API key").FillAsync(key);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" })).ToBeVisibleAsync();
    }

    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        await Page.Mouse.MoveAsync(0, 0); // no hover highlight in the picture
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DeskFixture.ScreenshotFolder, name), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await context.DisposeAsync();
    }
}
