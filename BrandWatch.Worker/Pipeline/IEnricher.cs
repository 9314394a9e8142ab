using BrandWatch.Rules.Evidence;

namespace BrandWatch.Worker.Pipeline;

/// <summary>Gathers DNS and registration data for a matched domain (the evidence issue's IDnsInspector and IRegistrationLookup once on main).</summary>
internal interface IEnricher
{
    Task<(DnsEvidence? Dns, RegistrationEvidence? Registration)> EnrichAsync(string domain, CancellationToken cancellationToken);
}
