using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BrandWatch.Rules.Cases;

namespace BrandWatch.Worker.Filing;

/// <summary>
/// The Worker's client of the Api. Transient failures are retried with exponential backoff by the resilience handler
/// registered with the HttpClient (<see cref="FilingServiceCollectionExtensions"/>); what still fails comes back as
/// <see cref="FilingStatus.Unavailable"/> so the pipeline keeps the item and tries again later.
/// </summary>
internal sealed class ApiClient(HttpClient http) : Pipeline.ICaseFiler
{
    /// <summary>
    /// Files the case under the key <see cref="IdempotencyKey.For(CaseFiling)"/> gives for these bytes, so that key
    /// and body always agree (the Api refuses a known key with another body).
    /// </summary>
    public async Task<FilingResult> FileAsync(CaseFiling filing, CancellationToken cancellationToken)
    {
        var bytes = IdempotencyKey.Body(filing);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases") { Content = content };
        request.Headers.Add("Idempotency-Key", IdempotencyKey.For(bytes));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                       or Polly.CircuitBreaker.BrokenCircuitException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new FilingResult(FilingStatus.Unavailable, null, ex.Message);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var replayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true", StringComparer.OrdinalIgnoreCase);
                var created = response.StatusCode == HttpStatusCode.Created && !replayed;
                return new FilingResult(created ? FilingStatus.Created : FilingStatus.Replayed, ReadId(body), null);
            }

            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return new FilingResult(transient ? FilingStatus.Unavailable : FilingStatus.Rejected, null, $"{status}: {Shorten(body)}");
        }
    }

    public async Task<SubmissionPage> GetSubmissionsAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var page = await http.GetFromJsonAsync<SubmissionPage>(
            FormattableString.Invariant($"api/submissions?after={after}&limit={limit}"), ContractJson.Options, cancellationToken);
        return page ?? new SubmissionPage([]);
    }

    public async Task<ServedPortfolio> GetPortfolioAsync(string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/portfolio");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new ServedPortfolio(null, etag);
        }

        response.EnsureSuccessStatusCode();
        return new ServedPortfolio(await response.Content.ReadAsStringAsync(cancellationToken), response.Headers.ETag?.ToString());
    }

    private static string? ReadId(string body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("id", out var id) ? id.ToString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
