using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using BrandWatch.Rules.Enforcement;
using BrandWatch.Rules.Evidence;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Finds who hosts each A/AAAA address of a subject: RDAP for IP addresses (GET {base}ip/{address}) at the service the
/// number bootstrap names, then RDAP for the origin AS the network's answer names (GET {base}autnum/{n}). Same guarded,
/// resilient HttpClient as for domains. Answers found are kept for <see cref="RegistrationOptions.NetworkCacheTime"/>,
/// since many look-alikes share a handful of hosting addresses; failures are not kept.
/// </summary>
public sealed partial class NetworkLookup(HttpClient http, RdapNumberBootstrapProvider bootstrap, RegistrationOptions options, TimeProvider time, ILogger<NetworkLookup> logger)
{
    private const int MaxCached = 10_000;

    private readonly ConcurrentDictionary<string, (NetworkEvidence Network, DateTimeOffset Until)> _networks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, (AutonomousSystemEvidence System, DateTimeOffset Until)> _systems = new();

    /// <summary>One evidence record per distinct address, at most <see cref="RegistrationOptions.MaxNetworkLookups"/>, in the order given.</summary>
    public async Task<IReadOnlyList<NetworkEvidence>> LookupAsync(IEnumerable<string> addresses, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var results = new List<NetworkEvidence>();
        foreach (var text in addresses.Distinct(StringComparer.OrdinalIgnoreCase).Take(options.MaxNetworkLookups))
        {
            results.Add(await LookupAddressAsync(text, ct));
        }

        return results;
    }

    private async Task<NetworkEvidence> LookupAddressAsync(string text, CancellationToken ct)
    {
        if (!IPAddress.TryParse(text, out var address))
        {
            return new NetworkEvidence { Address = text, Failure = "malformed" };
        }

        var key = address.ToString();
        if (_networks.TryGetValue(key, out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.Network with { Address = text };
        }

        var current = bootstrap.Current;
        if (current.Find(address) is not { } baseUrl)
        {
            return new NetworkEvidence { Address = text, Failure = "no-service" };
        }

        var url = new Uri(baseUrl, "ip/" + key);
        var answer = await RdapHttp.GetAsync(http, url, ct);
        if (answer.Body is null)
        {
            LogFailed(logger, url.AbsoluteUri, answer.Detail ?? string.Empty);
            return new NetworkEvidence { Address = text, Server = url.AbsoluteUri, Failure = FailureName(answer) };
        }

        NetworkEvidence network;
        try
        {
            network = RdapContacts.Network(answer.Body, text, url.AbsoluteUri);
        }
        catch (FormatException ex)
        {
            LogFailed(logger, url.AbsoluteUri, ex.Message);
            return new NetworkEvidence { Address = text, Server = url.AbsoluteUri, Failure = "malformed" };
        }

        if (network.OriginAutnums is [var origin, ..])
        {
            network = network with { AutonomousSystem = await LookupSystemAsync(current, origin, ct) };
        }

        Remember(_networks, key, (network, time.GetUtcNow() + options.NetworkCacheTime));
        return network;
    }

    private async Task<AutonomousSystemEvidence> LookupSystemAsync(RdapNumberBootstrap current, long number, CancellationToken ct)
    {
        if (_systems.TryGetValue(number, out var cached) && cached.Until > time.GetUtcNow())
        {
            return cached.System;
        }

        if (current.Find(number) is not { } baseUrl)
        {
            return new AutonomousSystemEvidence { Number = number, Failure = "no-service" };
        }

        var url = new Uri(baseUrl, "autnum/" + number.ToString(CultureInfo.InvariantCulture));
        var answer = await RdapHttp.GetAsync(http, url, ct);
        if (answer.Body is null)
        {
            LogFailed(logger, url.AbsoluteUri, answer.Detail ?? string.Empty);
            return new AutonomousSystemEvidence { Number = number, Server = url.AbsoluteUri, Failure = FailureName(answer) };
        }

        try
        {
            var system = RdapContacts.AutonomousSystem(answer.Body, number, url.AbsoluteUri);
            Remember(_systems, number, (system, time.GetUtcNow() + options.NetworkCacheTime));
            return system;
        }
        catch (FormatException ex)
        {
            LogFailed(logger, url.AbsoluteUri, ex.Message);
            return new AutonomousSystemEvidence { Number = number, Server = url.AbsoluteUri, Failure = "malformed" };
        }
    }

    private static void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        if (cache.Count >= MaxCached)
        {
            cache.Clear(); // crude but bounded: the next lookups fill it again
        }

        cache[key] = value;
    }

    /// <summary>The failure as the evidence spells it (see <see cref="NetworkEvidence.Failure"/>).</summary>
    internal static string FailureName(RdapAnswer answer) => answer.Refused ? "refused" : answer.Failure switch
    {
        RegistrationFailure.NotFound => "not-found",
        RegistrationFailure.RateLimited => "rate-limited",
        RegistrationFailure.Timeout => "timeout",
        RegistrationFailure.Malformed => "malformed",
        RegistrationFailure.NoService => "no-service",
        _ => "unavailable",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP {Url} gave no network data: {Detail}")]
    private static partial void LogFailed(ILogger logger, string url, string detail);
}
