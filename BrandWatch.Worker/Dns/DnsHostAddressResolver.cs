using System.Net;
using BrandWatch.Worker.Crawling;
using DnsClient;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Dns;

/// <summary>
/// Resolves the hosts the safe fetcher connects to through DnsClient with the "Dns" section's name servers and
/// settings, the same source as <see cref="DnsInspector"/>, so a crawl reaches the addresses the DNS evidence shows
/// (the system resolver would ask other servers when custom ones are configured). A and AAAA are asked at once; answers
/// are cached for their TTL by DnsClient.
/// </summary>
public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    private readonly LookupClient _client;

    public DnsHostAddressResolver(IOptions<DnsInspectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = DnsInspector.ClientOptions(options.Value);
        clientOptions.UseCache = true;
        clientOptions.MaximumCacheTimeout = options.Value.MaximumCacheTime;
        _client = new LookupClient(clientOptions);
    }

    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(host);
        try
        {
            var v4 = _client.QueryAsync(host, QueryType.A, QueryClass.IN, ct);
            var v6 = _client.QueryAsync(host, QueryType.AAAA, QueryClass.IN, ct);
            var answers = await Task.WhenAll(v4, v6);
            var addresses = answers[0].Answers.ARecords().Select(r => r.Address)
                .Concat(answers[1].Answers.AaaaRecords().Select(r => r.Address))
                .Distinct()
                .ToList();
            // NXDOMAIN is an answer (no addresses); a server failure or refusal is not.
            if (addresses.Count == 0 && answers.FirstOrDefault(a => a.HasError && a.Header.ResponseCode != DnsHeaderResponseCode.NotExistentDomain) is { } failed)
            {
                throw new HttpRequestException(HttpRequestError.NameResolutionError, $"{host} did not resolve: {failed.ErrorMessage}");
            }

            return addresses;
        }
        catch (DnsResponseException ex)
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"{host} did not resolve: {ex.Message}", ex);
        }
    }
}
