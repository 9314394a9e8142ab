using BrandWatch.Sqlite;

namespace BrandWatch.Worker.Storage;

/// <summary>The Worker's SQLite file (feed cursors, screened domains, work items, Quartz tables), migrated on open.</summary>
internal sealed class WorkDatabase
{
    private WorkDatabase(SqliteDatabase database) => Database = database;

    public SqliteDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public static async Task<WorkDatabase> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var database = new SqliteDatabase($"Data Source={path}");
        await MigrationRunner.MigrateAsync(database, MigrationRunner.LoadEmbedded(typeof(WorkDatabase).Assembly), time, cancellationToken);
        return new WorkDatabase(database);
    }
}
