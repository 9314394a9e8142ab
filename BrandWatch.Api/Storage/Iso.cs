using System.Globalization;

namespace BrandWatch.Api.Storage;

/// <summary>Timestamps as the Api's stores write them: <see cref="BrandWatch.Time.StoredTime"/>, shared with the Worker.</summary>
internal static class Iso
{
    public static string Format(DateTimeOffset value) => BrandWatch.Time.StoredTime.Format(value);

    public static DateTimeOffset Parse(string value) => BrandWatch.Time.StoredTime.Parse(value);

    public static DateTimeOffset? ParseNullable(string? value) => value is null ? null : Parse(value);
}
