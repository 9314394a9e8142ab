using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandWatch.Api.Storage;
using Dapper;
using BrandWatch.Time;

namespace BrandWatch.Api.Auth;

/// <summary>API keys: random secrets shown once, stored as SHA-256 hashes, revocable.</summary>
internal sealed class KeyStore(ApiDatabase database, TimeProvider time)
{
    /// <summary>
    /// How long an authenticated key is remembered: revocation through this Api clears it at once, a revocation by another
    /// process (the command line, another Api instance on the same database) takes effect within this time. Short, since a lookup is one indexed read.
    /// </summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ApiKeyRecord Record, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    private const string Prefix = "bw_";

    private const string InsertKey =
        "INSERT INTO api_keys (id, hash, role, name, created_at, created_by) VALUES (@Id, @Hash, @Role, @Name, @CreatedAt, @CreatedBy)";

    private const string InsertOwner = "INSERT INTO api_key_owners (key_id, owner) VALUES (@KeyId, @Owner)";

    private const string Columns =
        "SELECT k.id AS Id, k.role AS Role, k.name AS Name, k.created_at AS CreatedAt, k.created_by AS CreatedBy, k.revoked_at AS RevokedAt, ";

    // The owners come back as one JSON array: the engine's own aggregate (SqlDialect.KeyOwnersJson).
    private readonly string _selectColumns = Columns + database.Dialect.KeyOwnersJson + " AS Owners FROM api_keys k";

    private string SelectByHash => _selectColumns + " WHERE k.hash = @Hash";

    private string SelectById => _selectColumns + " WHERE k.id = @Id";

    private string SelectAll => _selectColumns + " ORDER BY k.created_at, k.id";

    private const string Revoke = "UPDATE api_keys SET revoked_at = @At WHERE id = @Id AND revoked_at IS NULL";

    public async Task<CreatedApiKey> CreateAsync(string role, IReadOnlyList<string> owners, string name, string? createdBy, CancellationToken cancellationToken)
    {
        var id = "k_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertKey,
            new { Id = id, Hash = Hash(secret), Role = role, Name = name, CreatedAt = BrandWatch.Time.StoredTime.Format(now), CreatedBy = createdBy },
            transaction, cancellationToken: cancellationToken));
        foreach (var owner in owners.Distinct(StringComparer.Ordinal))
        {
            await connection.ExecuteAsync(new CommandDefinition(InsertOwner, new { KeyId = id, Owner = owner }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return new CreatedApiKey(new ApiKeyRecord(id, role, name, owners.Distinct(StringComparer.Ordinal).ToArray(), now, createdBy, null), secret);
    }

    public async Task<ApiKeyRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Record;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(SelectByHash, new { Hash = hash }, cancellationToken: cancellationToken));
        var record = row?.ToRecord();
        if (record is { RevokedAt: null })
        {
            _cache[hash] = (record, now + CacheFor);
        }

        return record;
    }

    public async Task<ApiKeyRecord?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<KeyRow>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeyRow>(new CommandDefinition(SelectAll, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToArray();
    }

    /// <summary>Revokes a key; false when no such active key exists.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(Revoke,
            new { Id = id, At = BrandWatch.Time.StoredTime.Format(time.GetUtcNow()) }, cancellationToken: cancellationToken));
        foreach (var entry in _cache.Where(e => e.Value.Record.Id == id).ToArray())
        {
            _cache.TryRemove(entry.Key, out _);
        }

        return changed == 1;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));


    private sealed class KeyRow
    {
        public string Id { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public string? CreatedBy { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }
        public string Owners { get; set; } = "[]";

        public ApiKeyRecord ToRecord() => new(
            Id,
            Role,
            Name,
            JsonSerializer.Deserialize<string[]>(Owners) ?? [],
            CreatedAt,
            CreatedBy,
            RevokedAt);
    }
}
