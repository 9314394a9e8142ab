namespace BrandWatch.Api.Evidence;

/// <summary>
/// <c>manifest.sig.json</c> of an evidence package: an ECDSA P-256 / SHA-256 signature (IEEE P1363, r‖s, base64)
/// over the exact bytes of <c>manifest.json</c>, with the key id and public key so a package can be checked offline.
/// </summary>
public sealed record PackageSignature(string Algorithm, string KeyId, string PublicKeyPem, string SignedAt, string Signature)
{
    public const string FileName = "manifest.sig.json";
    public const string ManifestName = "manifest.json";
    public const string Es256 = "ES256";
}
