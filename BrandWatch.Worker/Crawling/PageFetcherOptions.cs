using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Crawling;

/// <summary>Settings of <see cref="SafePageFetcher"/>, bound from the "Fetcher" configuration section.</summary>
public sealed class PageFetcherOptions
{
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time for the whole fetch: every redirect hop, headers and body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Body bytes kept, counted after decompression.</summary>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 2 * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Required]
    public string UserAgent { get; set; } = "BrandWatchBot/1.0 (trademark infringement monitoring; evidence capture; no script execution)";

    public string AcceptLanguage { get; set; } = "en;q=0.9, *;q=0.5";

    /// <summary>
    /// Ports the fetcher may connect to besides 80 and 443 (a redirect or a link to any other port is refused, so a
    /// hostile page cannot make the crawler talk to mail, database or admin ports).
    /// </summary>
    public IList<int> ExtraPorts { get; init; } = [];

    /// <summary>Lets the fetcher connect to 127.0.0.0/8 and ::1 (on any port). For tests only: never set it in production.</summary>
    public bool AllowLoopback { get; set; }
}
