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

            return Refused(status, body);
        }
    }

    /// <summary>
    /// A refused filing: worth another attempt later (5xx, 408, 429, or an evidence file the Api had a moment ago and
    /// has purged since: upload again and file on the next attempt), or rejected for good.
    /// </summary>
    private static FilingResult Refused(int status, string problem)
    {
        var transient = status >= 500 || status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests
            || (status == (int)HttpStatusCode.Conflict && problem.Contains(EvidenceFileMissing, StringComparison.Ordinal));
        return new FilingResult(transient ? FilingStatus.Unavailable : FilingStatus.Rejected, null, $"{status}: {Shorten(problem)}");
    }

    /// <summary>
    /// Files several cases in one request (<c>POST /api/cases/batch</c>), each under the key
    /// <see cref="IdempotencyKey.For(CaseFiling)"/> gives for its bytes, and answers one result per filing in order, each
    /// as <see cref="FileAsync"/> would have answered it. An Api without the batch endpoint (404) gets them one by one.
    /// </summary>
    public async Task<IReadOnlyList<FilingResult>> FileBatchAsync(IReadOnlyList<CaseFiling> filings, CancellationToken cancellationToken)
    {
        var results = new FilingResult?[filings.Count];
        var sent = new List<int>(filings.Count);
        var bodies = new List<byte[]>(filings.Count);
        for (var i = 0; i < filings.Count; i++)
        {
            var (uploaded, unavailable) = await UploadCapturesAsync(filings[i], cancellationToken);
            if (unavailable is not null)
            {
                results[i] = new FilingResult(FilingStatus.Unavailable, null, unavailable);
                continue;
            }

            sent.Add(i);
            bodies.Add(IdempotencyKey.Body(uploaded));
        }

        if (sent.Count > 0)
        {
            var answers = await SendBatchAsync(sent.Select(i => filings[i]).ToList(), bodies, cancellationToken);
            for (var n = 0; n < sent.Count; n++)
            {
                results[sent[n]] = answers[n];
            }
        }

        return results!;
    }

    private async Task<IReadOnlyList<FilingResult>> SendBatchAsync(List<CaseFiling> filings, List<byte[]> bodies, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cases/batch") { Content = BatchContent(bodies) };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                       or Polly.CircuitBreaker.BrokenCircuitException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return [.. bodies.Select(_ => new FilingResult(FilingStatus.Unavailable, null, ex.Message))];
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // An Api from before the batch endpoint: the same filings, one request each.
                var one = new List<FilingResult>(filings.Count);
                foreach (var filing in filings)
                {
                    one.Add(await FileAsync(filing, cancellationToken));
                }

                return one;
            }

            if (!response.IsSuccessStatusCode)
            {
                var refused = Refused((int)response.StatusCode, body);
                return [.. bodies.Select(_ => refused)];
            }

            return ReadBatchResults(body, bodies.Count);
        }
    }

    /// <summary>The request body: each filing's exact bytes under the key made from them, so a batch and a single request of one filing agree.</summary>
    private static ByteArrayContent BatchContent(List<byte[]> bodies)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var body in bodies)
            {
                json.WriteStartObject();
                json.WriteString("idempotencyKey", IdempotencyKey.For(body));
                json.WritePropertyName("filing");
                json.WriteRawValue(body, skipInputValidation: true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>One <see cref="FilingResult"/> per item of the Api's answer; an answer that does not account for every item leaves the rest for later.</summary>
    private static FilingResult[] ReadBatchResults(string body, int count)
    {
        var results = new FilingResult[count];
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
            {
                var index = result.GetProperty("index").GetInt32();
                if (index < 0 || index >= count)
                {
                    continue;
                }

                var status = result.GetProperty("status").GetInt32();
                results[index] = result.GetProperty("result").GetString() switch
                {
                    "created" => new FilingResult(FilingStatus.Created, result.GetProperty("case").GetProperty("id").ToString(), null),
                    "refiled" or "duplicate" => new FilingResult(FilingStatus.Replayed, result.GetProperty("case").GetProperty("id").ToString(), null),
                    _ => Refused(status, result.TryGetProperty("problem", out var problem) ? problem.GetRawText() : string.Empty),
                };
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Unreadable: whatever the Api filed, a later attempt with the same keys replays it.
            return [.. results.Select(r => r ?? new FilingResult(FilingStatus.Unavailable, null, $"unreadable batch answer: {ex.Message}"))];
        }

        return [.. results.Select(r => r ?? new FilingResult(FilingStatus.Unavailable, null, "the batch answer did not mention this filing"))];
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
