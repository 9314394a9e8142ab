using System.Reflection;
using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Crawling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Capture;

/// <summary>
/// Turns the pages of one crawl into evidence files in the <see cref="CaptureStore"/>: a WARC per page, the
/// certificate chain of each HTTPS page, the DNS answers of each host (asked once per crawl), and a screenshot of the
/// first <see cref="CaptureOptions.ScreenshotsPerSite"/> pages that answered with HTML. A capture that fails is left out
/// with a log line; it never fails the crawl.
/// </summary>
internal sealed partial class PageCapturer(CaptureStore store, DnsAnswerCapture dns, ChromiumScreenshots screenshots, IOptions<CaptureOptions> options, TimeProvider time, ILogger<PageCapturer> log)
{
    public static readonly string Software = "BrandWatch.Worker " +
        (typeof(PageCapturer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    private readonly CaptureOptions _options = options.Value;

    public bool Enabled => _options.Enabled;

    /// <summary>The files captured for each page, in the order of <paramref name="pages"/>.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<CaptureFile>>> CaptureAsync(IReadOnlyList<FetchResult> pages, CancellationToken cancellationToken)
    {
        var result = new List<IReadOnlyList<CaptureFile>>(pages.Count);
        var dnsByHost = new Dictionary<string, CaptureFile?>(StringComparer.OrdinalIgnoreCase);
        var screenshotsLeft = _options.ScreenshotsPerSite;
        foreach (var page in pages)
        {
            var files = new List<CaptureFile>();
            if (!_options.Enabled)
            {
                result.Add(files);
                continue;
            }

            await TryAsync(page.Url, "WARC", async () =>
            {
                var at = time.GetUtcNow();
                if (PageWarc.Write(page, Software, at) is { } warc)
                {
                    files.Add(await store.SaveAsync(warc, CaptureKind.Warc, PageWarc.MediaType, page.FetchedAt, Software + " SafePageFetcher", cancellationToken));
                }
            });

            if (page.CertificateChain.Count > 0 && Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var secure))
            {
                await TryAsync(page.Url, "certificate chain", async () => files.Add(await store.SaveAsync(
                    CertificateChainPem.Write(secure.IdnHost, page.CertificateChain), CaptureKind.CertificateChain, CertificateChainPem.MediaType, page.FetchedAt,
                    Software + " SafePageFetcher (TLS handshake)", cancellationToken)));
            }

            if (_options.DnsAnswers && Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var final) && final.HostNameType == UriHostNameType.Dns)
            {
                if (!dnsByHost.TryGetValue(final.IdnHost, out var answers))
                {
                    await TryAsync(page.Url, "DNS answers", async () =>
                    {
                        var at = time.GetUtcNow();
                        answers = await store.SaveAsync(await dns.CaptureAsync(final.IdnHost, Software, cancellationToken), CaptureKind.DnsAnswers,
                            DnsAnswerCapture.MediaType, at, Software + " DnsClient", cancellationToken);
                    });
                    dnsByHost[final.IdnHost] = answers;
                }

                if (answers is not null)
                {
                    files.Add(answers);
                }
            }

            if (screenshotsLeft > 0 && page.Succeeded && page.ContentType is null or "text/html" or "application/xhtml+xml"
                && Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var shown))
            {
                screenshotsLeft--;
                var at = time.GetUtcNow();
                if (await screenshots.CaptureAsync(shown, cancellationToken) is { } png)
                {
                    await TryAsync(page.Url, "screenshot", async () =>
                        files.Add(await store.SaveAsync(png.Png, CaptureKind.Screenshot, ChromiumScreenshots.MediaType, at, png.Tool, cancellationToken)));
                }
            }

            result.Add(files);
        }

        return result;
    }

    private async Task TryAsync(string url, string what, Func<Task> capture)
    {
        try
        {
            await capture();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            LogFailed(log, what, url, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "no {What} kept for {Url}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string what, string url, string reason);
}
