using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A Kestrel RDAP server on 127.0.0.1 serving the recorded answers of TestData/rdap: /registry/domain/{name} and
/// /registrar/domain/{name}. Some names behave on purpose: ratelimited.example answers 429 (Retry-After 1) once, then
/// the record; busy.example always answers 429 with Retry-After 3600; broken.example always answers 503;
/// slow-*.example waits a moment and counts how many requests are in flight at once; sluggish.example answers after
/// 5 s; anything unknown is 404.
/// </summary>
public sealed class LoopbackRdapServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;
    private int _inFlight;
    private int _maxInFlight;

    public string BaseUrl { get; private set; } = string.Empty;

    public string RegistryUrl => BaseUrl + "registry/";

    public string RegistrarUrl => BaseUrl + "registrar/";

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int RequestsFor(string path) => _requests.TryGetValue(path, out var n) ? n : 0;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/{role}/domain/{name}", ServeAsync);
        _app.MapGet("/bootstrap/{kind}", ServeBootstrapAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/') + "/";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>full: the shipped IANA file plus .example pointing here; tiny: one TLD only; broken: not JSON.</summary>
    private async Task ServeBootstrapAsync(HttpContext context, string kind)
    {
        context.Response.ContentType = "application/json";
        if (kind == "broken")
        {
            await context.Response.WriteAsync("{\"services\": [[[\"com\"], [\"https://rdap.verisign.com/com/v1/\"]", context.RequestAborted);
            return;
        }

        var shipped = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Of("data", "iana-rdap-dns.json"), context.RequestAborted))!;
        var services = shipped["services"]!.AsArray();
        if (kind == "tiny")
        {
            services.Clear();
        }

        services.Add(new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray("example"), new System.Text.Json.Nodes.JsonArray(RegistryUrl)));
        await context.Response.WriteAsync(shipped.ToJsonString(), context.RequestAborted);
    }

    private async Task ServeAsync(HttpContext context, string role, string name)
    {
        var key = role + "/" + name;
        var count = _requests.AddOrUpdate(key, 1, (_, n) => n + 1);
        var response = context.Response;

        if (name == "ratelimited.example" && count == 1 || name == "busy.example")
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = name == "busy.example" ? "3600" : "1";
            return;
        }

        if (name == "broken.example")
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (name == "sluggish.example")
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
            name = "paypal-login.example";
        }

        if (name.StartsWith("slow-", StringComparison.Ordinal))
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
            {
            }

            try
            {
                await Task.Delay(600, context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }

            name = "paypal-login.example";
        }

        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "rdap", role, name + ".json");
        if (name.Contains("..", StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "application/rdap+json";
            await response.WriteAsync("{\"errorCode\":404,\"title\":\"Not Found\",\"description\":[\"no such domain\"]}", context.RequestAborted);
            return;
        }

        var json = (await File.ReadAllTextAsync(file, context.RequestAborted)).Replace("{registrar}", RegistrarUrl, StringComparison.Ordinal);
        response.ContentType = "application/rdap+json";
        await response.WriteAsync(json, context.RequestAborted);
    }
}
