using System.Collections.Concurrent;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A strict loopback implementation of the Api contract the Worker files into (docs/worker.md), with the real Api's
/// idempotency rules: Bearer key required, Idempotency-Key required, body must deserialize as a CaseFiling with the
/// contract JSON settings. A repeated key with the same bytes replays the first answer; a repeated key with other bytes
/// is refused with 422 (the real Api compares a SHA-256 of the body); a new key files into the open case for
/// (mark, subject, kind): 201 when that case is new, 200 when it adds a filing. Can be told to fail with 503.
/// </summary>
public sealed class CaseApiServer : IAsyncDisposable
{
    private readonly Dictionary<string, (string BodySha256, int Status, int Id)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mark, string Subject, SubjectKind Kind), FiledCase> _cases = [];
    private readonly ConcurrentQueue<string> _rejections = new();
    private readonly ConcurrentQueue<string> _submissions = new();
    private readonly ConcurrentQueue<SightingReport> _sightings = new();
    private int _sightingFailuresLeft;
    private int _nextId;
    private int _failuresLeft;
    private int _posts;

    private CaseApiServer(string key) => Key = key;

    public string Key { get; }

    public LoopbackServer Server { get; private set; } = null!; // set by StartAsync before the instance is returned

    public Uri Address => Server.Address;

    /// <summary>One entry per case, holding its latest filing.</summary>
    public IReadOnlyCollection<FiledCase> Cases
    {
        get
        {
            lock (_cases)
            {
                return _cases.Values.OrderBy(c => c.Id).ToList();
            }
        }
    }

    /// <summary>The problem details of every filing refused with 422.</summary>
    public IReadOnlyCollection<string> Rejections => _rejections.ToList();

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>The Idempotency-Key of the last accepted filing (new or replayed).</summary>
    public string? LastIdempotencyKey { get; private set; }

    public string PortfolioJson { get; set; } = "{\"marks\":[]}";

    public void FailNext(int requests) => Volatile.Write(ref _failuresLeft, requests);

    /// <summary>Every sighting reported to <c>POST /api/sightings</c>, in the order received (repeats included).</summary>
    public IReadOnlyCollection<SightingReport> Sightings => _sightings.ToList();

    /// <summary>Answers the next <paramref name="requests"/> sighting reports with 503.</summary>
    public void FailNextSightings(int requests) => Volatile.Write(ref _sightingFailuresLeft, requests);

    public void Submit(string value) => _submissions.Enqueue(value);

    public static async Task<CaseApiServer> StartAsync(string key = "test-worker-key-0001", int port = 0)
    {
        var api = new CaseApiServer(key);
        api.Server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/cases", (Func<HttpContext, Task<IResult>>)api.PostCaseAsync);
            app.MapPost("/api/sightings", async (HttpContext context) =>
            {
                if (!api.Authorised(context))
                {
                    return Results.Unauthorized();
                }

                if (Interlocked.Decrement(ref api._sightingFailuresLeft) >= 0)
                {
                    return Results.Problem("unavailable for the test", statusCode: 503);
                }

                var batch = await JsonSerializer.DeserializeAsync<SightingBatch>(context.Request.Body, ContractJson.Options);
                foreach (var report in batch?.Sightings ?? [])
                {
                    api._sightings.Enqueue(report);
                }

                return Results.Json(new { recorded = batch?.Sightings.Count ?? 0, duplicates = 0, unknownMarks = 0 });
            });
            app.MapGet("/api/portfolio", (HttpContext context) =>
            {
                if (!api.Authorised(context))
                {
                    return Results.Unauthorized();
                }

                var etag = $"\"{api.PortfolioJson.GetHashCode(StringComparison.Ordinal):x8}\"";
                if (context.Request.Headers.IfNoneMatch.ToString() == etag)
                {
                    return Results.StatusCode(304);
                }

                context.Response.Headers.ETag = etag;
                return Results.Content(api.PortfolioJson, "application/json");
            });
            app.MapGet("/api/submissions", (HttpContext context, long after, int limit) =>
            {
                if (!api.Authorised(context))
                {
                    return Results.Unauthorized();
                }

                var items = api._submissions.Select((value, index) => new { id = index + 1L, value }).Where(s => s.id > after).Take(limit);
                return Results.Json(new { items });
            });
        }, port);
        return api;
    }

    private bool Authorised(HttpContext context) => context.Request.Headers.Authorization.ToString() == "Bearer " + Key;

    private async Task<IResult> PostCaseAsync(HttpContext context)
    {
        Interlocked.Increment(ref _posts);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            return Results.Problem("unavailable for the test", statusCode: 503);
        }

        if (!Authorised(context))
        {
            return Results.Problem("missing or wrong API key", statusCode: 401);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length is 0 or > 200)
        {
            return Results.Problem("Idempotency-Key header required", statusCode: 400);
        }

        CaseFiling? filing;
        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
            filing = JsonSerializer.Deserialize<CaseFiling>(body, ContractJson.Options);
        }
        catch (JsonException ex)
        {
            return Results.Problem(ex.Message, statusCode: 400);
        }

        if (filing is null || filing.Mark.Length == 0 || filing.Subject.Length == 0)
        {
            return Results.Problem("mark and subject required", statusCode: 422);
        }

        var isUrl = Uri.TryCreate(filing.Subject, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
        if ((filing.Kind == SubjectKind.Domain) == isUrl)
        {
            return Results.Problem("subject: a domain for domain cases, an absolute http(s) URL for page cases", statusCode: 400);
        }

        var bodySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        lock (_cases)
        {
            if (_byKey.TryGetValue(key, out var prior))
            {
                if (prior.BodySha256 != bodySha256)
                {
                    var problem = $"idempotency-key-reused: the key {key} already filed a different body";
                    _rejections.Enqueue(problem);
                    return Results.Problem(problem, statusCode: 422);
                }

                LastIdempotencyKey = key;
                context.Response.Headers["Idempotent-Replayed"] = "true";
                return Results.Json(new { id = prior.Id }, statusCode: prior.Status);
            }

            var caseKey = (filing.Mark, filing.Subject, filing.Kind);
            var status = 200;
            if (_cases.TryGetValue(caseKey, out var open))
            {
                _cases[caseKey] = open with { IdempotencyKey = key, Filing = filing, Json = body, Filings = open.Filings + 1 };
            }
            else
            {
                open = new FiledCase(++_nextId, key, filing, body);
                _cases[caseKey] = open;
                status = 201;
            }

            _byKey[key] = (bodySha256, status, open.Id);
            LastIdempotencyKey = key;
            return Results.Json(new { id = open.Id }, statusCode: status);
        }
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
