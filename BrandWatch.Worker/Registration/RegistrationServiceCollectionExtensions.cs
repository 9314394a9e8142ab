using System.Net;
using BrandWatch.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Registers <see cref="RegistrationLookup"/>: the RDAP HttpClient with its resilience pipeline (one per server
/// authority: total time-out, bounded retries honouring Retry-After, a concurrency limit, a time-out per attempt), the
/// WHOIS client, the bootstrap registry, and the IP/AS network lookup with its number bootstrap.
/// </summary>
public static class RegistrationServiceCollectionExtensions
{
    public const string SectionName = "Registration";

    public static IServiceCollection AddRegistrationLookup(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRegistrationLookup(o => configuration.GetSection(SectionName).Bind(o));

    public static IServiceCollection AddRegistrationLookup(this IServiceCollection services, Action<RegistrationOptions> configure)
    {
        services.AddOptions<RegistrationOptions>()
            .Configure(configure)
            .ValidateDataAnnotations()
            .Validate(o => o.BootstrapFile is null || Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(o.BootstrapFile))), "Registration:BootstrapFile is in a folder that does not exist")
            .Validate(o => o.RdapBaseUrls.Values.All(u => Uri.TryCreate(u, UriKind.Absolute, out _)), "Registration:RdapBaseUrls holds a value that is not an absolute URL")
            .ValidateOnStart();

        services.AddHttpClient(RdapClient.HttpClientName, (sp, client) =>
            {
                var o = sp.GetRequiredService<IOptions<RegistrationOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(o.UserAgent);
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's total time-out governs
                client.MaxResponseContentBufferSize = 8 * 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                UseCookies = false,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 3,
                AutomaticDecompression = DecompressionMethods.All,
                UseProxy = false, // a proxy would connect on our behalf and bypass the guard
                // Registrar links and redirects come from the answers: every connection passes the guard.
                ConnectCallback = RdapConnect(sp.GetRequiredService<IOptions<RegistrationOptions>>().Value).ConnectAsync,
            })
            .AddResilienceHandler("rdap", (builder, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<RegistrationOptions>>().Value;
                builder.AddTimeout(o.TotalTimeout);
                if (o.MaxRetries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.MaxRetries,
                        Delay = o.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, o.MaxRetryAfter)),
                    });
                }

                builder.AddConcurrencyLimiter(o.MaxConcurrentRequestsPerServer, queueLimit: 1000);
                builder.AddTimeout(o.AttemptTimeout);
            })
            .SelectPipelineByAuthority();

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RegistrationOptions>>().Value);
        services.TryAddSingleton(sp => new RdapBootstrapProvider(RdapBootstrap.Load(sp.GetRequiredService<RegistrationOptions>().BootstrapFile)));
        services.TryAddSingleton(sp => new RdapBootstrapRefresher(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(RdapClient.HttpClientName),
            sp.GetRequiredService<RdapBootstrapProvider>(),
            sp.GetRequiredService<RegistrationOptions>(),
            Logger<RdapBootstrapRefresher>(sp)));
        services.TryAddSingleton(sp => new RdapClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(RdapClient.HttpClientName),
            sp.GetRequiredService<RegistrationOptions>(),
            Logger<RdapClient>(sp)));
        services.TryAddSingleton(sp => new RdapNumberBootstrapProvider(sp.GetRequiredService<RegistrationOptions>(), Logger<RdapNumberBootstrapProvider>(sp)));
        services.TryAddSingleton(sp => new NetworkLookup(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(RdapClient.HttpClientName),
            sp.GetRequiredService<RdapNumberBootstrapProvider>(),
            sp.GetRequiredService<RegistrationOptions>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            Logger<NetworkLookup>(sp)));
        services.TryAddSingleton(sp => new WhoisClient(sp.GetRequiredService<RegistrationOptions>(), Logger<WhoisClient>(sp)));
        services.TryAddSingleton(sp => new RegistrationLookup(
            sp.GetRequiredService<RdapBootstrapProvider>(),
            sp.GetRequiredService<RdapClient>(),
            sp.GetRequiredService<WhoisClient>(),
            sp.GetRequiredService<RegistrationOptions>(),
            Logger<RegistrationLookup>(sp)));
        return services;
    }

    /// <summary>
    /// The RDAP connect step: the configured base URLs (and the bootstrap download) are trusted endpoints; anything an
    /// answer points to must be a public address on port 80 or 443 (loopback only with <see cref="RegistrationOptions.AllowLoopback"/>).
    /// </summary>
    internal static GuardedConnect RdapConnect(RegistrationOptions options)
    {
        var trusted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in options.RdapBaseUrls.Values.Append(options.BootstrapUrl.AbsoluteUri))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var url))
            {
                trusted.Add(ConnectPolicy.Endpoint(url.IdnHost, url.Port));
            }
        }

        return new GuardedConnect(new ConnectPolicy { AllowLoopback = options.AllowLoopback, TrustedEndpoints = trusted });
    }

    /// <summary>
    /// Transient failures are retried, except a 429 whose Retry-After asks for longer than the configured maximum, and
    /// a connection the guard refused (it would be refused again).
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (GuardedConnect.FindRefusal(outcome.Exception) is not null)
        {
            return false;
        }

        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response && RetryAfter(response) is { } wait && wait > maxRetryAfter)
        {
            return false;
        }

        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static ILogger<T> Logger<T>(IServiceProvider sp) => sp.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
