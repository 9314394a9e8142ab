namespace BrandWatch.Api.Alerts;

/// <summary>Digest windows are whole UTC hours or days: an item queued in a window is sent when the window ends.</summary>
public static class DigestWindow
{
    public static DateTimeOffset Start(string delivery, DateTimeOffset queuedAt)
    {
        var utc = queuedAt.ToUniversalTime();
        return delivery == AlertVocabulary.Daily
            ? new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero)
            : new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static DateTimeOffset End(string delivery, DateTimeOffset queuedAt) =>
        delivery == AlertVocabulary.Daily ? Start(delivery, queuedAt).AddDays(1) : Start(delivery, queuedAt).AddHours(1);
}
