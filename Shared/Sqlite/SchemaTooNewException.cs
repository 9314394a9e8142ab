namespace BrandWatch.Sqlite;

/// <summary>The database was written by a newer BrandWatch than this one: refuse to touch it.</summary>
internal sealed class SchemaTooNewException(string dataSource, int databaseVersion, int knownVersion)
    : InvalidOperationException(
        $"The database '{dataSource}' is at schema version {databaseVersion}, but this build knows only up to version {knownVersion}. " +
        "Upgrade BrandWatch or point it at another database; nothing was changed.")
{
    public int DatabaseVersion { get; } = databaseVersion;
    public int KnownVersion { get; } = knownVersion;
}
