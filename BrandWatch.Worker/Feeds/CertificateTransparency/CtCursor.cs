using System.Text.Json;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>
/// The cursor of a CT feed: for every log id, the index of the next entry to read. Stored as the feed's position, a
/// JSON object (<c>{"log id": next index}</c>), so one feed keeps a cursor per log and moves it with the work it covers.
/// </summary>
internal sealed class CtCursor
{
    private readonly SortedDictionary<string, long> _next;

    private CtCursor(SortedDictionary<string, long> next) => _next = next;

    public static CtCursor Parse(string position)
    {
        var next = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (position.StartsWith('{'))
        {
            try
            {
                foreach (var (log, index) in JsonSerializer.Deserialize<Dictionary<string, long>>(position) ?? [])
                {
                    next[log] = index;
                }
            }
            catch (JsonException)
            {
                // A position that is not ours (the feed was another kind before): start as a new feed.
            }
        }

        return new CtCursor(next);
    }

    public bool TryGet(string logId, out long next) => _next.TryGetValue(logId, out next);

    public void Set(string logId, long next) => _next[logId] = next;

    public override string ToString() => JsonSerializer.Serialize(_next);
}
