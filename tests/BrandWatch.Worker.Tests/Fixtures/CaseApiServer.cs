using System.Collections.Concurrent;
using System.Text.Json;
using BrandWatch.Rules.Cases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A strict loopback implementation of the Api contract the Worker files into (docs/worker.md): Bearer key required,
/// Idempotency-Key required, body must deserialize as a CaseFiling with the contract JSON settings; a repeated key
/// answers 200 with the first case's id, a new key 201. Can be told to fail with 503 for a number of requests.
/// </summary>
public sealed class CaseApiServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FiledCase> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _submissions = new();
    private int _nextId;
    private int _failuresLeft;
    private int _posts;

    private CaseApiServer(string key) => Key = key;

    public string Key { get; }

    public LoopbackServer Server { get; private set; } = null!; // set by StartAsync before the instance is returned

    public Uri Address => Server.Address;

    public IReadOnlyCollection<FiledCase> Cases => _byKey.Values.OrderBy(c => c.Id).ToList();

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>The Idempotency-Key of the last accepted filing (new or replayed).</summary>
    public string? LastIdempotencyKey { get; private set; }

    public string PortfolioJson { get; set; } = "{\"marks\":[]}";

    public void FailNext(int requests) => Volatile.Write(ref _failuresLeft, requests);

    public void Submit(string value) => _submissions.Enqueue(value);

    public static async Task<CaseApiServer> StartAsync(string key = "test-worker-key-0001", int port = 0)
    {
        var api = new CaseApiServer(key);
        api.Server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/cases", (Func<HttpContext, Task<IResult>>)api.PostCaseAsync);
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

        var created = false;
        LastIdempotencyKey = key;
        var filed = _byKey.GetOrAdd(key, _ =>
        {
            created = true;
            return new FiledCase(Interlocked.Increment(ref _nextId), key, filing, body);
        });
        return created
            ? Results.Json(new { id = filed.Id }, statusCode: 201)
            : Results.Json(new { id = filed.Id }, statusCode: 200);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
