namespace BrandWatch.Worker.Storage;

/// <summary>Where a feed stopped: an opaque position (source and line) and the validators of its last download.</summary>
internal sealed record FeedCursor(string Position, string? ETag, string? LastModified)
{
    public static FeedCursor Start { get; } = new(string.Empty, null, null);
}
