namespace BrandWatch.Worker.Feeds;

/// <summary>
/// One line of a feed with the cursor position that is reached once it has been handled. <see cref="Url"/> is the
/// absolute http(s) URL the line was reduced from (submissions), whose page is fetched and analysed as well.
/// </summary>
internal readonly record struct FeedItem(string Source, FeedLine Line, string Position, string? Url = null);
