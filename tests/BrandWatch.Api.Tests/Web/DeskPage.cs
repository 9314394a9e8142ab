using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>A page of the review desk in its own browser context, and what the browser console said.</summary>
public sealed class DeskPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DeskFixture.ScreenshotFolder, name), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await context.DisposeAsync();
    }
}
