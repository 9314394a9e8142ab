namespace BrandWatch.Worker.Feeds;

/// <summary>One non-comment line of a domain feed: its 1-based line number and its trimmed text, or why it was rejected.</summary>
internal readonly record struct FeedLine(long LineNumber, string Text, string? Rejection)
{
    public bool IsRejected => Rejection is not null;
}
