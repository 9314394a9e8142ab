using System.Net;
using BrandWatch.Rules.Evidence;
using DnsClient;
using DnsClient.Protocol;

namespace BrandWatch.Worker.Pipeline;

/// <summary>
/// DNS evidence through DnsClient: A, AAAA, CNAME, NS and MX of the domain, failures kept as outcomes. Registration
/// data is left unknown (null) here: RDAP and WHOIS come with the evidence issue.
/// </summary>
internal sealed class DnsEnricher(ILookupClient dns, TimeProvider time) : IEnricher
{
    public static ILookupClient CreateClient(IReadOnlyList<IPEndPoint> servers, TimeSpan timeout)
    {
        var options = servers.Count > 0
            ? new LookupClientOptions(servers.Select(s => new NameServer(s)).ToArray())
            : new LookupClientOptions();
        options.UseCache = false;
        options.Timeout = timeout;
        options.Retries = 1;
        options.ThrowDnsErrors = false;
        options.ContinueOnDnsError = false;
        return new LookupClient(options);
    }

    public async Task<(DnsEvidence? Dns, RegistrationEvidence? Registration)> EnrichAsync(string domain, CancellationToken cancellationToken)
    {
        var observedAt = time.GetUtcNow();
        var a = await QueryAsync(domain, QueryType.A, cancellationToken);
        if (a.Outcome is not (DnsOutcome.Resolved or DnsOutcome.NoData))
        {
            return (new DnsEvidence { Domain = domain, Outcome = a.Outcome, ObservedAt = observedAt }, null);
        }

        var aaaa = await QueryAsync(domain, QueryType.AAAA, cancellationToken);
        var ns = await QueryAsync(domain, QueryType.NS, cancellationToken);
        var mx = await QueryAsync(domain, QueryType.MX, cancellationToken);
        var addresses = a.Records.OfType<ARecord>().Select(r => r.Address.ToString()).ToList();
        var addresses6 = aaaa.Records.OfType<AaaaRecord>().Select(r => r.Address.ToString()).ToList();
        var evidence = new DnsEvidence
        {
            Domain = domain,
            Outcome = addresses.Count + addresses6.Count > 0 || mx.Records.Count > 0 ? DnsOutcome.Resolved : a.Outcome,
            ObservedAt = observedAt,
            A = addresses,
            Aaaa = addresses6,
            Cname = a.Records.OfType<CNameRecord>().Select(r => r.CanonicalName.Value.TrimEnd('.')).FirstOrDefault(),
            NameServers = ns.Records.OfType<NsRecord>().Select(r => r.NSDName.Value.TrimEnd('.')).ToList(),
            Mx = mx.Records.OfType<MxRecord>().OrderBy(r => r.Preference).Select(r => r.Exchange.Value.TrimEnd('.')).ToList(),
        };
        return (evidence, null);
    }

    private async Task<(DnsOutcome Outcome, IReadOnlyList<DnsResourceRecord> Records)> QueryAsync(string domain, QueryType type, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dns.QueryAsync(domain, type, QueryClass.IN, cancellationToken);
            var outcome = response.Header.ResponseCode switch
            {
                DnsHeaderResponseCode.NoError => response.Answers.Count > 0 ? DnsOutcome.Resolved : DnsOutcome.NoData,
                DnsHeaderResponseCode.NotExistentDomain => DnsOutcome.NxDomain,
                DnsHeaderResponseCode.ServerFailure => DnsOutcome.ServFail,
                DnsHeaderResponseCode.Refused => DnsOutcome.Refused,
                _ => DnsOutcome.Error,
            };
            return (outcome, response.Answers);
        }
        catch (DnsResponseException ex) when (ex.Code == DnsResponseCode.ConnectionTimeout)
        {
            return (DnsOutcome.Timeout, []);
        }
        catch (DnsResponseException)
        {
            return (DnsOutcome.Error, []);
        }
    }
}
