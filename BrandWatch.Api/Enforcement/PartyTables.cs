namespace BrandWatch.Api.Enforcement;

/// <summary>A certificate authority's problem-reporting mechanism (Baseline Requirements 4.9.3) and where it is published.</summary>
public sealed record CertificateAuthorityEntry(string Name, IReadOnlyList<string> IssuerMatches, string? Email, string? Url, string Source);

/// <summary>The table of certificate authorities (<c>samples/enforcement/certificate-authorities.json</c>).</summary>
public sealed record CertificateAuthorityTable(string? Description, string? Checked, IReadOnlyList<CertificateAuthorityEntry> Authorities)
{
    /// <summary>The first entry one of whose matches the issuer's distinguished name contains.</summary>
    public CertificateAuthorityEntry? Find(string issuer) =>
        Authorities.FirstOrDefault(a => a.IssuerMatches.Any(m => issuer.Contains(m, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>A dispute-resolution provider.</summary>
public sealed record DisputeProvider(string Name, string Url);

/// <summary>The policy generic TLDs follow (the UDRP) and its approved providers.</summary>
public sealed record GenericDisputePolicy(string Policy, string PolicyUrl, IReadOnlyList<DisputeProvider> Providers, string Source);

/// <summary>A ccTLD registry that runs its own policy (or none: <see cref="Policy"/> null and a <see cref="Note"/>).</summary>
public sealed record CountryCodePolicy(IReadOnlyList<string> Tlds, string Registry, string RegistryUrl, string? Policy, IReadOnlyList<DisputeProvider> Providers, string? Note, string Source,
    string? Complaint = null);

/// <summary>The table of dispute policies (<c>samples/enforcement/dispute-policies.json</c>).</summary>
public sealed record DisputePolicyTable(string? Description, string? Checked, GenericDisputePolicy Generic, IReadOnlyList<CountryCodePolicy> CountryCode)
{
    /// <summary>The ccTLD entry for a domain's TLD, or null when the TLD follows the generic policy.</summary>
    public CountryCodePolicy? Find(string domain)
    {
        var tld = domain.TrimEnd('.')[(domain.TrimEnd('.').LastIndexOf('.') + 1)..];
        return CountryCode.FirstOrDefault(c => c.Tlds.Contains(tld, StringComparer.OrdinalIgnoreCase));
    }
}
