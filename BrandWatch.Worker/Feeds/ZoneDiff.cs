namespace BrandWatch.Worker.Feeds;

/// <summary>
/// Finds the delegations that are new in today's zone file compared with yesterday's, streaming both through an
/// external sort and one merge pass, so memory stays bounded by the run size whatever the zone's size.
/// </summary>
internal static class ZoneDiff
{
    public const int DefaultRunSize = 1_000_000;

    /// <summary>Writes each new delegated name on its own line to <paramref name="added"/>.</summary>
    public static ZoneDiffResult Run(string previousZone, string currentZone, TextWriter added, string tempFolder, int runSize = DefaultRunSize, DecompressionLimit? limit = null, CancellationToken cancellationToken = default)
    {
        using var previousReader = ZoneFileReader.Open(previousZone, limit);
        using var currentReader = ZoneFileReader.Open(currentZone, limit);
        var previous = ExternalSort.SortedDistinct(ZoneFileReader.DelegatedNames(previousReader), Path.Combine(tempFolder, "previous"), runSize);
        var current = ExternalSort.SortedDistinct(ZoneFileReader.DelegatedNames(currentReader), Path.Combine(tempFolder, "current"), runSize);
        return Compare(previous, current, added, cancellationToken);
    }

    /// <summary>Merges two ordinally sorted, distinct sequences and writes the names only the current one has.</summary>
    public static ZoneDiffResult Compare(IEnumerable<string> previous, IEnumerable<string> current, TextWriter added, CancellationToken cancellationToken = default)
    {
        long previousCount = 0, currentCount = 0, addedCount = 0, removedCount = 0;
        using var old = previous.GetEnumerator();
        using var now = current.GetEnumerator();
        var hasOld = old.MoveNext();
        var hasNow = now.MoveNext();
        while (hasOld || hasNow)
        {
            if (((previousCount + currentCount) & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var order = !hasOld ? 1 : !hasNow ? -1 : string.CompareOrdinal(old.Current, now.Current);
            if (order < 0)
            {
                removedCount++;
                previousCount++;
                hasOld = old.MoveNext();
            }
            else if (order > 0)
            {
                added.WriteLine(now.Current);
                addedCount++;
                currentCount++;
                hasNow = now.MoveNext();
            }
            else
            {
                previousCount++;
                currentCount++;
                hasOld = old.MoveNext();
                hasNow = now.MoveNext();
            }
        }

        return new ZoneDiffResult(previousCount, currentCount, addedCount, removedCount);
    }
}
