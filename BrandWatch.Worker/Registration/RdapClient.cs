using System.Net;
using System.Net.Http.Headers;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Registration;
using Microsoft.Extensions.Logging;
using Polly.RateLimiting;
using Polly.Timeout;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// Asks a registry's RDAP service for a domain (GET {base}domain/{name}) and, when the answer carries no registrant,
/// the registrar's service it links to. Retries, Retry-After, time-outs and per-server limits come from the resilience
/// pipeline on the HttpClient (see <see cref="RegistrationServiceCollectionExtensions"/>).
/// </summary>
public sealed partial class RdapClient(HttpClient http, RegistrationOptions options, ILogger<RdapClient> logger)
{
    public const string HttpClientName = "rdap";

    private readonly PrivacyServiceDetector _privacy = new(options.PrivacyServiceNames);

    public async Task<RegistrationLookupResult> LookupAsync(string domain, Uri baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var url = new Uri(RdapBootstrap.WithTrailingSlash(baseUrl), "domain/" + Uri.EscapeDataString(domain));
        var registry = await FetchAsync(url, ct);
        if (registry.Snapshot is null)
        {
            return RegistrationLookupResult.Failed(registry.Failure!.Value, registry.Detail!);
        }

        var servers = new List<string> { url.AbsoluteUri };
        RegistrationSnapshot? registrar = null;
        if (options.FollowRegistrarLink && !registry.Snapshot.HasRegistrant && registry.Snapshot.RegistrarLink is { } link && link != url)
        {
            var answer = await FetchAsync(link, ct);
            if (answer.Snapshot is not null)
            {
                registrar = answer.Snapshot;
                servers.Add(link.AbsoluteUri);
            }
            else
            {
                // The registry's answer stands on its own; the registrar's failure is logged, not fatal.
                LogRegistrarFailed(logger, domain, link.AbsoluteUri, answer.Failure!.Value, answer.Detail!);
            }
        }

        return RegistrationLookupResult.Found(RegistrationFolder.Fold(domain, "rdap", registry.Snapshot, registrar, _privacy, servers));
    }

    private async Task<Answer> FetchAsync(Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rdap+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return Answer.Failed(RegistrationFailure.NotFound, $"{url}: 404 not found");
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
                return Answer.Failed(RegistrationFailure.RateLimited, $"{url}: 429 too many requests (Retry-After {retryAfter} s)");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Answer.Failed(RegistrationFailure.Unavailable, $"{url}: HTTP {status}");
            }

            var body = await response.Content.ReadAsStringAsync(ct);
            try
            {
                return new Answer(RdapParser.Parse(body), null, null);
            }
            catch (FormatException ex)
            {
                return Answer.Failed(RegistrationFailure.Malformed, $"{url}: {ex.Message}");
            }
        }
        catch (TimeoutRejectedException)
        {
            return Answer.Failed(RegistrationFailure.Timeout, $"{url}: no answer in time");
        }
        catch (RateLimiterRejectedException)
        {
            return Answer.Failed(RegistrationFailure.RateLimited, $"{url}: too many requests queued for this server");
        }
        catch (HttpRequestException ex) when (BrandWatch.Net.GuardedConnect.FindRefusal(ex) is { } refused)
        {
            return Answer.Failed(RegistrationFailure.Unavailable, $"{url}: {refused.Message}");
        }
        catch (HttpRequestException ex)
        {
            return Answer.Failed(RegistrationFailure.Unavailable, $"{url}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Answer.Failed(RegistrationFailure.Timeout, $"{url}: no answer in time");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RDAP {Domain}: registrar service {Url} failed ({Failure}: {Detail}); keeping the registry's answer")]
    private static partial void LogRegistrarFailed(ILogger logger, string domain, string url, RegistrationFailure failure, string detail);

    private sealed record Answer(RegistrationSnapshot? Snapshot, RegistrationFailure? Failure, string? Detail)
    {
        public static Answer Failed(RegistrationFailure failure, string detail) => new(null, failure, detail);
    }
}
