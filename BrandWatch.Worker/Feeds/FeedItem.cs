namespace BrandWatch.Worker.Feeds;

/// <summary>One line of a feed with the cursor position that is reached once it has been handled.</summary>
internal readonly record struct FeedItem(string Source, FeedLine Line, string Position);
