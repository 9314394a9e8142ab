namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>One RFC 6962 log of the log list: its id (base64 SHA-256 of its key), base URL, state and temporal interval.</summary>
internal sealed record CtLog(string LogId, string Description, Uri Url, string State, DateTimeOffset? IntervalStart, DateTimeOffset? IntervalEnd);
