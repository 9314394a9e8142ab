using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The enrich stage's evidence: DNS through <see cref="DnsInspector"/> and, unless <c>Pipeline:LookupRegistration</c>
/// is off, registration data through <see cref="RegistrationLookup"/> (RDAP, WHOIS fallback) and, once DNS has
/// answered, the network and origin AS of each A/AAAA address through <see cref="NetworkLookup"/> (unless
/// <c>Pipeline:LookupNetworks</c> is off). A failed lookup is unknown evidence, not a failed stage.
/// </summary>
internal sealed class EvidenceEnricher(DnsInspector dns, IServiceProvider services, IOptions<PipelineOptions> options)
{
    public async Task<Enrichment> EnrichAsync(string domain, CancellationToken cancellationToken)
    {
        var dnsTask = dns.InspectAsync(domain, cancellationToken);
        RegistrationEvidence? registration = null;
        if (options.Value.LookupRegistration)
        {
            var result = await services.GetRequiredService<RegistrationLookup>().LookupAsync(domain, cancellationToken);
            registration = result.Evidence;
        }

        var found = await dnsTask;
        IReadOnlyList<NetworkEvidence>? networks = null;
        if (options.Value.LookupRegistration && options.Value.LookupNetworks && found is not null && (found.A.Count > 0 || found.Aaaa.Count > 0))
        {
            networks = await services.GetRequiredService<NetworkLookup>().LookupAsync(found.A.Concat(found.Aaaa), cancellationToken);
        }

        return new Enrichment(found, registration, networks);
    }
}
