using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Limits of the page fetcher (section <c>Crawl</c>).</summary>
internal sealed class CrawlOptions
{
    public const string Section = "Crawl";

    /// <summary>TCP port of the web server (80; tests point it at a loopback site server).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 80;

    /// <summary>Only for tests: allow loopback addresses. Private and link-local stay refused.</summary>
    public bool AllowLoopback { get; set; }

    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests in flight to one remote address at once.</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = 2;
}
