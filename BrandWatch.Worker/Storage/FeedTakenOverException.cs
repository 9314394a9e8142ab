namespace BrandWatch.Worker.Storage;

/// <summary>A feed read lost its claim (its lease ran out and another instance took the feed); its last batch was not kept.</summary>
internal sealed class FeedTakenOverException(string feed)
    : Exception($"feed '{feed}' is being read by another Worker instance now; this read stopped without keeping its last batch")
{
    public string Feed { get; } = feed;
}
