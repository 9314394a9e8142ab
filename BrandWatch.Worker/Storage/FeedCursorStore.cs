using System.Data.Common;
using Dapper;

namespace BrandWatch.Worker.Storage;

/// <summary>
/// Reads and writes feed cursors; writes can join a caller's transaction so a cursor moves with the work it covers.
/// A feed is read by one instance at a time: a read claims the feed's cursor row with a lease, each batch it commits
/// moves the cursor only while the claim is still its own, and the end of the read gives the claim back.
/// </summary>
internal sealed class FeedCursorStore(WorkDatabase database, TimeProvider time)
{
    private const string Select = "SELECT position AS Position, etag AS ETag, last_modified AS LastModified FROM feed_cursor WHERE feed = @Feed";

    private const string Upsert =
        """
        INSERT INTO feed_cursor (feed, position, etag, last_modified, updated_at) VALUES (@Feed, @Position, @ETag, @LastModified, @Now)
        ON CONFLICT (feed) DO UPDATE SET position = excluded.position, etag = excluded.etag,
            last_modified = excluded.last_modified, updated_at = excluded.updated_at
        """;

    // Moves the position and renews the lease, only for the instance that holds the feed.
    private const string MovePosition =
        "UPDATE feed_cursor SET position = @Position, updated_at = @Now, lease_until = @Until WHERE feed = @Feed AND claimed_by = @Me";

    // Takes the feed when nobody holds it, when this instance already does, or when the holder's lease ran out.
    private const string Claim =
        """
        INSERT INTO feed_cursor (feed, position, updated_at, claimed_by, lease_until) VALUES (@Feed, '', @Now, @Me, @Until)
        ON CONFLICT (feed) DO UPDATE SET claimed_by = excluded.claimed_by, lease_until = excluded.lease_until
        WHERE feed_cursor.claimed_by IS NULL OR feed_cursor.claimed_by = excluded.claimed_by OR feed_cursor.lease_until < @Now
        RETURNING feed
        """;

    private const string Release = "UPDATE feed_cursor SET claimed_by = NULL, lease_until = NULL WHERE feed = @Feed AND claimed_by = @Me";

    private const string Holder = "SELECT claimed_by FROM feed_cursor WHERE feed = @Feed";

    public async Task<FeedCursor> GetAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FeedCursor>(Select, new { Feed = feed }) ?? FeedCursor.Start;
    }

    public async Task SetAsync(string feed, FeedCursor cursor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SetAsync(connection, null, feed, cursor);
    }

    public Task SetAsync(DbConnection connection, DbTransaction? transaction, string feed, FeedCursor cursor) =>
        connection.ExecuteAsync(Upsert, new { Feed = feed, cursor.Position, cursor.ETag, cursor.LastModified, Now = Now() }, transaction);

    /// <summary>
    /// Moves only the position (keeping the validators a download stored meanwhile) and renews this instance's claim on
    /// the feed; false when another instance holds the feed now (this one's lease ran out), and nothing moved.
    /// </summary>
    public async Task<bool> SetPositionAsync(DbConnection connection, DbTransaction? transaction, string feed, string position) =>
        await connection.ExecuteAsync(MovePosition, new { Feed = feed, Position = position, Now = Now(), Me = database.Instance, Until = Until() }, transaction) == 1;

    /// <summary>Claims the feed for this instance's read; false when another instance is reading it.</summary>
    public async Task<bool> ClaimAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(Claim, new { Feed = feed, Now = Now(), Me = database.Instance, Until = Until() }) is not null;
    }

    /// <summary>Gives the feed back at the end of a read.</summary>
    public async Task ReleaseAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Release, new { Feed = feed, Me = database.Instance });
    }

    /// <summary>The instance reading the feed now, if any.</summary>
    public async Task<string?> HolderAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(Holder, new { Feed = feed });
    }

    private string Now() => Format(time.GetUtcNow());

    private string Until() => Format(time.GetUtcNow() + database.Lease);

    private static string Format(DateTimeOffset at) => BrandWatch.Time.StoredTime.Format(at);
}
