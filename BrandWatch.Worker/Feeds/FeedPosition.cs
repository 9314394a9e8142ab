namespace BrandWatch.Worker.Feeds;

/// <summary>
/// A cursor position inside a feed made of ordered sources: the source name and the last line handled in it.
/// Sources are read in ordinal name order, so a position also says every earlier source is done.
/// </summary>
internal readonly record struct FeedPosition(string Source, long Line)
{
    public static FeedPosition Parse(string text)
    {
        var tab = text.LastIndexOf('\t');
        return tab < 0 || !long.TryParse(text.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? new FeedPosition(string.Empty, 0)
            : new FeedPosition(text[..tab], line);
    }

    public override string ToString() => $"{Source}\t{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
