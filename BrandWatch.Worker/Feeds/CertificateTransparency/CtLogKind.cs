namespace BrandWatch.Worker.Feeds.CertificateTransparency;

/// <summary>The read interface a CT log serves.</summary>
internal enum CtLogKind
{
    /// <summary>RFC 6962 <c>get-sth</c> and <c>get-entries</c> (the log list's <c>logs</c>).</summary>
    Rfc6962,

    /// <summary>C2SP static-ct-api: a signed checkpoint and data tiles (the log list's <c>tiled_logs</c>).</summary>
    Tiled,
}
