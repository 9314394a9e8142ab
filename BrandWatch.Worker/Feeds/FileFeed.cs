using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Feeds;

/// <summary>A newly-registered-domain list on disk: a file (plain, .gz, .zip) or a folder of them.</summary>
internal sealed class FileFeed(string name, string path, DecompressionLimit? limit = null) : IDomainFeed
{
    public string Name { get; } = name;

    public IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, CancellationToken cancellationToken) =>
        FeedFiles.ReadAsync(FeedFiles.Sources(path, limit), FeedPosition.Parse(cursor.Position), BrandWatch.Rules.Cases.CaseSource.Nrd, cancellationToken);
}
