using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Fetches a matched domain's front page safely and analyses it for a mark.</summary>
internal interface IPageCrawler
{
    Task<IReadOnlyList<PageEvidence>> CrawlAsync(string domain, DnsEvidence dns, Mark mark, CancellationToken cancellationToken);

    /// <summary>Fetches one submitted URL safely and analyses it for the whole portfolio; the page carries every finding.</summary>
    Task<PageEvidence> FetchPageAsync(Uri url, CancellationToken cancellationToken);
}
