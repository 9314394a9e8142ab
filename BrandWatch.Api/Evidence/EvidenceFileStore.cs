using System.Data.Common;
using System.Security.Cryptography;
using BrandWatch.Api.Storage;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using BrandWatch.Time;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// Evidence files stored content-addressed: each under its SHA-256, once however often it is uploaded, either in the
/// database as chunks (<see cref="EvidenceFileStorage.Database"/>, which every Api instance on the database reads) or in a
/// folder as <c>ab/abcdef…</c> (<see cref="EvidenceFileStorage.Folder"/>). An upload is hashed and counted as it streams
/// (to staged chunks or a temporary file), is refused past the size limit or when its hash is not the name it was put
/// under, and only then gets its row, in one transaction with the chunks' adoption or the file's rename into place: a row
/// never names missing content, and a filing that fails afterwards loses nothing (the file stays, unreferenced, for
/// <see cref="EvidenceFileOptions.UnreferencedRetention"/>). A file a filing names is never deleted.
/// </summary>
internal sealed class EvidenceFileStore : IDisposable
{
    private const string Upsert =
        "INSERT INTO evidence_files (sha256, bytes, media_type, stored_at, last_uploaded_at, uploaded_by, blob_id) VALUES (@Sha256, @Bytes, @MediaType, @Now, @Now, @By, @BlobId) " +
        "ON CONFLICT (sha256) DO UPDATE SET last_uploaded_at = excluded.last_uploaded_at, blob_id = COALESCE(evidence_files.blob_id, excluded.blob_id) RETURNING blob_id";

    private const string SelectOne = "SELECT sha256 AS Sha256, bytes AS Bytes, media_type AS MediaType, stored_at AS StoredAt FROM evidence_files WHERE sha256 = @Sha256";

    private const string SelectPlace = "SELECT bytes AS Bytes, blob_id AS BlobId FROM evidence_files WHERE sha256 = @Sha256";

    private const string SelectOwners = "SELECT DISTINCT c.owner FROM case_files f JOIN cases c ON c.id = f.case_id WHERE f.sha256 = @Sha256";

    private const string SelectPurgeable =
        "SELECT sha256 AS Sha256, blob_id AS BlobId FROM evidence_files e WHERE e.last_uploaded_at < @Before AND NOT EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = e.sha256)";

    // Re-checked in the delete itself: an upload or a filing by another instance since the SELECT keeps the file.
    private const string DeleteOne =
        "DELETE FROM evidence_files WHERE sha256 = @Sha256 AND last_uploaded_at < @Before AND NOT EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = @Sha256)";

    private const string InsertChunk = "INSERT INTO evidence_chunks (blob_id, start_byte, data, written_at) VALUES (@BlobId, @Start, @Data, @Now)";

    private const string DeleteChunks = "DELETE FROM evidence_chunks WHERE blob_id = @BlobId";

    // Chunks no row adopted: uploads that were refused, failed or died mid-way. An upload in progress is younger.
    private const string SelectAbandonedBlobs =
        "SELECT DISTINCT c.blob_id FROM evidence_chunks c WHERE c.written_at < @Before AND NOT EXISTS (SELECT 1 FROM evidence_files e WHERE e.blob_id = c.blob_id)";

    private const string SelectForCase =
        "SELECT filing_id AS FilingId, sha256 AS Sha256, kind AS Kind, page_url AS PageUrl, media_type AS MediaType, captured_at AS CapturedAt, tool AS Tool " +
        "FROM case_files WHERE case_id = @CaseId ORDER BY filing_id, page_url, kind";

    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    private readonly ApiDatabase _database;
    private readonly WriteGate _gate;
    private readonly TimeProvider _time;
    private readonly EvidenceFileOptions _options;
    // Within one process, renaming a file into place with its row and deleting a row with its file never interleave;
    // between processes the row lock taken first (the upsert, the delete) orders them.
    private readonly SemaphoreSlim _files = new(1, 1);

