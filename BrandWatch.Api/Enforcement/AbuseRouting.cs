namespace BrandWatch.Api.Enforcement;

/// <summary>The parties who can act on a case, registrar first, then one host per address.</summary>
public sealed record AbuseRouting(long CaseId, string Domain, IReadOnlyList<AbuseParty> Parties);
