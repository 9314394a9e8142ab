using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Capture;

/// <summary>Settings of evidence capture, bound from the "Capture" configuration section.</summary>
public sealed class CaptureOptions
{
    public const string Section = "Capture";

    /// <summary>Write a WARC, the certificate chain and the DNS answers for every page fetched for a case.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the Worker keeps captured files (named by SHA-256) until the Api holds them; relative to the working folder.</summary>
    [Required]
    public string Folder { get; set; } = "captures";

    public bool DnsAnswers { get; set; } = true;

    /// <summary>Render a full-page PNG with headless Chromium; off by itself when no browser is found.</summary>
    public bool Screenshots { get; set; } = true;

    /// <summary>The Chromium executable; when empty, <c>chromium</c>, <c>chromium-browser</c> or <c>google-chrome</c> on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Pages rendered per site crawl, home page first (a screenshot costs about a second of CPU).</summary>
    [Range(0, 100)]
    public int ScreenshotsPerSite { get; set; } = 1;

    /// <summary>Time for one screenshot: launch, navigation, rendering.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ScreenshotTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(320, 4096)]
    public int ViewportWidth { get; set; } = 1366;

    [Range(240, 4096)]
    public int ViewportHeight { get; set; } = 900;

    /// <summary>Screenshots taller than this are cut at this height (Chromium cannot render much beyond 16384 pixels).</summary>
    [Range(240, 16384)]
    public int MaxScreenshotHeight { get; set; } = 12000;

    /// <summary>Captured files kept by the Worker after they were filed; older ones are deleted by the purge job.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(14);
}
