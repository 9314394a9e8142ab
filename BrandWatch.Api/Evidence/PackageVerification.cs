namespace BrandWatch.Api.Evidence;

/// <summary>What checking a package found: each failure in words (empty when the package is intact), the signer's key id and the case.</summary>
public sealed record PackageVerification(IReadOnlyList<string> Failures, string? KeyId, long? CaseId, int Files)
{
    public bool Valid => Failures.Count == 0;
}
