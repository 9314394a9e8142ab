using BrandWatch.Worker.Filing;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Feeds;

/// <summary>Builds the feed objects named in configuration.</summary>
internal sealed class FeedFactory(IOptions<FeedsOptions> feeds, IOptions<WorkerOptions> worker, IServiceProvider services, FeedCursorStore cursors, IHttpClientFactory http)
{
    public const string HttpClientName = "feeds";

    public IReadOnlyList<FeedOptions> Configured => feeds.Value.Items;

    public IDomainFeed Create(string name)
    {
        var options = feeds.Value.Items.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"no feed named '{name}' is configured", nameof(name));
        var state = worker.Value.StateFolder;
        return options.Kind switch
        {
            FeedKind.File => new FileFeed(options.Name, options.Path!, options.Decompression), // validated: a File feed has a path
            FeedKind.Url => new HttpFeed(options.Name, options.Url!, Path.Combine(state, "downloads"), http.CreateClient(HttpClientName), cursors, options.MaxBytes, options.Decompression),
            FeedKind.ZoneDiff => new ZoneDiffFeed(options.Name, options.Path!, Path.Combine(state, "zone-diffs", options.Name), ZoneDiff.DefaultRunSize, options.Decompression),
            FeedKind.Submissions => new SubmissionFeed(options.Name, services.GetRequiredService<ApiClient>(), 500),
            FeedKind.CertificateTransparency => new CertificateTransparency.CertificateTransparencyFeed(
                options.Name, CtLogListPath(options.Path!), new CertificateTransparency.CtLogClient(http.CreateClient(HttpClientName)), cursors, options.CtBatchEntries,
                options.CtFromStart, services.GetRequiredService<ILoggerFactory>().CreateLogger<CertificateTransparency.CertificateTransparencyFeed>(),
                services.GetRequiredService<CertificateTransparency.CtHeadStore>()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), options.Kind, "unknown feed kind"),
        };
    }

    /// <summary>The refreshed log list once the reference-data job has one (with <c>Jobs:CtLogListUrl</c> set), else the feed's own.</summary>
    private string CtLogListPath(string configured)
    {
        var refreshed = Path.Combine(worker.Value.StateFolder, "reference", Jobs.RefreshReferenceDataJob.CtLogListFile);
        return services.GetService<IOptions<Jobs.JobsOptions>>()?.Value.CtLogListUrl is not null && File.Exists(refreshed) ? refreshed : configured;
    }
}
