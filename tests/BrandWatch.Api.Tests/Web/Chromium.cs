using System.Diagnostics;
using Microsoft.Playwright;

namespace BrandWatch.Api.Tests.Web;

/// <summary>Debian's Chromium driven by Playwright's bundled driver; never a downloaded browser.</summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var path = await FindExecutableAsync();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Args,
            });
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>What <c>command -v chromium</c> prints, or a failure telling how to install it.</summary>
    private static async Task<string> FindExecutableAsync()
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", "command -v chromium"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh to look for chromium");
        var output = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || output.Length == 0 || !File.Exists(output))
        {
            throw new InvalidOperationException(
                "Chromium is not installed: the review desk's browser tests drive Debian's chromium. Run .ci/install-test-deps (it installs chromium and fonts-noto-cjk).");
        }

        return output;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
