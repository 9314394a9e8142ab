using BrandWatch.Worker.Storage;

namespace BrandWatch.Worker.Feeds;

/// <summary>
/// New delegations of a TLD: the two newest zone files in a folder (by ordinal name, e.g. <c>com-2026-01-11.zone.gz</c>)
/// are compared once into a diff file under the work folder, which is then read like any list. A newer zone file
/// starts a new diff; the cursor's source name is the diff's name, so positions never mix.
/// </summary>
internal sealed class ZoneDiffFeed(string name, string zoneFolder, string workFolder, int runSize, DecompressionLimit? limit = null) : IDomainFeed
{
    public string Name { get; } = name;

    public ZoneDiffResult? LastDiff { get; private set; }

    public async IAsyncEnumerable<FeedItem> ReadAsync(FeedCursor cursor, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var zones = Directory.GetFiles(zoneFolder).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
        zones.Sort(StringComparer.Ordinal);
        if (zones.Count < 2)
        {
            yield break;
        }

        var previous = zones[^2];
        var current = zones[^1];
        Directory.CreateDirectory(workFolder);
        var diff = Path.Combine(workFolder, $"{Path.GetFileName(current)}.new.txt");
        if (!File.Exists(diff))
        {
            var part = diff + ".part";
            var temp = Path.Combine(workFolder, "sort-" + Guid.NewGuid().ToString("N"));
            try
            {
                await using (var writer = new StreamWriter(part, append: false, System.Text.Encoding.UTF8, 1 << 16))
                {
                    var result = await Task.Run(() => ZoneDiff.Run(previous, current, writer, temp, runSize, limit, cancellationToken), cancellationToken);
                    await writer.WriteLineAsync($"# {result.Added} new of {result.CurrentDelegations} delegations: {Path.GetFileName(previous)} -> {Path.GetFileName(current)}");
                    LastDiff = result;
                }

                File.Move(part, diff, overwrite: true);
            }
            finally
            {
                if (Directory.Exists(temp))
                {
                    Directory.Delete(temp, recursive: true);
                }
            }
        }

        await foreach (var item in FeedFiles.ReadAsync(FeedFiles.Sources(diff), FeedPosition.Parse(cursor.Position), BrandWatch.Rules.Cases.CaseSource.Zone, cancellationToken))
        {
            yield return item;
        }
    }
}
