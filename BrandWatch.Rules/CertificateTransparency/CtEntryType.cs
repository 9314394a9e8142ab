namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>The <c>LogEntryType</c> of an RFC 6962 <c>TimestampedEntry</c> (§3.4).</summary>
public enum CtEntryType
{
    /// <summary><c>x509_entry</c> (0): a final certificate.</summary>
    X509 = 0,
    /// <summary><c>precert_entry</c> (1): a precertificate, logged before the final certificate is issued.</summary>
    Precert = 1,
}
