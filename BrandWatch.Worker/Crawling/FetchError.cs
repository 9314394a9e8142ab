namespace BrandWatch.Worker.Crawling;

/// <summary>How a fetch failed; <see cref="None"/> when a response was received (whatever its status).</summary>
public enum FetchError
{
    None,

    /// <summary>The host resolved only to addresses the SSRF guard refuses; nothing was connected.</summary>
    BlockedAddress,

    /// <summary>The host name did not resolve.</summary>
    DnsFailure,

    /// <summary>The connection was refused or reset.</summary>
    ConnectFailed,

    /// <summary>The connect or total time limit ran out.</summary>
    Timeout,

    /// <summary>More redirects than allowed; the chain is recorded.</summary>
    TooManyRedirects,

    /// <summary>A URL or redirect target that is not http or https.</summary>
    UnsupportedScheme,

    /// <summary>The TLS handshake failed (not certificate validity, which is recorded and accepted).</summary>
    TlsFailure,

    /// <summary>The server broke the HTTP protocol.</summary>
    ProtocolError,
}
