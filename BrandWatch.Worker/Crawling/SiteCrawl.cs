namespace BrandWatch.Worker.Crawling;

/// <summary>The pages fetched from one site: the home page first, then same-site pages linked from it.</summary>
public sealed record SiteCrawl
{
    public required string StartUrl { get; init; }

    public required IReadOnlyList<FetchResult> Pages { get; init; }

    /// <summary>Same-site links found on the home page but not fetched because of the page limit.</summary>
    public int LinksNotFetched { get; init; }

    public FetchResult Home => Pages[0];
}
