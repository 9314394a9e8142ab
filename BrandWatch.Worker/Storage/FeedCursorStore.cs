using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Worker.Storage;

/// <summary>Reads and writes feed cursors; writes can join a caller's transaction so a cursor moves with the work it covers.</summary>
internal sealed class FeedCursorStore(WorkDatabase database, TimeProvider time)
{
    private const string Select = "SELECT position AS Position, etag AS ETag, last_modified AS LastModified FROM feed_cursor WHERE feed = @Feed";

    private const string Upsert =
        """
        INSERT INTO feed_cursor (feed, position, etag, last_modified, updated_at) VALUES (@Feed, @Position, @ETag, @LastModified, @Now)
        ON CONFLICT (feed) DO UPDATE SET position = excluded.position, etag = excluded.etag,
            last_modified = excluded.last_modified, updated_at = excluded.updated_at
        """;

    private const string UpsertPosition =
        """
        INSERT INTO feed_cursor (feed, position, updated_at) VALUES (@Feed, @Position, @Now)
        ON CONFLICT (feed) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at
        """;

    public async Task<FeedCursor> GetAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FeedCursor>(Select, new { Feed = feed }) ?? FeedCursor.Start;
    }

    public async Task SetAsync(string feed, FeedCursor cursor, CancellationToken cancellationToken)
    {
        await using var connection = await database.Database.OpenAsync(cancellationToken);
        await SetAsync(connection, null, feed, cursor);
    }

    public Task SetAsync(SqliteConnection connection, SqliteTransaction? transaction, string feed, FeedCursor cursor) =>
        connection.ExecuteAsync(Upsert, new { Feed = feed, cursor.Position, cursor.ETag, cursor.LastModified, Now = time.GetUtcNow().ToString("O") }, transaction);

    /// <summary>Moves only the position, keeping the validators a download stored meanwhile.</summary>
    public Task SetPositionAsync(SqliteConnection connection, SqliteTransaction? transaction, string feed, string position) =>
        connection.ExecuteAsync(UpsertPosition, new { Feed = feed, Position = position, Now = time.GetUtcNow().ToString("O") }, transaction);
}
