namespace BrandWatch.Rules.Evidence;

/// <summary>
/// The certificate an HTTPS page was served with, as the fetch saw it (valid or not): who issued it, for whom, when it
/// expires and its SHA-256. Its issuer is the certificate authority a report about the site can go to.
/// </summary>
public sealed record ServerCertificateEvidence
{
    public required string Issuer { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset NotBefore { get; init; }
    public required DateTimeOffset NotAfter { get; init; }
    public string? SerialNumber { get; init; }

    /// <summary>SHA-256 of the DER certificate, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>What validation found wrong ("None" when it validated).</summary>
    public string? ValidationErrors { get; init; }
}
