using System.Data.Common;
using BrandWatch.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BrandWatch.Worker.Storage;

/// <summary>
/// The Worker's work state (feed cursors, screened domains, work items, content queue, job runs) on either engine: a
/// SQLite file by default, or a PostgreSQL database that several Worker instances share (<c>Provider=postgresql;…</c>).
/// Carries this instance's name and lease time, with which the stores claim work; migrate before use.
/// </summary>
internal sealed class WorkDatabase : IAsyncDisposable
{
    public const string ProviderKey = "Provider";

    private const string ReleaseEveryClaim =
        """
        UPDATE work_item SET claimed_by = NULL, lease_until = NULL WHERE claimed_by IS NOT NULL;
        UPDATE content_item SET claimed_by = NULL, lease_until = NULL WHERE claimed_by IS NOT NULL;
        UPDATE feed_cursor SET claimed_by = NULL, lease_until = NULL WHERE claimed_by IS NOT NULL;
        """;

    /// <summary>How long a claim holds without renewal when none is configured.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(2);

    private readonly SqliteDatabase? _sqlite;
    private readonly NpgsqlDataSource? _postgres;

    /// <summary>A SQLite work file (the single-instance default).</summary>
    public WorkDatabase(string path)
        : this(SqliteAt(path), null, path, DefaultInstance(), DefaultLease)
    {
    }

    private WorkDatabase(SqliteDatabase? sqlite, NpgsqlDataSource? postgres, string dataSource, string instance, TimeSpan lease)
    {
        BrandWatch.Time.StoredTimeHandler.Register();
        _sqlite = sqlite;
        _postgres = postgres;
        DataSource = dataSource;
        Instance = instance;
        Lease = lease;
        Dialect = postgres is null ? WorkDialect.Sqlite : WorkDialect.PostgreSql;
    }

    public bool IsPostgreSql => _postgres is not null;

    /// <summary>
    /// True where several instances share the state: new work items then wait unclaimed for whichever instance polls
    /// first, instead of going straight into the channel of the instance that read the feed.
    /// </summary>
    public bool Shared => IsPostgreSql;

    public WorkDialect Dialect { get; }

    /// <summary>Where the state is, for messages: the SQLite file, or the PostgreSQL host, port and database (never the password).</summary>
    public string DataSource { get; }

    /// <summary>This Worker instance's name in <c>claimed_by</c>.</summary>
    public string Instance { get; }

    /// <summary>How long a claim holds without renewal: a dead instance's work returns to the others after this time.</summary>
    public TimeSpan Lease { get; }

    /// <summary>The driver's connection string, without the provider setting (Quartz's store takes it).</summary>
    public string ConnectionString => _sqlite?.ConnectionString ?? _postgres!.ConnectionString;

    /// <summary>
    /// Opens the state named by the Worker's settings: <paramref name="connectionString"/> when set (a SQLite or PostgreSQL
    /// connection string with an optional <c>Provider</c>), else the SQLite file <paramref name="defaultPath"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string names an unknown provider or is not one its driver can read.</exception>
    public static WorkDatabase Open(string? connectionString, string defaultPath, string? instance = null, TimeSpan? lease = null)
    {
        instance = string.IsNullOrWhiteSpace(instance) ? DefaultInstance() : instance.Trim();
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new WorkDatabase(SqliteAt(defaultPath), null, defaultPath, instance, lease ?? DefaultLease);
        }

        var (postgres, rest) = Split(connectionString);
        if (!postgres)
        {
            var path = new SqliteConnectionStringBuilder(rest).DataSource;
            return new WorkDatabase(SqliteAt(path), null, path, instance, lease ?? DefaultLease);
        }

        var builder = new NpgsqlConnectionStringBuilder(rest);
        return new WorkDatabase(null, NpgsqlDataSource.Create(builder), $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}", instance, lease ?? DefaultLease);
    }

    /// <summary>Whether the connection string names PostgreSQL, and the connection string without the provider setting.</summary>
    /// <exception cref="ArgumentException">The provider is not one of sqlite, postgresql.</exception>
    public static (bool PostgreSql, string ConnectionString) Split(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.TryGetValue(ProviderKey, out var value))
        {
            return (false, connectionString);
        }

        builder.Remove(ProviderKey);
        var postgres = (value?.ToString() ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "sqlite" => false,
            "postgresql" or "postgres" or "npgsql" => true,
            var other => throw new ArgumentException($"Provider '{other}' is not known; use Provider=sqlite or Provider=postgresql."),
        };
        return (postgres, builder.ConnectionString);
    }

    /// <summary>Null when the setting is empty (the default file) or readable; otherwise why it is not.</summary>
    public static string? Problem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        try
        {
            var (postgres, rest) = Split(connectionString);
            if (!postgres)
            {
                return new SqliteConnectionStringBuilder(rest).DataSource.Length > 0 ? null : "the SQLite connection string names no Data Source";
            }

            return string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(rest).Host) ? "the PostgreSQL connection string names no Host" : null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    public static async Task<WorkDatabase> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var database = new WorkDatabase(path);
        await database.MigrateAsync(time, cancellationToken);
        return database;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _postgres is not null ? await _postgres.OpenConnectionAsync(cancellationToken) : await _sqlite!.OpenAsync(cancellationToken);

    /// <summary>Applies the embedded scripts of this engine's folder (<c>Storage/Migrations/sqlite/</c> or <c>…/postgresql/</c>).</summary>
    public async Task MigrateAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var migrations = MigrationRunner.LoadEmbedded(typeof(WorkDatabase).Assembly, IsPostgreSql ? "postgresql" : "sqlite");
        await using var connection = await OpenAsync(cancellationToken);
        await MigrationRunner.MigrateAsync(connection, DataSource, migrations, time, Dialect.MigrationLock, Dialect.MigrationUnlock, cancellationToken);
        if (!IsPostgreSql)
        {
            // A SQLite file serves one Worker: claims left by an earlier process that died are given back now rather
            // than after their lease, so a restart resumes at once, as it always did.
            await connection.ExecuteAsync(new CommandDefinition(ReleaseEveryClaim, cancellationToken: cancellationToken));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private static SqliteDatabase SqliteAt(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
    }

    private static string DefaultInstance() => $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
