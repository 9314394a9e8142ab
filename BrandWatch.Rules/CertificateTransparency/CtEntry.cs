namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// One decoded RFC 6962 log entry. <see cref="TbsCertificate"/> is the DER TBSCertificate the names are read from
/// (taken from the certificate for an X.509 entry, from the leaf for a precertificate, whose TBSCertificate is the
/// one the final certificate will carry). <see cref="Certificate"/> is the DER certificate whose SHA-256 identifies
/// the entry: the certificate itself, or the precertificate from <c>extra_data</c> (null when that is missing).
/// </summary>
public sealed record CtEntry(CtEntryType Type, DateTimeOffset Timestamp, byte[] TbsCertificate, byte[]? Certificate, byte[]? IssuerKeyHash);
