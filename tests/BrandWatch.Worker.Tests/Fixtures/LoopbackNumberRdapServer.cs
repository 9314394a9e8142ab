using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A Kestrel RDAP server on 127.0.0.1 for numbers (RFC 9083 ip network and autnum objects), playing two registries:
/// /rir/ip/{address} answers 192.0.2.10 and 192.0.2.11 with the network 192.0.2.0/24 (origin AS64500) and 2001:db8::10
/// with 2001:db8::/32, anything else 404; /rir/autnum/64500 answers the AS, other numbers 404. /down/… always answers
/// 503. It counts the requests per path.
/// </summary>
public sealed class LoopbackNumberRdapServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The registry that knows the test networks.</summary>
    public string RirUrl => BaseUrl + "rir/";

    /// <summary>A registry that is down.</summary>
    public string DownUrl => BaseUrl + "down/";

    public int RequestsFor(string path) => _requests.TryGetValue(path, out var n) ? n : 0;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/{registry}/{kind}/{key}", ServeAsync);
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

    private async Task ServeAsync(HttpContext context, string registry, string kind, string key)
    {
        _requests.AddOrUpdate($"{registry}/{kind}/{key}", 1, (_, n) => n + 1);
        var response = context.Response;
        if (registry == "down")
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var file = (kind, key) switch
        {
            ("ip", "192.0.2.10" or "192.0.2.11") => "ip-network-v4.json",
            ("ip", "2001:db8::10") => "ip-network-v6.json",
            ("autnum", "64500") => "autnum.json",
            _ => null,
        };

        response.ContentType = "application/rdap+json";
        if (registry != "rir" || file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            await response.WriteAsync("{\"errorCode\":404,\"title\":\"Not Found\"}", context.RequestAborted);
            return;
        }

        await response.WriteAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "rdap-numbers", file), context.RequestAborted), context.RequestAborted);
    }
}
