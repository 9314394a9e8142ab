namespace BrandWatch.Api.Campaigns;

/// <summary>
/// The shared infrastructure one writer transaction has found, so that its filings count a feature's sites once rather
/// than once each. A transaction of <c>filings</c> filings removes at most one site per filing from any feature (a
/// re-filing rewrites its own case's features; a filing rolled back to its savepoint takes its own back), so a feature
/// counted on more than the limit plus that many sites stays above the limit until the transaction ends. The count is
/// asked that high; anything nearer the limit is counted again by the next filing that meets it, as before.
/// </summary>
internal sealed class InfrastructureSeen(int filings)
{
    private readonly HashSet<(string Kind, string Value)> _over = [];

    /// <summary>How many sites beyond the limit a count must reach for its answer to hold for the rest of the transaction.</summary>
    public int Slack { get; } = Math.Max(0, filings);

    /// <summary>Whether an earlier filing of the transaction counted this feature on too many sites to ever fall under the limit in it.</summary>
    public bool IsKnown(string kind, string value) => _over.Contains((kind, value));

    /// <summary>Notes a count; it is kept when it is past the limit by more than <see cref="Slack"/>.</summary>
    public void Counted(string kind, string value, long sites, int limit)
    {
        if (sites > (long)limit + Slack)
        {
            _over.Add((kind, value));
        }
    }
}
