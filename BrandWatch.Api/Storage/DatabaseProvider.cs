namespace BrandWatch.Api.Storage;

/// <summary>The database engine behind the Api, named by the connection string's <c>Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file: the embedded default for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that several Api instances share.</summary>
    PostgreSql,
}
