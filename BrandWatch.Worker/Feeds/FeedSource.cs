namespace BrandWatch.Worker.Feeds;

/// <summary>One readable part of a feed (a file, a .gz file, an entry of a .zip): a stable name and a way to open it as text.</summary>
internal sealed record FeedSource(string Name, Func<TextReader> Open);
