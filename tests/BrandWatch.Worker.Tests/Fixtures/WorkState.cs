using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>Reads a running Worker's work-state database from outside (WAL lets a reader in beside the writer).</summary>
public static class WorkState
{
    public static async Task<Dictionary<string, long>> StagesAsync(string database)
    {
        if (!File.Exists(database))
        {
            return [];
        }

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        try
        {
            var rows = await connection.QueryAsync<(string Stage, long Count)>("SELECT stage, COUNT(*) FROM work_item GROUP BY stage");
            return rows.ToDictionary(r => r.Stage, r => r.Count);
        }
        catch (SqliteException)
        {
            return []; // not migrated yet
        }
    }

    public static async Task<string?> CursorAsync(string database, string feed)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<string>("SELECT position FROM feed_cursor WHERE feed = @feed", new { feed });
    }

    public static async Task<long> MaxAttemptsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(attempts), 0) FROM work_item WHERE stage = 'File'");
    }

    public static long Filed(Dictionary<string, long> stages) => stages.GetValueOrDefault("Filed");

    public static long Open(Dictionary<string, long> stages) =>
        stages.Where(s => s.Key is "Enrich" or "Crawl" or "Score" or "File").Sum(s => s.Value);
}
