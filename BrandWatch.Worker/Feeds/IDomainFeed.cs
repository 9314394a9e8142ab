using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Feeds;

/// <summary>A source of candidate domains that can resume from a stored cursor.</summary>
internal interface IDomainFeed
{
    string Name { get; }

    /// <summary>Prepares the feed (download, zone diff) and streams the items after the cursor's position.</summary>
    IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, CancellationToken cancellationToken);
}
