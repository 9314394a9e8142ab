namespace BrandWatch.Api.Enforcement;

/// <summary>
/// The parties who can act on a case: the registrar, one host per address, each certificate authority, the registry of
/// a ccTLD with its own policy, and the dispute provider for the verdict's path.
/// </summary>
public sealed record AbuseRouting(long CaseId, string Domain, IReadOnlyList<AbuseParty> Parties);
