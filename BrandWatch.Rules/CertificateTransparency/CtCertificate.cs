namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// What a log entry's certificate says: issuer and subject (RFC 4514 text), validity, the DNS names of its subject
/// alternative names as written, and <see cref="Names"/>: the host names to screen (SANs and common name, lower-case,
/// wildcards reduced to their base, each once).
/// </summary>
public sealed record CtCertificate(
    string Issuer,
    string Subject,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> SubjectAlternativeNames,
    IReadOnlyList<string> Names,
    string? Sha256);