    public EvidenceFileStore(ApiDatabase database, WriteGate gate, TimeProvider time, IOptions<EvidenceFileOptions> options)
    {
        _database = database;
        _gate = gate;
        _time = time;
        _options = options.Value;
        Storage = _options.Store switch
        {
            EvidenceFileStorage.Auto => database.Provider == DatabaseProvider.PostgreSql ? EvidenceFileStorage.Database : EvidenceFileStorage.Folder,
            var chosen => chosen,
        };
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(_options.Folder)
            ? Path.Combine(database.SqliteFile is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) ?? "." : ".", "evidence-files")
            : _options.Folder);
    }

    /// <summary>Where new uploads go (never <see cref="EvidenceFileStorage.Auto"/>).</summary>
    public EvidenceFileStorage Storage { get; }

    /// <summary>The folder store's root (read for files stored there, written only by the folder store).</summary>
    public string Root { get; }

    /// <summary>The store, for messages that tell an operator where to restore a file.</summary>
    public string Describe => Storage == EvidenceFileStorage.Database ? $"the database {_database.DataSource} (or {Root})" : Root;

    public long MaxFileBytes => _options.MaxFileBytes;

    public static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);

    public Task<EvidenceFileUpload> PutAsync(string sha256, string mediaType, Stream body, string uploadedBy, CancellationToken cancellationToken) =>
        Storage == EvidenceFileStorage.Database
            ? PutChunksAsync(sha256, mediaType, body, uploadedBy, cancellationToken)
            : PutFileAsync(sha256, mediaType, body, uploadedBy, cancellationToken);

    public async Task<EvidenceFileRow?> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<EvidenceFileRow>(new CommandDefinition(SelectOne, new { Sha256 = sha256 }, cancellationToken: cancellationToken));
    }

    /// <summary>Owners of the cases whose filings name the file (who besides the Worker may read it).</summary>
    public async Task<IReadOnlyList<string>> OwnersAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(SelectOwners, new { Sha256 = sha256 }, cancellationToken: cancellationToken))];
    }

    /// <summary>Every file the case's filings name, in filing order.</summary>
    public async Task<IReadOnlyList<CaseFileRow>> ListForCaseAsync(long caseId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<CaseFileRow>(new CommandDefinition(SelectForCase, new { CaseId = caseId }, cancellationToken: cancellationToken))];
    }

    /// <summary>
    /// The stored content of a file, wherever its row says it is (the database's chunks, else the folder), or null when
    /// there is no row or its folder file is gone.
    /// </summary>
    public async Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        if (!IsSha256(sha256))
        {
            return null;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        var place = await connection.QuerySingleOrDefaultAsync<Place>(new CommandDefinition(SelectPlace, new { Sha256 = sha256 }, cancellationToken: cancellationToken));
        if (place is null)
        {
            return null;
        }

        if (place.BlobId is { } blobId)
        {
            return new EvidenceBlobStream(_database, blobId, place.Bytes);
        }

        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous) : null;
    }

    /// <summary>The first of <paramref name="sha256s"/> whose content the store cannot serve, or null when it has them all.</summary>
    public async Task<string?> FirstMissingAsync(IEnumerable<string> sha256s, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        foreach (var sha in sha256s.Distinct(StringComparer.Ordinal))
        {
            var place = IsSha256(sha)
                ? await connection.QuerySingleOrDefaultAsync<Place>(new CommandDefinition(SelectPlace, new { Sha256 = sha }, cancellationToken: cancellationToken))
                : null;
            // Chunks are adopted in the row's own transaction, so a row with a blob id has its content.
            if (place is null || (place.BlobId is null && !File.Exists(PathOf(sha))))
            {
                return sha;
            }
        }

        return null;
    }

    /// <summary>
    /// Deletes files no filing names whose last upload is older than the retention, and chunks of uploads that never
    /// completed. Each file goes in its own transaction, re-checked in the delete, so an upload or a filing by any
    /// instance in the meantime keeps it; within this process it runs under the case writer's gate (SQLite's order).
    /// </summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var before = StoredTime.Format(now - _options.UnreferencedRetention);
        using var entered = await _gate.EnterAsync(cancellationToken);
        await _files.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            var candidates = (await connection.QueryAsync<Purgeable>(new CommandDefinition(SelectPurgeable, new { Before = before }, cancellationToken: cancellationToken))).ToList();
            var deleted = 0;
            foreach (var candidate in candidates)
            {
                if (await DeleteAsync(connection, candidate, before, cancellationToken))
                {
                    deleted++;
                }
            }

            var abandoned = (await connection.QueryAsync<string>(new CommandDefinition(SelectAbandonedBlobs,
                new { Before = StoredTime.Format(now - AbandonedAfter) }, cancellationToken: cancellationToken))).ToList();
            foreach (var blobId in abandoned)
            {
                await connection.ExecuteAsync(new CommandDefinition(DeleteChunks, new { BlobId = blobId }, cancellationToken: cancellationToken));
            }

            return deleted;
        }
        finally
        {
            _files.Release();
        }
    }

    public void Dispose() => _files.Dispose();

    private async Task<bool> DeleteAsync(DbConnection connection, Purgeable candidate, string before, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            if (await connection.ExecuteAsync(new CommandDefinition(DeleteOne, new { candidate.Sha256, Before = before }, transaction, cancellationToken: cancellationToken)) != 1)
            {
                return false;
            }

            if (candidate.BlobId is { } blobId)
            {
                await connection.ExecuteAsync(new CommandDefinition(DeleteChunks, new { BlobId = blobId }, transaction, cancellationToken: cancellationToken));
            }
            else
            {
                // Deleted while the row's delete is uncommitted: an upload of the same bytes by another instance waits on
                // the row and then writes the file again with a new row.
                File.Delete(PathOf(candidate.Sha256));
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            // A filing on another instance named the file after the SELECT (it checked the row under a share lock, so
            // the delete waited for its commit): the delete statement fails before anything is removed, and the file stays.
            return false;
        }
    }

    private async Task<EvidenceFileUpload> PutChunksAsync(string sha256, string mediaType, Stream body, string uploadedBy, CancellationToken cancellationToken)
    {
        var blobId = Guid.NewGuid().ToString("N");
        var adopted = false;
        await using var connection = await _database.OpenAsync(cancellationToken);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[_options.ChunkBytes];
            long bytes = 0;
            var written = StoredTime.Format(_time.GetUtcNow());
            while (true)
            {
                var filled = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
                if (filled == 0)
                {
                    break;
                }

                if (bytes + filled > _options.MaxFileBytes)
                {
                    return new EvidenceFileUpload(EvidenceFileUploadStatus.TooLarge, null);
                }

                hash.AppendData(buffer, 0, filled);
                // Each chunk commits on its own: a long upload holds no transaction (SQLite has one writer).
                var data = filled == buffer.Length ? buffer : buffer[..filled];
                await connection.ExecuteAsync(new CommandDefinition(InsertChunk, new { BlobId = blobId, Start = bytes, Data = data, Now = written }, cancellationToken: cancellationToken));
                bytes += filled;
                if (filled < buffer.Length)
                {
                    break;
                }
            }

            var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(actual, sha256, StringComparison.Ordinal))
            {
                return new EvidenceFileUpload(EvidenceFileUploadStatus.DigestMismatch, null, actual);
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var existed = await connection.QuerySingleOrDefaultAsync<EvidenceFileRow>(
                new CommandDefinition(SelectOne + _database.Dialect.ForUpdate, new { Sha256 = sha256 }, transaction, cancellationToken: cancellationToken));
            var kept = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Upsert,
                new { Sha256 = sha256, Bytes = bytes, MediaType = mediaType, Now = StoredTime.Format(_time.GetUtcNow()), By = uploadedBy, BlobId = blobId }, transaction, cancellationToken: cancellationToken));
            if (!string.Equals(kept, blobId, StringComparison.Ordinal))
            {
                // The same bytes were stored before (by any instance): theirs stay, these go.
                await connection.ExecuteAsync(new CommandDefinition(DeleteChunks, new { BlobId = blobId }, transaction, cancellationToken: cancellationToken));
            }

            var row = await connection.QuerySingleAsync<EvidenceFileRow>(new CommandDefinition(SelectOne, new { Sha256 = sha256 }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            adopted = true;
            return new EvidenceFileUpload(existed is null ? EvidenceFileUploadStatus.Created : EvidenceFileUploadStatus.AlreadyStored, row);
        }
        finally
        {
            if (!adopted)
            {
                await DiscardChunksAsync(connection, blobId);
            }
        }
    }

    private static async Task DiscardChunksAsync(DbConnection connection, string blobId)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(DeleteChunks, new { BlobId = blobId }, cancellationToken: CancellationToken.None));
        }
        catch (DbException)
        {
            // The purge deletes chunks no row adopted once they are a day old.
        }
    }

    private async Task<EvidenceFileUpload> PutFileAsync(string sha256, string mediaType, Stream body, string uploadedBy, CancellationToken cancellationToken)
    {
        var temporaryFolder = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;
        var temporary = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        long bytes = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    bytes += read;
                    if (bytes > _options.MaxFileBytes)
                    {
                        return new EvidenceFileUpload(EvidenceFileUploadStatus.TooLarge, null);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                file.Flush(flushToDisk: true);
            }

            var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(actual, sha256, StringComparison.Ordinal))
            {
                return new EvidenceFileUpload(EvidenceFileUploadStatus.DigestMismatch, null, actual);
            }

            await _files.WaitAsync(cancellationToken);
            try
            {
                // The row first (locked until commit), then the file: a purge on another instance that deletes the row
                // and its file either finished before (this upload writes both again) or waits for this commit.
                await using var connection = await _database.OpenAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var existed = await connection.QuerySingleOrDefaultAsync<EvidenceFileRow>(
                    new CommandDefinition(SelectOne + _database.Dialect.ForUpdate, new { Sha256 = sha256 }, transaction, cancellationToken: cancellationToken));
                var kept = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Upsert,
                    new { Sha256 = sha256, Bytes = bytes, MediaType = mediaType, Now = StoredTime.Format(_time.GetUtcNow()), By = uploadedBy, BlobId = (string?)null },
                    transaction, cancellationToken: cancellationToken));
                var path = PathOf(sha256);
                if (kept is null && !File.Exists(path))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!); // PathOf always has a folder
                    try
                    {
                        File.Move(temporary, path, overwrite: false);
                    }
                    catch (IOException) when (File.Exists(path))
                    {
                        // Another instance renamed the same bytes into place a moment earlier.
                    }
                }

                var row = await connection.QuerySingleAsync<EvidenceFileRow>(new CommandDefinition(SelectOne, new { Sha256 = sha256 }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                return new EvidenceFileUpload(existed is null ? EvidenceFileUploadStatus.Created : EvidenceFileUploadStatus.AlreadyStored, row);
            }
            finally
            {
                _files.Release();
            }
        }
        finally
        {
            File.Delete(temporary); // gone already when it was renamed into place
        }
    }

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    private sealed record Place(long Bytes, string? BlobId);

    private sealed record Purgeable(string Sha256, string? BlobId);
}
