using System.ComponentModel.DataAnnotations;

namespace BrandWatch.Api.Alerts;

/// <summary>The <c>DataProtection</c> section: the key ring that protects webhook secrets at rest.</summary>
public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Folder of the key ring (XML files). Empty: beside the database, named after it (<c>brandwatch.db</c> →
    /// <c>brandwatch.keys/</c>). Back it up apart from the database: a copy of the database alone reveals no secret.
    /// </summary>
    public string? KeysFolder { get; set; }

    /// <summary>How long a key is the default before a new one replaces it (at least 7 days, Data Protection's floor).</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);

    public static string DefaultFolder(string dataSource)
    {
        var full = Path.GetFullPath(dataSource);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".keys");
    }
}
