namespace BrandWatch.Worker.Feeds;

public enum FeedKind
{
    /// <summary>A local list: file, .gz, .zip or a folder of them.</summary>
    File,
    /// <summary>A list served over HTTP(S), fetched with a conditional GET.</summary>
    Url,
    /// <summary>New delegations between the two newest zone files in a folder.</summary>
    ZoneDiff,
    /// <summary>Manual submissions polled from the Api.</summary>
    Submissions,
    /// <summary>RFC 6962 certificate-transparency logs named in a JSON log list (v3) at <c>Path</c>.</summary>
    CertificateTransparency,
}
