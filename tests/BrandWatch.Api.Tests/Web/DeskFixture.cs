using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>One Api on loopback and one Chromium shared by the review desk tests of a class.</summary>
public sealed class DeskFixture : IAsyncLifetime
{
    private Chromium? _chromium;

    public ApiHost Api { get; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => (_chromium ?? throw new InvalidOperationException("the fixture is not initialised")).Browser;

    /// <summary>Where screenshots go: under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        BaseAddress = Api.BaseAddress;
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A fresh browser context (its own session storage), with console errors collected.</summary>
    public async Task<DeskPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        var page = await context.NewPageAsync();
        var desk = new DeskPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                desk.ConsoleErrors.Add($"{message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => desk.ConsoleErrors.Add(error);
        return desk;
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await Api.DisposeAsync();
    }
}
