using System.ComponentModel.DataAnnotations;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Stage sizes and retry timing (section <c>Pipeline</c>).</summary>
internal sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Domains screened and committed (with the feed cursor) per transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    [Range(1, 64)]
    public int ScreenConcurrency { get; set; } = Environment.ProcessorCount;

    [Range(1, 256)]
    public int EnrichConcurrency { get; set; } = 8;

    [Range(1, 256)]
    public int CrawlConcurrency { get; set; } = 8;

    [Range(1, 64)]
    public int ScoreConcurrency { get; set; } = 2;

    [Range(1, 64)]
    public int FileConcurrency { get; set; } = 2;

    /// <summary>Items waiting between two stages; a full channel makes the stage before it wait (back-pressure).</summary>
    [Range(1, 100_000)]
    public int ChannelCapacity { get; set; } = 64;

    /// <summary>How often the store is polled for items due again (retries, re-checks, work left by a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First delay before a failed stage is tried again; doubles per attempt up to <see cref="RetryMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>TCP port the crawl stage fetches front pages from (80; tests point it at a loopback site server).</summary>
    [Range(1, 65535)]
    public int WebPort { get; set; } = 80;

    /// <summary>Page fetches in flight to one remote address at once.</summary>
    [Range(1, 64)]
    public int PerHostConcurrency { get; set; } = 2;

    /// <summary>Images per page (favicon, touch icon, og:image, logo-like images) fetched to compare with the reference logos; 0 fetches none.</summary>
    [Range(0, 32)]
    public int MaxPageImages { get; set; } = 8;

    /// <summary>Largest image fetched for the comparison, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxImageBytes { get; set; } = 512 * 1024;

    /// <summary>Look registration data up (RDAP, WHOIS) in the enrich stage; off leaves it unknown.</summary>
    public bool LookupRegistration { get; set; } = true;

    /// <summary>
    /// With <see cref="LookupRegistration"/>, also look up the network and origin AS of each A/AAAA address in IP and
    /// AS RDAP (section <c>Registration</c>: the number bootstrap files and how many addresses per subject).
    /// </summary>
    public bool LookupNetworks { get; set; } = true;

    /// <summary>Cases whose verdict is below this are kept in the work state but not filed.</summary>
    public Outcome FileMinimumOutcome { get; set; } = Outcome.Possible;

    /// <summary>On shutdown, how long in-flight stages may finish before they are cut off (their items resume at their stage).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
