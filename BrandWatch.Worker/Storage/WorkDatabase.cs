using BrandWatch.Sqlite;

namespace BrandWatch.Worker.Storage;

/// <summary>The Worker's SQLite file (feed cursors, screened domains, work items, Quartz tables); migrate before use.</summary>
internal sealed class WorkDatabase
{
    public WorkDatabase(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Database = new SqliteDatabase($"Data Source={path}");
    }

    public SqliteDatabase Database { get; }

    public string ConnectionString => Database.ConnectionString;

    public static async Task<WorkDatabase> OpenAsync(string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var database = new WorkDatabase(path);
        await database.MigrateAsync(time, cancellationToken);
        return database;
    }

    public Task MigrateAsync(TimeProvider time, CancellationToken cancellationToken) =>
        MigrationRunner.MigrateAsync(Database, MigrationRunner.LoadEmbedded(typeof(WorkDatabase).Assembly), time, cancellationToken);
}
