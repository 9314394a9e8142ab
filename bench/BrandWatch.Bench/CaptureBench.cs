using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BrandWatch.Worker.Capture;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrandWatch.Bench;

/// <summary>
/// <c>bench capture [--pages N] [--screenshots M]</c>: the cost of evidence capture per page against loopback peers
/// (dnsmasq answering every name with 127.0.0.1, a login page on a loopback HTTP listener). The peer, measured in the
/// same run, is the plain fetch the crawler makes anyway; then the same fetches with the WARC, the DNS answers and the
/// store; then Chromium screenshots (wall time: the browser's CPU is another process's).
/// </summary>
internal static class CaptureBench
{
    public static Command Create()
    {
        var pages = new Option<int>("--pages") { Description = "Pages fetched per measured pass", DefaultValueFactory = _ => 300 };
        var shots = new Option<int>("--screenshots") { Description = "Screenshots rendered (0 to skip)", DefaultValueFactory = _ => 10 };
        var command = new Command("capture", "Measure evidence capture per page (WARC, DNS answers, screenshot) against the plain fetch") { pages, shots };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(pages), parse.GetValue(shots), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(int pages, int screenshots, TextWriter output, CancellationToken cancellationToken)
    {
        await using var peers = await LoopbackPeers.StartAsync(TimeSpan.Zero);
        var dns = Options.Create(new DnsInspectorOptions { NameServers = [$"127.0.0.1:{peers.DnsPort.ToString(CultureInfo.InvariantCulture)}"] });
        var resolver = new DnsHostAddressResolver(dns);
        var fetcherOptions = Options.Create(new PageFetcherOptions { AllowLoopback = true });
        var fetcher = new SafePageFetcher(fetcherOptions, resolver: resolver);
        var folder = Directory.CreateTempSubdirectory("brandwatch-bench-capture-");
        try
        {
            var options = new CaptureOptions { Folder = folder.FullName, ScreenshotsPerSite = 0 };
            await using var browser = new ChromiumScreenshots(Options.Create(options), fetcherOptions, resolver, NullLogger<ChromiumScreenshots>.Instance);
            var capturer = new PageCapturer(new CaptureStore(Options.Create(options)), new DnsAnswerCapture(dns, TimeProvider.System), browser,
                Options.Create(options), TimeProvider.System, NullLogger<PageCapturer>.Instance);
            Uri Url(string pass, int i) => new($"http://site-{pass}-{i.ToString(CultureInfo.InvariantCulture)}.test:{peers.HttpPort.ToString(CultureInfo.InvariantCulture)}/");

            await FetchOnlyAsync(fetcher, Enumerable.Range(0, 20).Select(i => Url("warm", i)), cancellationToken); // JIT, pools
            await CaptureAsync(fetcher, capturer, Enumerable.Range(0, 20).Select(i => Url("warmcapture", i)), cancellationToken);
            var plain = await MeasureAsync(() => FetchOnlyAsync(fetcher, Enumerable.Range(0, pages).Select(i => Url("plain", i)), cancellationToken));
            var captured = await MeasureAsync(() => CaptureAsync(fetcher, capturer, Enumerable.Range(0, pages).Select(i => Url("captured", i)), cancellationToken));
            var bytes = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"capture: {pages} pages per pass on loopback, one at a time, process CPU and wall time"));
            output.WriteLine(string.Create(c, $"peer, plain fetch (SafePageFetcher + name lookup): {plain.WallMs / pages:F2} ms wall, {plain.CpuMs / pages:F2} ms CPU a page"));
            output.WriteLine(string.Create(c, $"fetch + WARC + DNS answers + store: {captured.WallMs / pages:F2} ms wall, {captured.CpuMs / pages:F2} ms CPU a page; "
                + $"{captured.WallMs / plain.WallMs:F2}x the plain fetch's wall time, {captured.CpuMs / plain.CpuMs:F2}x its CPU; {bytes / 1024.0 / (pages + 20):F1} KiB stored a page"));

            if (screenshots > 0)
            {
                if (browser.Executable is null)
                {
                    output.WriteLine("screenshots: skipped, no chromium found");
                }
                else
                {
                    _ = await browser.CaptureAsync(Url("warmshot", 0), cancellationToken);
                    var shot = await MeasureAsync(async () =>
                    {
                        for (var i = 0; i < screenshots; i++)
                        {
                            _ = await browser.CaptureAsync(Url("shot", i), cancellationToken) ?? throw new InvalidOperationException("a screenshot failed");
                        }
                    });
                    output.WriteLine(string.Create(c, $"screenshot ({browser.Executable}, fresh browser each): {shot.WallMs / screenshots:F0} ms wall a page = "
                        + $"{shot.WallMs / screenshots / (plain.WallMs / pages):F0}x the plain fetch; {shot.CpuMs / screenshots:F0} ms CPU in this process (the browser's own CPU not counted)"));
                }
            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task FetchOnlyAsync(SafePageFetcher fetcher, IEnumerable<Uri> urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            var page = await fetcher.FetchAsync(url, cancellationToken);
            if (!page.Succeeded)
            {
                throw new InvalidOperationException($"{url}: {page.Error} {page.ErrorDetail}");
            }
        }
    }

    private static async Task CaptureAsync(SafePageFetcher fetcher, PageCapturer capturer, IEnumerable<Uri> urls, CancellationToken cancellationToken)
    {
        foreach (var url in urls)
        {
            var page = await fetcher.FetchAsync(url, cancellationToken);
            var files = await capturer.CaptureAsync([page], cancellationToken);
            if (files[0].Count < 2)
            {
                throw new InvalidOperationException($"{url}: only {files[0].Count} files captured");
            }
        }
    }

    private static async Task<(double WallMs, double CpuMs)> MeasureAsync(Func<Task> work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
