using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Registration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// The enrich stage's evidence: DNS through <see cref="IDnsInspector"/> and, unless <c>Pipeline:LookupRegistration</c>
/// is off, registration data through <see cref="IRegistrationLookup"/> (RDAP, WHOIS fallback). A failed lookup is
/// unknown (null) evidence, not a failed stage.
/// </summary>
internal sealed class EvidenceEnricher(IDnsInspector dns, IServiceProvider services, IOptions<PipelineOptions> options) : IEnricher
{
    public async Task<(DnsEvidence? Dns, RegistrationEvidence? Registration)> EnrichAsync(string domain, CancellationToken cancellationToken)
    {
        var dnsTask = dns.InspectAsync(domain, cancellationToken);
        RegistrationEvidence? registration = null;
        if (options.Value.LookupRegistration)
        {
            var result = await services.GetRequiredService<IRegistrationLookup>().LookupAsync(domain, cancellationToken);
            registration = result.Evidence;
        }

        return (await dnsTask, registration);
    }
}
