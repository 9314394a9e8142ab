namespace BrandWatch.Api.Evidence;

/// <summary>The <c>Evidence</c> section: where the key that signs evidence packages is kept.</summary>
public sealed class EvidenceSigningOptions
{
    public const string Section = "Evidence";

    /// <summary>
    /// A PEM file holding an ECDSA P-256 private key (PKCS#8). Created on first start when absent. Empty: beside the
    /// database, named after it (<c>brandwatch.db</c> → <c>brandwatch.signing-key.pem</c>).
    /// </summary>
    public string? SigningKeyPath { get; set; }
}
