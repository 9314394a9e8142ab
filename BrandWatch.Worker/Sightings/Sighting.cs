using BrandWatch.Rules.Cases;
using BrandWatch.Worker.Feeds;

namespace BrandWatch.Worker.Sightings;

/// <summary>Makes the sighting of a feed item: its watch, the feed's name, where in the feed, when, and its CT entry.</summary>
internal static class Sighting
{
    /// <summary>The Api's limit on an item's length.</summary>
    private const int MaxItem = 200;

    /// <summary>The Api's limits on a sighting's issuer and names: a longer one is cut rather than the sighting refused.</summary>
    private const int MaxIssuer = 2048;
    private const int MaxNames = 1000;

    /// <summary>The sighting of <paramref name="item"/>, or null when its feed does not say which watch it is.</summary>
    public static CaseSighting? Of(string feed, FeedItem item, DateTimeOffset seenAt)
    {
        if (item.Found is not { } source)
        {
            return null;
        }

        // The item's source (a file of the feed, a CT log's URL) and its line or entry index: unique within the feed.
        var where = FormattableString.Invariant($"{item.Source}#{item.Line.LineNumber}");
        return new CaseSighting
        {
            Source = source,
            Feed = feed.Length <= MaxItem ? feed : feed[..MaxItem],
            Item = where.Length <= MaxItem ? where : where[^MaxItem..],
            SeenAt = seenAt,
            Log = item.Certificate?.Log,
            Index = item.Certificate?.Index,
            CertificateSha256 = item.Certificate?.Sha256,
            Issuer = item.Certificate?.Issuer is { } issuer && issuer.Length > MaxIssuer ? issuer[..MaxIssuer] : item.Certificate?.Issuer,
            SubjectAlternativeNames = item.Certificate?.SubjectAlternativeNames is { } names
                ? names.Where(n => n.Length is > 0 and <= 253).Take(MaxNames).ToList()
                : null,
        };
    }
}
