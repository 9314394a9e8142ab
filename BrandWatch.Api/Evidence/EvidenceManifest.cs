namespace BrandWatch.Api.Evidence;

/// <summary>manifest.json of an evidence package.</summary>
public sealed record EvidenceManifest(
    long CaseId,
    string Mark,
    string Owner,
    string Subject,
    string Kind,
    string Status,
    long CaseVersion,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    string HashAlgorithm,
    IReadOnlyList<ManifestFile> Files,
    string SigningKeyId,
    IReadOnlyList<ManifestCertificate>? Certificates = null);
