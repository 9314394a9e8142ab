using System.Net;
using System.Net.Http.Headers;
using Polly.RateLimiting;
using Polly.Timeout;

namespace BrandWatch.Worker.Registration;

/// <summary>
/// One RDAP GET through the guarded, resilient "rdap" HttpClient, with every expected failure (404, 429, 5xx, time-out,
/// a connection the guard refused) turned into a <see cref="RegistrationFailure"/> and a one-line detail.
/// </summary>
internal static class RdapHttp
{
    public static async Task<RdapAnswer> GetAsync(HttpClient http, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rdap+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return RdapAnswer.Failed(RegistrationFailure.NotFound, $"{url}: 404 not found");
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
                return RdapAnswer.Failed(RegistrationFailure.RateLimited, $"{url}: 429 too many requests (Retry-After {retryAfter} s)");
            }

            if (!response.IsSuccessStatusCode)
            {
                return RdapAnswer.Failed(RegistrationFailure.Unavailable, $"{url}: HTTP {(int)response.StatusCode}");
            }

            return new RdapAnswer(await response.Content.ReadAsStringAsync(ct), null, null, false);
        }
        catch (TimeoutRejectedException)
        {
            return RdapAnswer.Failed(RegistrationFailure.Timeout, $"{url}: no answer in time");
        }
        catch (RateLimiterRejectedException)
        {
            return RdapAnswer.Failed(RegistrationFailure.RateLimited, $"{url}: too many requests queued for this server");
        }
        catch (HttpRequestException ex) when (BrandWatch.Net.GuardedConnect.FindRefusal(ex) is { } refused)
        {
            return RdapAnswer.Failed(RegistrationFailure.Unavailable, $"{url}: {refused.Message}", refused: true);
        }
        catch (HttpRequestException ex)
        {
            return RdapAnswer.Failed(RegistrationFailure.Unavailable, $"{url}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return RdapAnswer.Failed(RegistrationFailure.Timeout, $"{url}: no answer in time");
        }
    }
}

/// <summary>An RDAP answer's body, or why there is none (<see cref="Refused"/>: the address guard refused the connection).</summary>
internal sealed record RdapAnswer(string? Body, RegistrationFailure? Failure, string? Detail, bool Refused)
{
    public static RdapAnswer Failed(RegistrationFailure failure, string detail, bool refused = false) => new(null, failure, detail, refused);
}
