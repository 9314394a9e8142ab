using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Storage;

/// <summary>
/// The <c>ConnectionStrings</c> section: which database the Api uses (env <c>ConnectionStrings__BrandWatch</c>). A SQLite
/// file by default (<c>Data Source=brandwatch.db</c>); <c>Provider=postgresql;Host=…;Database=…</c> for PostgreSQL.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConnectionStrings";

    [Required(AllowEmptyStrings = false)]
    public string BrandWatch { get; set; } = Extensions.DefaultConnectionString;

    /// <summary>True when the connection string names a known provider and that provider's driver can read it.</summary>
    public bool IsUsable() => ApiDatabase.IsUsable(BrandWatch, out _);
}
