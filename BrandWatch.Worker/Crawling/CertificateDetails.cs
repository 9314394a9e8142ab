namespace BrandWatch.Worker.Crawling;

/// <summary>The server certificate an HTTPS page was served with, recorded whether or not it validates.</summary>
public sealed record CertificateDetails
{
    public required string Subject { get; init; }

    public required string Issuer { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotAfter { get; init; }

    /// <summary>DNS names and IP addresses of the subject alternative name extension.</summary>
    public IReadOnlyList<string> SubjectAlternativeNames { get; init; } = [];

    public required string SerialNumber { get; init; }

    /// <summary>SHA-256 of the DER certificate, lower-case hex.</summary>
    public required string Sha256Fingerprint { get; init; }

    /// <summary>What validation found wrong ("None", "RemoteCertificateChainErrors", "RemoteCertificateNameMismatch" …).</summary>
    public required string ValidationErrors { get; init; }

    public bool SelfSigned => Subject == Issuer;
}
