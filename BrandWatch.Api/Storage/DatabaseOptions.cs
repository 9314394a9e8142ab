using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Storage;

/// <summary>The <c>ConnectionStrings</c> section: where the SQLite file is (env <c>ConnectionStrings__BrandWatch</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(AllowEmptyStrings = false)]
    public string BrandWatch { get; set; } = Extensions.DefaultConnectionString;

    /// <summary>True when Microsoft.Data.Sqlite can read the connection string and it names a data source.</summary>
    public bool IsUsable()
    {
        try
        {
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(BrandWatch).DataSource.Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
