namespace BrandWatch.Worker.Crawling;

/// <summary>Fetches one URL of a possibly hostile site safely; failures are values in the result, never exceptions.</summary>
public interface IPageFetcher
{
    Task<FetchResult> FetchAsync(Uri url, CancellationToken ct);
}
