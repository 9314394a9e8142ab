using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Crawling;

/// <summary>Settings of <see cref="SiteCrawler"/>, bound from the "Crawler" configuration section.</summary>
public sealed class CrawlOptions
{
    /// <summary>Pages fetched per site, the home page included.</summary>
    [Range(1, 100)]
    public int MaxPages { get; set; } = 8;

    /// <summary>Pause after each request before the same host is asked again (requests to one host never overlap).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan DelayPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Links read from the home page at most (a page of ten thousand links is not walked).</summary>
    [Range(1, 100_000)]
    public int MaxLinksRead { get; set; } = 2000;
}
