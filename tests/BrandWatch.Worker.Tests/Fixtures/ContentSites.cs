using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// Loopback web sites for content screening, chosen by the Host header: each host serves its own pages (path → HTML
/// or image file), everything else is 404. Every request is counted per host and path, so a test can tell what was fetched.
/// </summary>
public sealed class ContentSites : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _sites;
    private readonly TimeSpan _delay;
    private LoopbackServer? _server;

    private ContentSites(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sites, TimeSpan delay)
    {
        _sites = sites;
        _delay = delay;
    }

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("not started");

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <summary>The imitation: a neutral "resolution centre" home linking to a PayPal credential page (samples/sites).</summary>
    public static IReadOnlyDictionary<string, string> Imitation { get; } = new Dictionary<string, string>
    {
        ["/"] = Page("imitation-home.html"),
        ["/signin"] = RepoPaths.Of("samples", "sites", "phishing-paypa1-login.html"),
    };

    /// <summary>An ordinary shop: "Sign in" and "Create an account" buttons, its own login form, no mark anywhere.</summary>
    public static IReadOnlyDictionary<string, string> Ordinary { get; } = new Dictionary<string, string>
    {
        ["/"] = Page("ordinary-home.html"),
        ["/account/login"] = Page("ordinary-login.html"),
    };

    public static async Task<ContentSites> StartAsync(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sites, TimeSpan delay = default, int port = 0)
    {
        var server = new ContentSites(sites, delay);
        server._server = await LoopbackServer.StartAsync(app => app.Run(server.ServeAsync), port);
        return server;
    }

    /// <summary>Requests a host received for a path (query ignored).</summary>
    public int Hits(string host, string path = "/") => _hits.GetValueOrDefault($"{host}{path}");

    /// <summary>Requests a host received for any path.</summary>
    public int HitsOn(string host) => _hits.Where(h => h.Key.StartsWith(host + "/", StringComparison.OrdinalIgnoreCase)).Sum(h => h.Value);

    private async Task ServeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate($"{host}{path}", 1, (_, n) => n + 1);
        if (_delay > TimeSpan.Zero)
        {
            await Task.Delay(_delay);
        }

        if (!_sites.TryGetValue(host, out var pages) || !pages.TryGetValue(path, out var file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = ContentType(file);
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The type a web server gives the file by its extension: pages as HTML, image files as their image type.</summary>
    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".ico" => "image/x-icon",
        ".svg" => "image/svg+xml",
        _ => "text/html; charset=utf-8",
    };

    private static string Page(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "content", file);

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
