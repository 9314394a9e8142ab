using BrandWatch.Api.Storage;

namespace BrandWatch.Api.Tests.Storage;

/// <summary>The connection string's provider setting: which engine it names, and the one-line reason when it names none.</summary>
public sealed class ConnectionStringTests
{
    [Theory]
    [InlineData("Data Source=brandwatch.db", DatabaseProvider.Sqlite)]
    [InlineData("Provider=sqlite;Data Source=brandwatch.db", DatabaseProvider.Sqlite)]
    [InlineData("Provider=SQLite;Data Source=brandwatch.db", DatabaseProvider.Sqlite)]
    [InlineData("Provider=postgresql;Host=127.0.0.1;Database=brandwatch", DatabaseProvider.PostgreSql)]
    [InlineData("Host=127.0.0.1;Provider=postgres;Database=brandwatch", DatabaseProvider.PostgreSql)]
    public void Split_KnownProvider_NamesItsEngine(string connectionString, DatabaseProvider expected)
    {
        var (provider, rest) = ApiDatabase.Split(connectionString);

        Assert.Equal(expected, provider);
        Assert.DoesNotContain("provider", rest, StringComparison.OrdinalIgnoreCase);
        Assert.True(ApiDatabase.IsUsable(connectionString, out var problem), problem);
    }

    [Theory]
    [InlineData("Provider=oracle;Data Source=brandwatch.db", "Provider 'oracle' is not known; use Provider=sqlite or Provider=postgresql.")]
    [InlineData("Provider=postgresql;Database=brandwatch", "the PostgreSQL connection string names no Host")]
    [InlineData("Data Source=", "the SQLite connection string names no Data Source")]
    public void IsUsable_BadConnectionString_SaysWhyInOneLine(string connectionString, string expected)
    {
        Assert.False(ApiDatabase.IsUsable(connectionString, out var problem));
        Assert.Equal(expected, problem);
    }
}
