using Microsoft.Data.Sqlite;

namespace BrandWatch.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the settings every connection needs (WAL, busy timeout, foreign keys).
/// A durable database (the Api's system of record) syncs every commit (<c>synchronous=FULL</c>): an answered 201 survives
/// a power cut. The Worker's work state can redo its last steps and keeps the faster <c>NORMAL</c>.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteDatabase(string connectionString, bool durable = false)
    {
        _pragmas = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=" + (durable ? "FULL;" : "NORMAL;");
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    public string DataSource { get; }

    public string ConnectionString => _connectionString;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
