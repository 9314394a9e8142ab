using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace BrandWatch.Sqlite;

/// <summary>
/// Applies the numbered SQL scripts embedded in an assembly (<c>NNNN_name.sql</c>) in order, each in its own
/// transaction, and records them in <c>schema_version</c>. Every script not yet recorded is applied, even one numbered
/// below the newest applied (features number their scripts in separate ranges). A database newer than the scripts is refused.
/// The same runner serves every engine: the scripts of one engine live in their own folder (<c>Migrations/sqlite/</c>,
/// <c>Migrations/postgresql/</c>), and an engine shared by several processes passes SQL that takes and frees a lock
/// around the whole run, so two instances starting at once do not apply a script twice.
/// </summary>
internal static partial class MigrationRunner
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private const string SelectApplied = "SELECT version FROM schema_version";

    private const string InsertVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    /// <summary>The scripts embedded in <paramref name="assembly"/>; with <paramref name="folder"/>, only those of <c>Migrations/{folder}/</c>.</summary>
    public static IReadOnlyList<Migration> LoadEmbedded(Assembly assembly, string? folder = null)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ScriptName().Match(resource);
            if (!match.Success || (folder is not null && !resource.Contains(".Migrations." + folder + ".", StringComparison.Ordinal)))
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
        return await MigrateAsync(connection, database.DataSource, migrations, time, lockSql: null, unlockSql: null, cancellationToken);
    }

    /// <summary>Brings the database behind an open connection up to date; returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(DbConnection connection, string dataSource, IReadOnlyList<Migration> migrations, TimeProvider time,
        string? lockSql, string? unlockSql, CancellationToken cancellationToken = default)
    {
        if (lockSql is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(lockSql, cancellationToken: cancellationToken));
        }

        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, cancellationToken: cancellationToken));
            var recorded = (await connection.QueryAsync<int>(new CommandDefinition(SelectApplied, cancellationToken: cancellationToken))).ToHashSet();
            var current = recorded.Count == 0 ? 0 : recorded.Max();
            var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
            if (current > known)
            {
                throw new SchemaTooNewException(dataSource, current, known);
            }

            var applied = new List<int>();
            foreach (var migration in migrations)
            {
                if (recorded.Contains(migration.Version))
                {
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(InsertVersion,
                    new { migration.Version, migration.Name, AppliedAt = BrandWatch.Time.StoredTime.Format(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                applied.Add(migration.Version);
            }

            return applied;
        }
        finally
        {
            if (unlockSql is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(unlockSql, cancellationToken: CancellationToken.None));
            }
        }
    }

    [GeneratedRegex(@"\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
