using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace BrandWatch.Worker.Jobs;

/// <summary>
/// Downloads the IANA RDAP bootstraps (domains, IPv4, IPv6, AS numbers) and the Public Suffix List with a conditional GET into
/// <c>{StateFolder}/reference/</c>, replacing a file only when a complete new copy arrived.
/// </summary>
internal sealed class RefreshReferenceDataJob(JobRunStore runs, IOptions<JobsOptions> options, IOptions<WorkerOptions> worker, IHttpClientFactory http, FeedCursorStore cursors) : RecordedJob(runs)
{
    public const string RdapBootstrapFile = "rdap-dns.json";

    public const string RdapIpv4BootstrapFile = "rdap-ipv4.json";

    public const string RdapIpv6BootstrapFile = "rdap-ipv6.json";

    public const string RdapAsnBootstrapFile = "rdap-asn.json";

    public const string PublicSuffixListFile = "public_suffix_list.dat";

    protected override async Task<string?> RunAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(worker.Value.StateFolder, "reference");
        var results = new List<string>();
        foreach (var (name, url) in Files(options.Value))
        {
            if (url is null)
            {
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
    ];
}
