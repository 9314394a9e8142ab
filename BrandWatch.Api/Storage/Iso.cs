using System.Globalization;

namespace BrandWatch.Api.Storage;

/// <summary>Timestamps as stored: ISO 8601 UTC text that sorts as it reads.</summary>
internal static class Iso
{
    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseNullable(string? value) => value is null ? null : Parse(value);
}
