namespace BrandWatch.Rules.Evidence;

/// <summary>
/// The certificate-transparency log entry that named the subject: which log and index, the entry type, the log's
/// timestamp, and the certificate's issuer, validity, subject alternative names and SHA-256 (of the DER certificate or
/// precertificate; null when a precertificate entry came without it).
/// </summary>
public sealed record CertificateEvidence
{
    public required string Log { get; init; }
    public required long Index { get; init; }
    public required string EntryType { get; init; }
    public required DateTimeOffset LoggedAt { get; init; }
    public required string Issuer { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset NotBefore { get; init; }
    public required DateTimeOffset NotAfter { get; init; }
    public IReadOnlyList<string> SubjectAlternativeNames { get; init; } = [];
    public string? Sha256 { get; init; }

    /// <summary>
    /// Tiled (static-ct-api) logs: the SHA-256 fingerprints (lower-case hex) of the chain's issuers as the entry lists
    /// them, nearest first; each is served at <c>{log}issuer/{fingerprint}</c>. Null for RFC 6962 entries.
    /// </summary>
    public IReadOnlyList<string>? IssuerFingerprints { get; init; }
}
