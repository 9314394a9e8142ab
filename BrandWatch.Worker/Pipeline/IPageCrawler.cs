using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Fetches a matched domain's web page safely and analyses it for a mark (the evidence issue's crawler and the Rules PageAnalyzer once on main).</summary>
internal interface IPageCrawler
{
    Task<IReadOnlyList<PageEvidence>> CrawlAsync(string domain, DnsEvidence dns, Mark mark, CancellationToken cancellationToken);
}
