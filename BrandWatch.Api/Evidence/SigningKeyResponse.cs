namespace BrandWatch.Api.Evidence;

/// <summary>The public half of the evidence signing key: its id, the algorithm and the SubjectPublicKeyInfo as PEM.</summary>
public sealed record SigningKeyResponse(string KeyId, string Algorithm, string PublicKeyPem);
