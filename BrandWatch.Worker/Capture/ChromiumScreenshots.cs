using System.Globalization;
using System.Net;
using BrandWatch.Net;
using BrandWatch.Worker.Crawling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// Full-page PNGs of hostile pages, rendered by the system's Chromium through Playwright in a locked-down profile: a
/// fresh browser and context per page (nothing stored, nothing carried from one site to the next), JavaScript on,
/// downloads and service workers off, and the network limited to the page's own host. The host is resolved here, every
/// address passes the crawler's address guard, and Chromium is started with a host-resolver rule that maps the host to
/// the vetted address and every other name to "not found", so the browser can neither resolve nor rebind anything.
/// Requests and web sockets to any other host, scheme or port are aborted. Each screenshot is time-boxed.
/// When no browser is found the screenshots are off, said once in the log.
/// </summary>
internal sealed partial class ChromiumScreenshots : IAsyncDisposable
{
    public const string MediaType = "image/png";

    private static readonly string[] BaseArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-default-apps", "--disable-extensions", "--mute-audio", "--no-pings", "--disable-breakpad", "--disable-features=DnsOverHttps,Translate",
        "--force-webrtc-ip-handling-policy=disable_non_proxied_udp", "--webrtc-ip-handling-policy=disable_non_proxied_udp", "--no-proxy-server",
    ];

    private readonly CaptureOptions _options;
    private readonly IHostAddressResolver _resolver;
    private readonly ConnectPolicy _policy;
    private readonly ILogger<ChromiumScreenshots> _log;
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private string? _executable;
    private bool _looked;

    public ChromiumScreenshots(IOptions<CaptureOptions> options, IOptions<PageFetcherOptions> fetcher, IHostAddressResolver resolver, ILogger<ChromiumScreenshots> log)
    {
        _options = options.Value;
        _resolver = resolver;
        _policy = new ConnectPolicy { AllowLoopback = fetcher.Value.AllowLoopback, Ports = ConnectPolicy.WebPortsAnd(fetcher.Value.ExtraPorts) };
        _log = log;
    }

    /// <summary>The browser in use, or null when screenshots are off (by setting or because none was found).</summary>
    public string? Executable => FindExecutable();

    /// <summary>A PNG of the page and the tool that made it, or null (no browser, a refused address, a failed render).</summary>
    public async Task<(byte[] Png, string Tool)?> CaptureAsync(Uri url, CancellationToken cancellationToken)
    {
        if (FindExecutable() is not { } executable)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ScreenshotTimeout);
        try
        {
            return await RenderAsync(executable, url, timeout.Token);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException or ConnectRefusedException or HttpRequestException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(_log, url.AbsoluteUri, ex.Message);
            return null;
        }
    }

    private async Task<(byte[] Png, string Tool)?> RenderAsync(string executable, Uri url, CancellationToken cancellationToken)
    {
        var host = url.IdnHost;
        var address = await VettedAddressAsync(url, cancellationToken);
        var playwright = await PlaywrightAsync(cancellationToken);
        var mapped = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var args = new List<string>(BaseArgs)
        {
            // The rule matches address literals too, so a page at an address excludes its own from it.
            url.HostNameType == UriHostNameType.Dns ? $"--host-resolver-rules=MAP {host} {mapped}, MAP * ~NOTFOUND" : $"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {url.Host}",
        };
        var milliseconds = (float)_options.ScreenshotTimeout.TotalMilliseconds;
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable, Headless = true, Args = args, Timeout = milliseconds, ChromiumSandbox = false,
        }).WaitAsync(cancellationToken);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = true,
            AcceptDownloads = false,
            IgnoreHTTPSErrors = true, // a phishing page with a bad certificate is evidence all the same
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ViewportSize = new ViewportSize { Width = _options.ViewportWidth, Height = _options.ViewportHeight },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(milliseconds);
        await context.RouteAsync("**/*", route => Allowed(route.Request.Url, url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        await context.RouteWebSocketAsync("**/*", socket =>
        {
            if (Allowed(socket.Url, url))
            {
                socket.ConnectToServer();
            }
            else
            {
                _ = socket.CloseAsync();
            }
        });

        var page = await context.NewPageAsync();
        IResponse? response = null;
        try
        {
            response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = milliseconds * 2 / 3 }).WaitAsync(cancellationToken);
        }
        catch (TimeoutException)
        {
            // A page that never finishes loading is shown as far as it got.
        }

        if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var shown) || !Allowed(shown.AbsoluteUri, url))
        {
            LogFailed(_log, url.AbsoluteUri, $"the page went to {page.Url}, outside its host");
            return null;
        }

        var height = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)");
        var options = new PageScreenshotOptions { FullPage = true, Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled };
        if (height > _options.MaxScreenshotHeight)
        {
            options.Clip = new Clip { X = 0, Y = 0, Width = _options.ViewportWidth, Height = _options.MaxScreenshotHeight };
        }

        var png = await page.ScreenshotAsync(options).WaitAsync(cancellationToken);
        LogRendered(_log, url.AbsoluteUri, response?.Status ?? 0, png.Length);
        return (png, $"Chromium {browser.Version} (headless) via Playwright for .NET");
    }

    /// <summary>The first address of the page's host the address guard accepts; throws when none is acceptable.</summary>
    private async Task<IPAddress> VettedAddressAsync(Uri url, CancellationToken cancellationToken)
    {
        var bare = url.Host.Trim('[', ']');
        IReadOnlyList<IPAddress> addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await _resolver.ResolveAsync(url.IdnHost, cancellationToken);
        foreach (var address in addresses)
        {
            if (_policy.Refusal(address, url.Port) is null)
            {
                return address;
            }
        }

        var first = addresses.Count > 0 ? addresses[0] : IPAddress.None;
        throw new ConnectRefusedException(url.IdnHost, url.Port, first, addresses.Count > 0 ? _policy.Refusal(first, url.Port) ?? "refused" : "no address");
    }

    private bool Allowed(string requested, Uri page) =>
        Uri.TryCreate(requested, UriKind.Absolute, out var target)
        && target.Scheme is "http" or "https" or "ws" or "wss"
        && string.Equals(target.IdnHost, page.IdnHost, StringComparison.OrdinalIgnoreCase)
        && (target.Port == page.Port || _policy.Ports is null || _policy.Ports.Contains(target.Port));

    private async Task<IPlaywright> PlaywrightAsync(CancellationToken cancellationToken)
    {
        await _start.WaitAsync(cancellationToken);
        try
        {
            return _playwright ??= await Playwright.CreateAsync();
        }
        finally
        {
            _start.Release();
        }
    }

    private string? FindExecutable()
    {
        if (_looked)
        {
            return _executable;
        }

        lock (_start)
        {
            if (!_looked)
            {
                _executable = _options.Screenshots ? Locate(_options.ChromiumPath) : null;
                if (!_options.Screenshots)
                {
                    LogOff(_log, "Capture:Screenshots is false");
                }
                else if (_executable is null)
                {
                    LogOff(_log, string.IsNullOrWhiteSpace(_options.ChromiumPath)
                        ? "no chromium, chromium-browser or google-chrome on PATH (install Debian's chromium, or set Capture:ChromiumPath)"
                        : $"Capture:ChromiumPath {_options.ChromiumPath} does not exist");
                }
                else
                {
                    LogOn(_log, _executable);
                }

                _looked = true;
            }
        }

        return _executable;
    }

    private static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public async ValueTask DisposeAsync()
    {
        _playwright?.Dispose();
        _start.Dispose();
        await Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "screenshots on: {Executable} renders captured pages")]
    private static partial void LogOn(ILogger logger, string executable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "screenshots off: {Reason}")]
    private static partial void LogOff(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "rendered {Url}: status {Status}, {Bytes} bytes of PNG")]
    private static partial void LogRendered(ILogger logger, string url, int status, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "no screenshot of {Url}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string url, string reason);
}
