using BrandWatch.Sqlite;
using Dapper;

namespace BrandWatch.Worker.Tests.Storage;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly Migration[] Scripts =
    [
        new(1, "create_things", "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"),
        new(2, "add_colour", "ALTER TABLE things ADD COLUMN colour TEXT;"),
    ];

    [Fact]
    public async Task Migrate_FreshFile_AppliesAllInOrderAndRecordsThem()
    {
        var database = new SqliteDatabase($"Data Source={_folder.File("a.db")}");

        var applied = await MigrationRunner.MigrateAsync(database, Scripts, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2], applied);
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal([1L, 2L], await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version"));
        await connection.ExecuteAsync("INSERT INTO things (name, colour) VALUES ('x', 'red')");
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Migrate_SecondStart_AppliesNothingAndKeepsData()
    {
        var database = new SqliteDatabase($"Data Source={_folder.File("b.db")}");
        await MigrationRunner.MigrateAsync(database, Scripts[..1], TimeProvider.System, TestContext.Current.CancellationToken);
        await using (var connection = await database.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync("INSERT INTO things (name) VALUES ('kept')");
        }

        var applied = await MigrationRunner.MigrateAsync(database, Scripts, TimeProvider.System, TestContext.Current.CancellationToken);
        var again = await MigrationRunner.MigrateAsync(database, Scripts, TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal([2], applied);
        Assert.Empty(again);
        await using var check = await database.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("kept", await check.ExecuteScalarAsync<string>("SELECT name FROM things"));
    }

    [Fact]
    public async Task Migrate_DatabaseFromNewerBuild_FailsWithClearMessageAndChangesNothing()
    {
        var database = new SqliteDatabase($"Data Source={_folder.File("c.db")}");
        await MigrationRunner.MigrateAsync(database, Scripts, TimeProvider.System, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(
            () => MigrationRunner.MigrateAsync(database, Scripts[..1], TimeProvider.System, TestContext.Current.CancellationToken));

        Assert.Contains("schema version 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("knows only up to version 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_FailingScript_RollsBackThatScriptOnly()
    {
        var database = new SqliteDatabase($"Data Source={_folder.File("d.db")}");
        Migration[] broken = [Scripts[0], new(2, "broken", "ALTER TABLE things ADD COLUMN a TEXT; SELECT * FROM no_such_table;")];

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
            () => MigrationRunner.MigrateAsync(database, broken, TimeProvider.System, TestContext.Current.CancellationToken));

        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT MAX(version) FROM schema_version"));
        var columns = await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('things')");
        Assert.DoesNotContain("a", columns);
    }

    [Fact]
    public async Task Migrate_ScriptNumberedBelowTheNewestApplied_IsStillApplied()
    {
        var database = new SqliteDatabase($"Data Source={_folder.File("e.db")}");
        Migration late = new(20, "feature_range", "CREATE TABLE feature (id INTEGER PRIMARY KEY);");
        await MigrationRunner.MigrateAsync(database, [Scripts[0], late], TimeProvider.System, TestContext.Current.CancellationToken);

        var applied = await MigrationRunner.MigrateAsync(database, [Scripts[0], Scripts[1], late], TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal([2], applied);
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Contains("colour", await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('things')"));
    }

    public void Dispose() => _folder.Dispose();
}
