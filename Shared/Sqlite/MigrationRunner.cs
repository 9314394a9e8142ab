using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace BrandWatch.Sqlite;

/// <summary>
/// Applies the numbered SQL scripts embedded in an assembly (<c>NNNN_name.sql</c>) in order, each in its own
/// transaction, and records them in <c>schema_version</c>. Every script not yet recorded is applied, even one numbered
/// below the newest applied (features number their scripts in separate ranges). A database newer than the scripts is refused.
/// </summary>
internal static partial class MigrationRunner
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private const string SelectApplied = "SELECT version FROM schema_version";

    private const string InsertVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    public static IReadOnlyList<Migration> LoadEmbedded(Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration {resource} cannot be read.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share version {migrations[i].Version}: {migrations[i - 1].Name} and {migrations[i].Name}.");
            }
        }

        return migrations;
    }

    /// <summary>Brings the database up to date; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(SqliteDatabase database, IReadOnlyList<Migration> migrations, TimeProvider time, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(CreateVersionTable);
        var recorded = (await connection.QueryAsync<int>(SelectApplied)).ToHashSet();
        var current = recorded.Count == 0 ? 0 : recorded.Max();
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > known)
        {
            throw new SchemaTooNewException(database.DataSource, current, known);
        }

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            if (recorded.Contains(migration.Version))
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync(InsertVersion, new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow().ToString("O") }, transaction);
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    [GeneratedRegex(@"\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
