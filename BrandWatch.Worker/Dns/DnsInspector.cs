using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using BrandWatch.Rules.Evidence;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Dns;

/// <summary>
/// Queries A, AAAA, CNAME, NS, MX and TXT of a domain, TXT of its _dmarc name and A of a random label (wildcard check)
/// through DnsClient, and folds the answers and the way each query ended into one <see cref="DnsEvidence"/>.
/// </summary>
public sealed partial class DnsInspector
{
    private const string RandomLabelAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly QueryType[] DomainQueries = [QueryType.A, QueryType.AAAA, QueryType.CNAME, QueryType.NS, QueryType.MX, QueryType.TXT];

    private readonly DnsInspectorOptions _options;
    private readonly LookupClient _client;
    private readonly LookupClient? _confirming;
    private readonly DnsEvidenceCache _cache;
    private readonly TimeProvider _time;
    private readonly ILogger<DnsInspector> _logger;

    public DnsInspector(IOptions<DnsInspectorOptions> options, TimeProvider? time = null, ILogger<DnsInspector>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<DnsInspector>.Instance;
        _cache = new DnsEvidenceCache(_options.CacheCapacity, _time);

        var clientOptions = ClientOptions(_options);
        clientOptions.UseCache = false; // the evidence cache below holds whole answers; one cache is enough
        _client = new LookupClient(clientOptions);
        if (_options.ConfirmingNameServers.Count > 0)
        {
            var confirming = ClientOptions(new DnsInspectorOptions { NameServers = _options.ConfirmingNameServers, Timeout = _options.Timeout, Retries = _options.Retries });
            confirming.UseCache = false;
            _confirming = new LookupClient(confirming);
        }
    }

    /// <summary>
    /// DnsClient settings from the "Dns" section: the configured name servers (the system's when none), time-out, retries,
    /// DNS errors as answers rather than exceptions, TCP fallback. Shared with <see cref="DnsHostAddressResolver"/>.
    /// </summary>
    internal static LookupClientOptions ClientOptions(DnsInspectorOptions options)
    {
        var servers = DnsNameServers.Parse(options.NameServers);
        var clientOptions = servers.Count > 0 ? new LookupClientOptions([.. servers]) : new LookupClientOptions();
        clientOptions.Timeout = options.Timeout;
        clientOptions.Retries = options.Retries;
        clientOptions.ThrowDnsErrors = false;
        clientOptions.ContinueOnDnsError = true;
        clientOptions.ContinueOnEmptyResponse = false;
        clientOptions.UseTcpFallback = true;
        return clientOptions;
    }

