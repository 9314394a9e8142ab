using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Worker.Filing;

/// <summary>Where the Api is and how the Worker authenticates (section <c>Api</c>).</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Base address, e.g. http://127.0.0.1:5080/.</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// An API key with the worker role, sent as <c>Authorization: Bearer</c>. Give it in the environment
    /// (<c>Api__Key</c>) or through <see cref="KeyFile"/>, never on a command line (visible in <c>ps</c>).
    /// </summary>
    [Required]
    [MinLength(8)]
    public string Key { get; set; } = string.Empty;

    /// <summary>A file holding the key (e.g. a mounted secret); read at start-up when <see cref="Key"/> is empty.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Attempts per request inside one call (the retry handler's budget); the pipeline retries later on top.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Filings sent together in one <c>POST /api/cases/batch</c>: a batch goes when it holds this many or
    /// <see cref="FilingBatchDelay"/> after its first filing, whichever comes first. 1 files each case on its own
    /// (<c>POST /api/cases</c>).
    /// </summary>
    [Range(1, Rules.Cases.FilingBatches.MaxItems)]
    public int FilingBatchSize { get; set; } = Rules.Cases.FilingBatches.DefaultSize;

    /// <summary>The longest a filing waits for others to share its request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan FilingBatchDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
