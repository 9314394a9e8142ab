using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>
/// Downloads the IANA RDAP bootstraps (domains, IPv4, IPv6, AS numbers), the Public Suffix List and the CT log list with a conditional GET into
/// <c>{StateFolder}/reference/</c>, replacing a file only when a complete new copy arrived.
/// </summary>
internal sealed class RefreshReferenceDataJob(JobRunStore runs, IOptions<JobsOptions> options, IOptions<WorkerOptions> worker, IHttpClientFactory http, FeedCursorStore cursors) : RecordedJob(runs)
{
    public const string RdapBootstrapFile = "rdap-dns.json";

    public const string RdapIpv4BootstrapFile = "rdap-ipv4.json";

    public const string RdapIpv6BootstrapFile = "rdap-ipv6.json";

    public const string RdapAsnBootstrapFile = "rdap-asn.json";

    public const string PublicSuffixListFile = "public_suffix_list.dat";

    public const string CtLogListFile = "ct-log-list.json";

    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken) => await RefreshAsync(cancellationToken);

    /// <summary>One refresh of every configured file; what happened to each, in one line.</summary>
    internal async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(worker.Value.StateFolder, "reference");
        var results = new List<string>();
        foreach (var (name, url) in Files(options.Value))
        {
            if (url is null)
            {
                continue;
            }

            if (name == CtLogListFile)
            {
                // A log list that does not parse would stop every CT feed: it is refused and the copy in place kept.
                try
                {
                    var updated = await ReferenceDownload.FetchAsync(http.CreateClient(FeedFactory.HttpClientName), cursors, "reference:" + name, url, Path.Combine(folder, name), 64L << 20, cancellationToken, ValidLogList);
                    results.Add($"{name}: {(updated ? "updated" : "unchanged")}");
                }
                catch (InvalidDataException ex)
                {
                    results.Add($"{name}: refused ({ex.Message})");
                }

                continue;
            }

            var changed = await ReferenceDownload.FetchAsync(http.CreateClient(FeedFactory.HttpClientName), cursors, "reference:" + name, url, Path.Combine(folder, name), 64L << 20, cancellationToken);
            results.Add($"{name}: {(changed ? "updated" : "unchanged")}");
        }

        return results.Count == 0 ? "no reference data configured" : string.Join(", ", results);
    }

    /// <summary>The reference files and the address each is fetched from (null: not configured, not fetched).</summary>
    internal static (string Name, Uri? Url)[] Files(JobsOptions options) =>
    [
        (RdapBootstrapFile, options.RdapBootstrapUrl),
        (RdapIpv4BootstrapFile, options.RdapIpv4BootstrapUrl),
        (RdapIpv6BootstrapFile, options.RdapIpv6BootstrapUrl),
        (RdapAsnBootstrapFile, options.RdapAsnBootstrapUrl),
        (PublicSuffixListFile, options.PublicSuffixListUrl),
        (CtLogListFile, options.CtLogListUrl),
    ];

    /// <summary>Null when the file is a log list the CT feed can read (at least one log it would read); otherwise why not.</summary>
    private static string? ValidLogList(string path)
    {
        try
        {
            var list = Feeds.CertificateTransparency.CtLogList.Load(path);
            return list.Logs.Count > 0 ? null : "the log list names no usable or qualified log";
        }
        catch (InvalidDataException ex)
        {
            return ex.Message;
        }
    }
}