    public async Task<DnsEvidence> InspectAsync(string domain, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var name = AsciiName(domain);
        if (name is null)
        {
            return new DnsEvidence { Domain = domain, Outcome = DnsOutcome.Error, ObservedAt = _time.GetUtcNow() };
        }

        if (_cache.TryGet(name, out var cached))
        {
            return cached;
        }

        var observedAt = _time.GetUtcNow();
        var queries = new List<(string Key, Task<Answer> Task)>();
        foreach (var type in DomainQueries)
        {
            queries.Add((Key(type, name), QueryAsync(name, type, ct)));
        }

        var dmarcName = "_dmarc." + name;
        queries.Add((Key(QueryType.TXT, dmarcName), QueryAsync(dmarcName, QueryType.TXT, ct)));

        var wildcardKey = "A *." + name;
        if (_options.DetectWildcard)
        {
            var probe = RandomNumberGenerator.GetString(RandomLabelAlphabet, 20) + "." + name;
            queries.Add((wildcardKey, QueryAsync(probe, QueryType.A, ct)));
        }

        var results = await Task.WhenAll(queries.Select(q => q.Task));
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        for (var i = 0; i < queries.Count; i++)
        {
            answers[queries[i].Key] = results[i];
        }

        var records = DomainQueries.Select(t => answers[Key(t, name)]).ToList();

        var a = Distinct(records.SelectMany(r => r.Records).OfType<ARecord>().Select(r => r.Address.ToString()));
        var aaaa = Distinct(records.SelectMany(r => r.Records).OfType<AaaaRecord>().Select(r => r.Address.ToString()));
        var cname = records.SelectMany(r => r.Records).OfType<CNameRecord>()
            .Where(r => HostName(r.DomainName.Value) == name)
            .Select(r => HostName(r.CanonicalName.Value))
            .FirstOrDefault();
        var nameServers = Distinct(records.SelectMany(r => r.Records).OfType<NsRecord>().Select(r => HostName(r.NSDName.Value)));
        var mx = records.SelectMany(r => r.Records).OfType<MxRecord>()
            .OrderBy(r => r.Preference).ThenBy(r => r.Exchange.Value, StringComparer.Ordinal)
            .Select(r => HostName(r.Exchange.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var txt = Distinct(records.SelectMany(r => r.Records).OfType<TxtRecord>()
            .Where(r => HostName(r.DomainName.Value) == name)
            .Select(r => string.Concat(r.Text)));
        var spf = txt.FirstOrDefault(t => t.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase));
        var dmarc = answers[Key(QueryType.TXT, dmarcName)].Records.OfType<TxtRecord>()
            .Select(r => string.Concat(r.Text))
            .FirstOrDefault(t => t.StartsWith("v=DMARC1", StringComparison.OrdinalIgnoreCase));

        var outcome = Overall(records);
        if (_confirming is not null && outcome is DnsOutcome.NxDomain or DnsOutcome.NoData)
        {
            outcome = await ConfirmNoRecordsAsync(name, outcome, answers, ct);
        }
        var parkingService = nameServers.Select(ParkingServiceOf).FirstOrDefault(s => s is not null);
        bool? parked = parkingService is not null ? true : nameServers.Count > 0 ? false : null;

        var evidence = new DnsEvidence
        {
            Domain = name,
            Outcome = outcome,
            ObservedAt = observedAt,
            A = a,
            Aaaa = aaaa,
            Cname = cname,
            NameServers = nameServers,
            Mx = mx,
            Txt = txt,
            Spf = spf,
            Dmarc = dmarc,
            Wildcard = answers.TryGetValue(wildcardKey, out var probeAnswer) ? Wildcard(probeAnswer) : null,
            Parked = parked,
            ParkingService = parkingService,
            Queries = answers.ToDictionary(p => p.Key, p => p.Value.Outcome, StringComparer.Ordinal),
        };

        LogInspected(_logger, name, outcome, a.Count + aaaa.Count, mx.Count);
        _cache.Add(name, evidence, CacheLifetime(outcome, answers.Values));
        return evidence;
    }

    /// <summary>
    /// Asks the confirming resolvers for the A and AAAA records of a name the first resolvers found none for. Both
    /// answers go into the evidence's queries ("A name (confirming)"); the outcome stands only when they find none too.
    /// </summary>
    private async Task<DnsOutcome> ConfirmNoRecordsAsync(string name, DnsOutcome outcome, Dictionary<string, Answer> answers, CancellationToken ct)
    {
        var confirmations = await Task.WhenAll(QueryAsync(_confirming!, name, QueryType.A, ct), QueryAsync(_confirming!, name, QueryType.AAAA, ct));
        answers[Key(QueryType.A, name) + " (confirming)"] = confirmations[0];
        answers[Key(QueryType.AAAA, name) + " (confirming)"] = confirmations[1];
        if (confirmations.All(c => c.Outcome is DnsOutcome.NxDomain or DnsOutcome.NoData))
        {
            return outcome;
        }

        LogDisputed(_logger, name, outcome, confirmations[0].Outcome, confirmations[1].Outcome);
        return DnsOutcome.Disputed;
    }

    private Task<Answer> QueryAsync(string name, QueryType type, CancellationToken ct) => QueryAsync(_client, name, type, ct);

    private async Task<Answer> QueryAsync(LookupClient client, string name, QueryType type, CancellationToken ct)
    {
        try
        {
            var response = await client.QueryAsync(name, type, QueryClass.IN, ct);
            var outcome = response.Header.ResponseCode switch
            {
                DnsHeaderResponseCode.NoError => response.Answers.Count > 0 ? DnsOutcome.Resolved : DnsOutcome.NoData,
                DnsHeaderResponseCode.NotExistentDomain => DnsOutcome.NxDomain,
                DnsHeaderResponseCode.ServerFailure => DnsOutcome.ServFail,
                DnsHeaderResponseCode.Refused => DnsOutcome.Refused,
                _ => DnsOutcome.Error,
            };

            // A CNAME chain answers other types too; keep only the records of the type asked for (and the CNAME itself).
            var kept = response.Answers.Where(r => r.RecordType == (ResourceRecordType)type || r.RecordType == ResourceRecordType.CNAME).ToList();
            var ttl = response.Answers.Count > 0 ? response.Answers.Min(r => r.InitialTimeToLive) : (int?)null;
            return new Answer(outcome, kept, ttl);
        }
        catch (DnsResponseException ex) when (ex.Code == DnsResponseCode.ConnectionTimeout)
        {
            LogQueryFailed(_logger, type.ToString(), name, DnsOutcome.Timeout, ex.Message);
            return new Answer(DnsOutcome.Timeout, [], null);
        }
        catch (DnsResponseException ex) when (!ct.IsCancellationRequested)
        {
            var outcome = ex.Code switch
            {
                DnsResponseCode.ServerFailure => DnsOutcome.ServFail,
                DnsResponseCode.Refused => DnsOutcome.Refused,
                DnsResponseCode.NotExistentDomain => DnsOutcome.NxDomain,
                _ => DnsOutcome.Error,
            };
            LogQueryFailed(_logger, type.ToString(), name, outcome, ex.Message);
            return new Answer(outcome, [], null);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException && !ct.IsCancellationRequested)
        {
            LogQueryFailed(_logger, type.ToString(), name, DnsOutcome.Error, ex.Message);
            return new Answer(ex is TimeoutException ? DnsOutcome.Timeout : DnsOutcome.Error, [], null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // DnsClient cancels its own per-query timeout through a token; that is a timeout, not the caller stopping.
            return new Answer(DnsOutcome.Timeout, [], null);
        }
    }

    private static DnsOutcome Overall(List<Answer> answers)
    {
        if (answers.Any(a => a.Outcome == DnsOutcome.Resolved))
        {
            return DnsOutcome.Resolved;
        }

        // A name error is the authoritative word that the name does not exist; it outranks a lost packet elsewhere.
        DnsOutcome[] precedence = [DnsOutcome.NxDomain, DnsOutcome.ServFail, DnsOutcome.Refused, DnsOutcome.Timeout, DnsOutcome.Error];
        foreach (var outcome in precedence)
        {
            if (answers.Any(a => a.Outcome == outcome))
            {
                return outcome;
            }
        }

        return DnsOutcome.NoData;
    }

    private static bool? Wildcard(Answer probe) => probe.Outcome switch
    {
        DnsOutcome.Resolved => probe.Records.Count > 0,
        DnsOutcome.NxDomain or DnsOutcome.NoData => false,
        _ => null,
    };

    private TimeSpan CacheLifetime(DnsOutcome outcome, IEnumerable<Answer> answers)
    {
        var all = answers.ToList();
        if (outcome == DnsOutcome.Disputed || all.Any(a => a.Outcome is DnsOutcome.Timeout or DnsOutcome.ServFail or DnsOutcome.Refused or DnsOutcome.Error))
        {
            return TimeSpan.Zero; // a transient failure, or resolvers that disagree, must be asked again next time
        }

        if (outcome is DnsOutcome.NxDomain or DnsOutcome.NoData)
        {
            return _options.NegativeCacheTime;
        }

        var ttls = all.Where(a => a.Ttl is not null).Select(a => a.Ttl!.Value).ToList();
        var seconds = ttls.Count > 0 ? ttls.Min() : 0;
        var lifetime = TimeSpan.FromSeconds(seconds);
        return lifetime > _options.MaximumCacheTime ? _options.MaximumCacheTime : lifetime;
    }

    private string? ParkingServiceOf(string nameServer)
    {
        foreach (var suffix in _options.ParkingNameServers)
        {
            var s = suffix.Trim().TrimEnd('.').ToLowerInvariant();
            if (s.Length > 0 && (nameServer == s || nameServer.EndsWith("." + s, StringComparison.Ordinal)))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>The lower-case ASCII (punycode) form DNS is asked in; null when the text is not a domain name.</summary>
    private static string? AsciiName(string domain)
    {
        var text = domain.Trim().TrimEnd('.');
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            var ascii = new IdnMapping { UseStd3AsciiRules = false }.GetAscii(text).ToLowerInvariant();
            return ascii.Length <= 253 && !ascii.Any(c => c is ' ' or '/' or '\\' or '@' or ':') ? ascii : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Key(QueryType type, string name) => string.Create(CultureInfo.InvariantCulture, $"{type} {name}");

    private static string HostName(string value) => value.TrimEnd('.').ToLowerInvariant();

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    [LoggerMessage(Level = LogLevel.Debug, Message = "DNS {Domain}: {Outcome}, {Addresses} addresses, {MailExchangers} MX")]
    private static partial void LogInspected(ILogger logger, string domain, DnsOutcome outcome, int addresses, int mailExchangers);

    [LoggerMessage(Level = LogLevel.Information, Message = "DNS {Domain}: the resolvers said {Outcome} but the confirming resolvers answered A {A}, AAAA {Aaaa}: disputed, not gone")]
    private static partial void LogDisputed(ILogger logger, string domain, DnsOutcome outcome, DnsOutcome a, DnsOutcome aaaa);

    [LoggerMessage(Level = LogLevel.Debug, Message = "DNS {QueryType} {Name} ended {Outcome}: {Detail}")]
    private static partial void LogQueryFailed(ILogger logger, string queryType, string name, DnsOutcome outcome, string detail);

    private sealed record Answer(DnsOutcome Outcome, IReadOnlyList<DnsResourceRecord> Records, int? Ttl);
}
