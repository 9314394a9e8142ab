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
internal sealed class ApiClient(HttpClient http, Capture.CaptureStore? captures = null)
{
    /// <summary>Reports names seen again (<c>POST /api/sightings</c>); the Api keeps one of each, so a retry is harmless.</summary>
    public async Task<Sightings.SightingDelivery> ReportAsync(IReadOnlyList<SightingReport> reports, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync("api/sightings", new { sightings = reports }, ContractJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                       or Polly.CircuitBreaker.BrokenCircuitException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new(Sightings.SightingDeliveryStatus.Unavailable, ex.Message);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return new(Sightings.SightingDeliveryStatus.Taken);
            }

            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound; // a key or an Api of the wrong version: fixable, keep them
            return new(transient ? Sightings.SightingDeliveryStatus.Unavailable : Sightings.SightingDeliveryStatus.Refused, $"{status}: {Shorten(body)}");
        }
    }

    /// <summary>
    /// Files the case under the key <see cref="IdempotencyKey.For(CaseFiling)"/> gives for these bytes, so that key
    /// and body always agree (the Api refuses a known key with another body).
    /// </summary>
    public async Task<FilingResult> FileAsync(CaseFiling filing, CancellationToken cancellationToken)
    {
        var (uploaded, unavailable) = await UploadCapturesAsync(filing, cancellationToken);
        if (unavailable is not null)
        {
            return new FilingResult(FilingStatus.Unavailable, null, unavailable);
        }

        filing = uploaded;
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

            // A file the Api had a moment ago may have been purged since: upload again and file on the next attempt.
            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                || (response.StatusCode == HttpStatusCode.Conflict && body.Contains(EvidenceFileMissing, StringComparison.Ordinal));
            return new FilingResult(transient ? FilingStatus.Unavailable : FilingStatus.Rejected, null, $"{status}: {Shorten(body)}");
        }
    }

    /// <summary>The problem type the Api answers when a filing names an evidence file it does not hold.</summary>
    public const string EvidenceFileMissing = "evidence-file-missing";

    /// <summary>
    /// Puts every captured file the filing names into the Api's evidence store (asking first whether it is there). A file
    /// the Worker no longer has, or that the Api refuses (too large), is left out of the filing rather than holding the
    /// case back; an Api that cannot be reached makes the whole filing wait for the next attempt.
    /// </summary>
    private async Task<(CaseFiling Filing, string? Unavailable)> UploadCapturesAsync(CaseFiling filing, CancellationToken cancellationToken)
    {
        var named = filing.Evidence.Pages.SelectMany(p => p.Captures ?? []).DistinctBy(c => c.Sha256).ToList();
        if (named.Count == 0)
        {
            return (filing, null);
        }

        var dropped = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var capture in named)
            {
                var path = "api/evidence/files/" + capture.Sha256;
                using (var head = new HttpRequestMessage(HttpMethod.Head, path))
                using (var known = await http.SendAsync(head, cancellationToken))
                {
                    if (known.IsSuccessStatusCode)
                    {
                        continue;
                    }

                    if (known.StatusCode != HttpStatusCode.NotFound)
                    {
                        return (filing, $"asking for evidence file {capture.Sha256}: {(int)known.StatusCode}");
                    }
                }

                byte[] bytes;
                await using (var local = captures?.OpenRead(capture.Sha256))
                {
                    if (local is null)
                    {
                        dropped.Add(capture.Sha256);
                        continue;
                    }

                    using var copy = new MemoryStream();
                    await local.CopyToAsync(copy, cancellationToken);
                    bytes = copy.ToArray();
                }

                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = MediaTypeHeaderValue.TryParse(capture.MediaType, out var media) ? media : new MediaTypeHeaderValue("application/octet-stream");
                using var response = await http.PutAsync(path, content, cancellationToken);
                if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                {
                    return (filing, $"uploading evidence file {capture.Sha256}: {(int)response.StatusCode}");
                }

                if (!response.IsSuccessStatusCode)
                {
                    dropped.Add(capture.Sha256);
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                       or Polly.CircuitBreaker.BrokenCircuitException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (filing, ex.Message);
        }

        if (dropped.Count == 0)
        {
            return (filing, null);
        }

        var pages = filing.Evidence.Pages.Select(p => p.Captures is null ? p : p with
        {
            Captures = p.Captures.Where(c => !dropped.Contains(c.Sha256)).ToList() is { Count: > 0 } kept ? kept : null,
        }).ToList();
        return (filing with { Evidence = filing.Evidence with { Pages = pages } }, null);
    }

    public async Task<SubmissionPage> GetSubmissionsAsync(long after, int limit, CancellationToken cancellationToken)
    {
        var page = await http.GetFromJsonAsync<SubmissionPage>(
            FormattableString.Invariant($"api/submissions?after={after}&limit={limit}"), ContractJson.Options, cancellationToken);
        return page ?? new SubmissionPage([]);
    }

    /// <summary>The cases whose site the takedown follow-up should look at (<c>GET /api/takedowns/watch</c>).</summary>
    public async Task<TakedownWatchPage> GetTakedownWatchAsync(DateTimeOffset checkedBefore, int limit, CancellationToken cancellationToken)
    {
        var page = await http.GetFromJsonAsync<TakedownWatchPage>(
            FormattableString.Invariant($"api/takedowns/watch?checkedBefore={Uri.EscapeDataString(checkedBefore.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&limit={limit}"),
            ContractJson.Options, cancellationToken);
        return page ?? new TakedownWatchPage([]);
    }

    /// <summary>Files one look at a case's site (<c>POST /api/cases/{id}/site-checks</c>); false when the case has no report to follow any more.</summary>
    public async Task<bool> PostSiteCheckAsync(long caseId, SiteCheck check, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(FormattableString.Invariant($"api/cases/{caseId}/site-checks"), check, ContractJson.Options, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"site check of case {caseId}: {(int)response.StatusCode} {Shorten(await response.Content.ReadAsStringAsync(cancellationToken))}");
        }

        return true;
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
