namespace BrandWatch.Sqlite;

/// <summary>One numbered schema script.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
