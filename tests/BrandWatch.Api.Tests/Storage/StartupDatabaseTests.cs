using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Api.Tests.Storage;

/// <summary>The Api process refuses a database it cannot use with one line on stderr, and leaves the file as it was.</summary>
public sealed class StartupDatabaseTests
{
    [Fact]
    public async Task Start_OnDatabaseFromNewerBuild_ExitsWithOneLineAndChangesNothing()
    {
        using var folder = new TempFolder();
        var database = folder.File("newer.db");
        await using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);" +
                                  "INSERT INTO schema_version VALUES (9999, 'from_the_future', '2030-01-01');";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        SqliteConnection.ClearAllPools();
        var (code, stderr) = await RunApiAsync(folder.Path, $"Data Source={database}");

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("schema version 9999", line, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", line, StringComparison.Ordinal);
        await using var check = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await check.OpenAsync(TestContext.Current.CancellationToken);
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(1L, await tables.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Start_OnUnopenableDatabase_NamesTheFileInOneLine()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "no-such-folder", "x.db");

        var (code, stderr) = await RunApiAsync(folder.Path, $"Data Source={database}");

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: database '{database}':", line, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stderr)> RunApiAsync(string workingDirectory, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ConnectionStrings__BrandWatch"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "None";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout;
        return (process.ExitCode, stderr);
    }
}
