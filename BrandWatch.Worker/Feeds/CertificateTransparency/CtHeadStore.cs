using BrandWatch.Worker.Storage;
using Dapper;

namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>The last verified tree head of each log, and the flag that stops a log whose proofs failed from being read.</summary>
internal sealed class CtHeadStore(WorkDatabase database, TimeProvider time)
{
    private const string Select = "SELECT tree_size AS TreeSize, root_hash AS RootHash, flagged AS Flagged FROM ct_log_head WHERE log_id = @LogId";

    private const string Trust =
        """
        INSERT INTO ct_log_head (log_id, tree_size, root_hash, flagged, updated_at) VALUES (@LogId, @TreeSize, @RootHash, NULL, @Now)
        ON CONFLICT (log_id) DO UPDATE SET tree_size = excluded.tree_size, root_hash = excluded.root_hash, updated_at = excluded.updated_at
        WHERE ct_log_head.flagged IS NULL
        """;

    private const string Flag =
        """
        INSERT INTO ct_log_head (log_id, tree_size, root_hash, flagged, updated_at) VALUES (@LogId, 0, '', @Reason, @Now)
        ON CONFLICT (log_id) DO UPDATE SET flagged = excluded.flagged, updated_at = excluded.updated_at
        """;

    public async Task<Head?> GetAsync(string logId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long TreeSize, string RootHash, string? Flagged)?>(Select, new { LogId = logId });
        return row is { } r ? new Head(r.TreeSize, r.RootHash.Length == 0 ? [] : Convert.FromBase64String(r.RootHash), r.Flagged) : null;
    }

    public async Task TrustAsync(string logId, long treeSize, byte[] rootHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Trust, new { LogId = logId, TreeSize = treeSize, RootHash = Convert.ToBase64String(rootHash), Now = Now() });
    }

    public async Task FlagAsync(string logId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Flag, new { LogId = logId, Reason = reason, Now = Now() });
    }

    private string Now() => BrandWatch.Time.StoredTime.Format(time.GetUtcNow());

    /// <summary>A stored head: its size and root, and why the log is flagged (null while trusted).</summary>
    internal sealed record Head(long TreeSize, byte[] RootHash, string? Flagged);
}
