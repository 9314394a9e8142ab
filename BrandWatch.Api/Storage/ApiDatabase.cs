using System.Data;
using System.Data.Common;
using System.Reflection;
using BrandWatch.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BrandWatch.Api.Storage;

/// <summary>
/// The Api's database on either engine. The connection string names the engine with <c>Provider=sqlite</c> (the default
/// when absent) or <c>Provider=postgresql</c>; the rest of it goes to that engine's driver unchanged.
/// </summary>
internal sealed class ApiDatabase : IAsyncDisposable
{
    public const string ProviderKey = "Provider";

    /// <summary>How many statements a PostgreSQL writer connection prepares automatically unless the connection string says otherwise.</summary>
    public const int AutoPrepared = 128;

    private readonly SqliteDatabase? _sqlite;
    private readonly NpgsqlDataSource? _postgres;

    // The filing writer's connections prepare their statements (a few dozen, sent all day), so PostgreSQL stops parsing
    // and planning them on every filing. Reads are not prepared: a generic plan of the list's ILIKE filter skips the
    // trigram index. A connection string that sets a positive Max Auto Prepare gets it everywhere.
    private readonly NpgsqlDataSource? _postgresWriter;

    private ApiDatabase(DatabaseProvider provider, SqliteDatabase? sqlite, NpgsqlDataSource? postgres, string dataSource, NpgsqlDataSource? postgresWriter = null)
    {
        BrandWatch.Time.StoredTimeHandler.Register();
        Provider = provider;
        _sqlite = sqlite;
        _postgres = postgres;
        _postgresWriter = postgresWriter;
        DataSource = dataSource;
        Dialect = provider == DatabaseProvider.PostgreSql ? SqlDialect.PostgreSql : SqlDialect.Sqlite;
    }

    public DatabaseProvider Provider { get; }

    public SqlDialect Dialect { get; }

    /// <summary>Where the data is, for messages: the SQLite file, or the PostgreSQL host, port and database (never the password).</summary>
    public string DataSource { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => _sqlite?.DataSource;

    /// <summary>Opens the database named by a connection string; a durable SQLite file syncs every commit.</summary>
    /// <exception cref="ArgumentException">The connection string names an unknown provider or is not one the provider can read.</exception>
    public static ApiDatabase Open(string connectionString)
    {
        var (provider, rest) = Split(connectionString);
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteDatabase(rest, durable: true);
            return new ApiDatabase(provider, sqlite, null, sqlite.DataSource);
        }

        var builder = new NpgsqlConnectionStringBuilder(rest);
        var postgres = NpgsqlDataSource.Create(builder);
        var writer = builder.MaxAutoPrepare > 0 ? postgres : NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(rest) { MaxAutoPrepare = AutoPrepared });
        return new ApiDatabase(provider, null, postgres, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}", writer);
    }

    /// <summary>The provider a connection string names and the connection string without the provider setting.</summary>
    /// <exception cref="ArgumentException">The provider is not one of sqlite, postgresql.</exception>
    public static (DatabaseProvider Provider, string ConnectionString) Split(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.TryGetValue(ProviderKey, out var value))
        {
            return (DatabaseProvider.Sqlite, connectionString);
        }

        builder.Remove(ProviderKey);
        var provider = (value?.ToString() ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            var other => throw new ArgumentException($"Provider '{other}' is not known; use Provider=sqlite or Provider=postgresql."),
        };
        return (provider, builder.ConnectionString);
    }

    /// <summary>True when the connection string names a known provider and that driver can read the rest of it.</summary>
    public static bool IsUsable(string connectionString, out string? problem)
    {
        try
        {
            var (provider, rest) = Split(connectionString);
            if (provider == DatabaseProvider.Sqlite)
            {
                problem = new SqliteConnectionStringBuilder(rest).DataSource.Length > 0 ? null : "the SQLite connection string names no Data Source";
            }
            else
            {
                var builder = new NpgsqlConnectionStringBuilder(rest);
                problem = string.IsNullOrWhiteSpace(builder.Host) ? "the PostgreSQL connection string names no Host" : null;
            }
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        return problem is null;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _postgres is not null ? await _postgres.OpenConnectionAsync(cancellationToken) : await _sqlite!.OpenAsync(cancellationToken);

    /// <summary>A connection for the case writer (<see cref="OpenAsync"/> on SQLite; one that prepares its statements on PostgreSQL).</summary>
    public async Task<DbConnection> OpenWriterAsync(CancellationToken cancellationToken = default) =>
        _postgresWriter is not null ? await _postgresWriter.OpenConnectionAsync(cancellationToken) : await OpenAsync(cancellationToken);

    /// <summary>A read-only transaction whose reads all see one snapshot (SQLite: a deferred transaction; PostgreSQL: repeatable read).</summary>
    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>
    /// True for a failure that a retry of the whole transaction resolves: a deadlock or serialisation failure between
    /// instances (PostgreSQL), a busy or locked file (SQLite).
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        _ => false,
    };

    /// <summary>Applies the embedded scripts of this engine's folder (<c>Storage/Migrations/sqlite/</c> or <c>…/postgresql/</c>).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(Assembly assembly, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var folder = Provider == DatabaseProvider.PostgreSql ? "postgresql" : "sqlite";
        await using var connection = await OpenAsync(cancellationToken);
        return await MigrationRunner.MigrateAsync(connection, DataSource, MigrationRunner.LoadEmbedded(assembly, folder), time,
            Dialect.MigrationLock, Dialect.MigrationUnlock, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresWriter is not null && !ReferenceEquals(_postgresWriter, _postgres))
        {
            await _postgresWriter.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
