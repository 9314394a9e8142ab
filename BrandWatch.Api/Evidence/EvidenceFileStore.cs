using System.Security.Cryptography;
using BrandWatch.Api.Storage;
using BrandWatch.Sqlite;
using Dapper;
using Microsoft.Extensions.Options;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// Evidence files stored content-addressed: each under its SHA-256 (<c>ab/abcdef…</c>), once however often it is
/// uploaded. An upload streams to a temporary file while it is hashed and counted, is refused past the size limit or when
/// its hash is not the name it was put under, is flushed to disk and renamed into place, and only then gets its row: a
/// row never names a missing file, and a filing that fails afterwards loses nothing (the file stays, unreferenced, for
/// <see cref="EvidenceFileOptions.UnreferencedRetention"/>). A file a filing names is never deleted.
/// </summary>
internal sealed class EvidenceFileStore : IDisposable
{
    private const string Upsert =
        "INSERT INTO evidence_files (sha256, bytes, media_type, stored_at, last_uploaded_at, uploaded_by) VALUES (@Sha256, @Bytes, @MediaType, @Now, @Now, @By) " +
        "ON CONFLICT (sha256) DO UPDATE SET last_uploaded_at = excluded.last_uploaded_at";

    private const string SelectOne = "SELECT sha256 AS Sha256, bytes AS Bytes, media_type AS MediaType, stored_at AS StoredAt FROM evidence_files WHERE sha256 = @Sha256";

    private const string SelectOwners = "SELECT DISTINCT c.owner FROM case_files f JOIN cases c ON c.id = f.case_id WHERE f.sha256 = @Sha256";

    private const string SelectPurgeable =
        "SELECT sha256 FROM evidence_files e WHERE e.last_uploaded_at < @Before AND NOT EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = e.sha256)";

    private const string DeleteOne = "DELETE FROM evidence_files WHERE sha256 = @Sha256 AND NOT EXISTS (SELECT 1 FROM case_files f WHERE f.sha256 = @Sha256)";

    private const string SelectForCase =
        "SELECT filing_id AS FilingId, sha256 AS Sha256, kind AS Kind, page_url AS PageUrl, media_type AS MediaType, captured_at AS CapturedAt, tool AS Tool " +
        "FROM case_files WHERE case_id = @CaseId ORDER BY filing_id, page_url, kind";

    private readonly Storage.ApiDatabase _database;
    private readonly WriteGate _gate;
    private readonly TimeProvider _time;
    private readonly EvidenceFileOptions _options;
    // Renaming a file into place with its row, and deleting a row with its file, never interleave.
    private readonly SemaphoreSlim _files = new(1, 1);

    public EvidenceFileStore(Storage.ApiDatabase database, WriteGate gate, TimeProvider time, IOptions<EvidenceFileOptions> options)
    {
        _database = database;
        _gate = gate;
        _time = time;
        _options = options.Value;
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(_options.Folder)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.DataSource)) ?? ".", "evidence-files")
            : _options.Folder);
    }

    public string Root { get; }

    public long MaxFileBytes => _options.MaxFileBytes;

    public static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);

    public async Task<EvidenceFileUpload> PutAsync(string sha256, string mediaType, Stream body, string uploadedBy, CancellationToken cancellationToken)
    {
        var temporaryFolder = Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;
        var temporary = Path.Combine(temporaryFolder, Guid.NewGuid().ToString("N"));
        long bytes = 0;
        string actual;
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

            actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(actual, sha256, StringComparison.Ordinal))
            {
                return new EvidenceFileUpload(EvidenceFileUploadStatus.DigestMismatch, null, actual);
            }

            await _files.WaitAsync(cancellationToken);
            try
            {
                var path = PathOf(sha256);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!); // PathOf always has a folder
                var created = !File.Exists(path);
                if (created)
                {
                    File.Move(temporary, path, overwrite: false);
                }

                await using var connection = await _database.OpenAsync(cancellationToken);
                var existed = await connection.QuerySingleOrDefaultAsync<EvidenceFileRow>(new CommandDefinition(SelectOne, new { Sha256 = sha256 }, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(Upsert,
                    new { Sha256 = sha256, Bytes = bytes, MediaType = mediaType, Now = Iso.Format(_time.GetUtcNow()), By = uploadedBy }, cancellationToken: cancellationToken));
                var row = await connection.QuerySingleAsync<EvidenceFileRow>(new CommandDefinition(SelectOne, new { Sha256 = sha256 }, cancellationToken: cancellationToken));
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

    public bool Exists(string sha256) => IsSha256(sha256) && File.Exists(PathOf(sha256));

    public Stream? OpenRead(string sha256) =>
        IsSha256(sha256) && File.Exists(PathOf(sha256)) ? new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous) : null;

    /// <summary>
    /// Deletes files no filing names whose last upload is older than the retention. Runs under the case writer's gate, so
    /// a filing naming a file and the purge of that file never overlap: the filing either sees the file or is refused.
    /// </summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = Iso.Format(_time.GetUtcNow() - _options.UnreferencedRetention);
        using var entered = await _gate.EnterAsync(cancellationToken);
        await _files.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            var candidates = (await connection.QueryAsync<string>(new CommandDefinition(SelectPurgeable, new { Before = before }, cancellationToken: cancellationToken))).ToList();
            var deleted = 0;
            foreach (var sha in candidates)
            {
                if (await connection.ExecuteAsync(new CommandDefinition(DeleteOne, new { Sha256 = sha }, cancellationToken: cancellationToken)) == 1)
                {
                    File.Delete(PathOf(sha));
                    deleted++;
                }
            }

            return deleted;
        }
        finally
        {
            _files.Release();
        }
    }

    public void Dispose() => _files.Dispose();

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}
