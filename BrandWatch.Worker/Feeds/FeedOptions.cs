using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Feeds;

/// <summary>One configured feed (an entry of the <c>Feeds</c> array).</summary>
internal sealed class FeedOptions : IValidatableObject
{
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$")]
    public string Name { get; set; } = string.Empty;

    public FeedKind Kind { get; set; } = FeedKind.File;

    /// <summary>File or folder (File), folder of zone files (ZoneDiff), JSON log list (CertificateTransparency).</summary>
    public string? Path { get; set; }

    /// <summary>HTTP(S) address (Url).</summary>
    public Uri? Url { get; set; }

    /// <summary>Quartz cron expression for this feed's pull job; empty uses <c>Jobs:PullFeedsCron</c>.</summary>
    public string? Cron { get; set; }

    [Range(1024L, long.MaxValue)]
    public long MaxBytes { get; set; } = 1L << 30;

    /// <summary>File, Url, ZoneDiff: the most a compressed file (.gz, .zip) may expand to; past it the file is refused.</summary>
    [Range(1024L, long.MaxValue)]
    public long MaxDecompressedBytes { get; set; } = DecompressionLimit.Default.MaxBytes;

    /// <summary>File, Url, ZoneDiff: the most bytes out per compressed byte in (judged past 16 MiB out).</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = DecompressionLimit.Default.MaxRatio;

    public DecompressionLimit Decompression => new(MaxDecompressedBytes, MaxCompressionRatio);

    /// <summary>CertificateTransparency: entries asked for per <c>get-entries</c> call (logs may answer fewer).</summary>
    [Range(1, 10_000)]
    public int CtBatchEntries { get; set; } = 256;

    /// <summary>CertificateTransparency: a log new to the feed is read from entry 0 instead of from its current size.</summary>
    public bool CtFromStart { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is FeedKind.File or FeedKind.ZoneDiff or FeedKind.CertificateTransparency && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult($"Feeds:{Name}: Path is required for a {Kind} feed", [nameof(Path)]);
        }

        if (Kind == FeedKind.Url && (Url is null || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"Feeds:{Name}: Url must be an http(s) address for a Url feed", [nameof(Url)]);
        }

        if (Cron is { Length: > 0 } cron && !Quartz.CronExpression.TryParse(cron, out _))
        {
            yield return new ValidationResult($"Feeds:{Name}: '{cron}' is not a valid Quartz cron expression", [nameof(Cron)]);
        }
    }
}
