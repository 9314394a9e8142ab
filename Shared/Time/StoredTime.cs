using System.Globalization;

namespace BrandWatch.Time;

/// <summary>
/// The one text form of a timestamp in both databases: ISO 8601 in UTC with seven fractional digits and a Z
/// (2026-12-04T19:47:26.1234567Z), which sorts as it reads, so a string comparison in SQL is a time comparison.
/// </summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads the stored form, and the older offset forms (…+00:00) that earlier versions wrote.</summary>
    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
