using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using BrandWatch.Net;
using BrandWatch.Rules.Registration;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Port-43 WHOIS (RFC 3912): finds the TLD's server in the configured table or by asking IANA, asks it, follows the
/// registrar referral, and parses the text tolerantly. Each server gets its own Polly pipeline: a bounded retry on
/// connection errors and time-outs, a time-out per conversation and a concurrency limit.
/// </summary>
public sealed partial class WhoisClient(RegistrationOptions options, ILogger<WhoisClient> logger)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string?> _ianaReferrals = new(StringComparer.OrdinalIgnoreCase);
    private readonly PrivacyServiceDetector _privacy = new(options.PrivacyServiceNames);
    private readonly GuardedConnect _connect = new(new ConnectPolicy
    {
        AllowLoopback = options.AllowLoopback,
        Ports = new HashSet<int> { options.WhoisPort },
        TrustedEndpoints = options.WhoisEndpoints.Values.Select(m => TrustedEndpoint(m, options.WhoisPort)).ToHashSet(StringComparer.OrdinalIgnoreCase),
    });

    public async Task<RegistrationLookupResult> LookupAsync(string domain, CancellationToken ct)
    {
        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        string? server;
        if (options.WhoisServers.TryGetValue(tld, out var configured))
        {
            server = configured;
        }
        else
        {
            var referral = await IanaReferralAsync(tld, ct);
            if (referral.Failure is not null)
            {
                return referral.Failure;
            }

            server = referral.Server;
        }

        if (server is null)
        {
            return RegistrationLookupResult.Failed(RegistrationFailure.NoService, $"no RDAP service and no WHOIS server known for .{tld}");
        }

        var registryText = await QueryAsync(server, domain, ct);
        if (registryText.Failure is not null)
        {
            return registryText.Failure;
        }

        var registry = WhoisParser.Parse(registryText.Text!);
        if (registry.NotFound)
        {
            return RegistrationLookupResult.Failed(RegistrationFailure.NotFound, $"{server}: no match for {domain}");
        }

        if (registry.RateLimited)
        {
            return RegistrationLookupResult.Failed(RegistrationFailure.RateLimited, $"{server}: query limit reached");
        }

        if (!registry.HasData)
        {
            return RegistrationLookupResult.Failed(RegistrationFailure.Malformed, $"{server}: the answer holds no registration fields");
        }

        var servers = new List<string> { server };
        RegistrationSnapshot? registrar = null;
        var referralHost = registry.Snapshot.WhoisReferral;
        if (options.FollowWhoisReferral && referralHost is not null && !referralHost.Equals(server, StringComparison.OrdinalIgnoreCase))
        {
            var registrarText = await QueryAsync(referralHost, domain, ct);
            if (registrarText.Text is not null && WhoisParser.Parse(registrarText.Text) is { HasData: true } answer)
            {
                registrar = answer.Snapshot;
                servers.Add(referralHost);
            }
            else
            {
                LogReferralFailed(logger, domain, referralHost, registrarText.Failure?.Detail ?? "no registration fields");
            }
        }

        return RegistrationLookupResult.Found(RegistrationFolder.Fold(domain, "whois", registry.Snapshot, registrar, _privacy, servers));
    }

    private async Task<(string? Server, RegistrationLookupResult? Failure)> IanaReferralAsync(string tld, CancellationToken ct)
    {
        if (_ianaReferrals.TryGetValue(tld, out var cached))
        {
            return (cached, null);
        }

        var answer = await QueryAsync(options.WhoisIanaServer, tld, ct);
        if (answer.Failure is not null)
        {
            return (null, answer.Failure);
        }

        var fields = WhoisParser.Fields(answer.Text!);
        var server = (fields.TryGetValue("refer", out var refer) ? refer : fields.TryGetValue("whois", out var whois) ? whois : null)?.FirstOrDefault()?.Trim().ToLowerInvariant();
        _ianaReferrals[tld] = server;
        return (server, null);
    }

    private async Task<(string? Text, RegistrationLookupResult? Failure)> QueryAsync(string server, string query, CancellationToken ct)
    {
        var pipeline = _pipelines.GetOrAdd(server, BuildPipeline);
        var text = options.WhoisQueryFormats.TryGetValue(server, out var format)
            ? string.Format(CultureInfo.InvariantCulture, format, query)
            : query;
        try
        {
            var answer = await pipeline.ExecuteAsync(static async (state, token) => await state.Self.ConverseAsync(state.Server, state.Text, token), (Self: this, Server: server, Text: text), ct);
            return (answer, null);
        }
        catch (TimeoutRejectedException)
        {
            return (null, RegistrationLookupResult.Failed(RegistrationFailure.Timeout, $"{server}: no answer in time"));
        }
        catch (RateLimiterRejectedException)
        {
            return (null, RegistrationLookupResult.Failed(RegistrationFailure.RateLimited, $"{server}: too many queries queued for this server"));
        }
        catch (ConnectRefusedException ex)
        {
            return (null, RegistrationLookupResult.Failed(RegistrationFailure.Unavailable, $"{server}: {ex.Message}"));
        }
        catch (Exception ex) when (ex is SocketException or IOException or HttpRequestException && !ct.IsCancellationRequested)
        {
            return (null, RegistrationLookupResult.Failed(RegistrationFailure.Unavailable, $"{server}: {ex.Message}"));
        }
    }

    private async Task<string> ConverseAsync(string server, string query, CancellationToken ct)
    {
        var (host, port) = Endpoint(server);
        // The referral host comes from the registry's text: it passes the same guard as every other connection.
        await using var stream = await _connect.ConnectAsync(host, port, ct);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(query + "\r\n"), ct);

        var buffer = new byte[16 * 1024];
        using var received = new MemoryStream();
        while (received.Length < options.WhoisMaxResponseBytes)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, options.WhoisMaxResponseBytes - received.Length)), ct);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
    }

    /// <summary>A configured WHOIS endpoint ("127.0.0.1:4343", "whois.mirror:43", "whois.mirror") as the guard writes it.</summary>
    private static string TrustedEndpoint(string mapped, int defaultPort)
    {
        if (IPEndPoint.TryParse(mapped, out var endPoint) && endPoint.Port != 0)
        {
            return ConnectPolicy.Endpoint(endPoint.Address.ToString(), endPoint.Port);
        }

        var colon = mapped.LastIndexOf(':');
        return colon > 0 && int.TryParse(mapped[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? ConnectPolicy.Endpoint(mapped[..colon], port)
            : ConnectPolicy.Endpoint(mapped, defaultPort);
    }

    private (string Host, int Port) Endpoint(string server)
    {
        if (options.WhoisEndpoints.TryGetValue(server, out var mapped))
        {
            if (IPEndPoint.TryParse(mapped, out var endPoint) && endPoint.Port != 0)
            {
                return (endPoint.Address.ToString(), endPoint.Port);
            }

            var colon = mapped.LastIndexOf(':');
            if (colon > 0 && int.TryParse(mapped[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return (mapped[..colon], port);
            }

            return (mapped, options.WhoisPort);
        }

        return (server, options.WhoisPort);
    }

    private ResiliencePipeline BuildPipeline(string server)
    {
        var builder = new ResiliencePipelineBuilder { Name = "whois:" + server };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<SocketException>()
                    .Handle<IOException>(ex => ex is not ConnectRefusedException)
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder
            .AddConcurrencyLimiter(options.MaxConcurrentRequestsPerServer, queueLimit: 1000)
            .AddTimeout(options.WhoisTimeout)
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WHOIS {Domain}: registrar server {Server} gave nothing usable ({Detail}); keeping the registry's answer")]
    private static partial void LogReferralFailed(ILogger logger, string domain, string server, string detail);
}
