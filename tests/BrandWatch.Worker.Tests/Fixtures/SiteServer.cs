using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// Loopback web sites for look-alike domains, chosen by the Host header: a phishing page with the mark in its title and
/// a password field, or a parked page offering the domain for sale; and, on any host, the recorded pages of
/// <c>samples/sites/</c> under <c>/sites/{file}</c>.
/// </summary>
public static class SiteServer
{
    public static Task<LoopbackServer> StartAsync(IReadOnlySet<string> phishing, int port = 0, TimeSpan delay = default) =>
        LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/sites/{file}", (string file) => Samples.Contains(file)
                ? Results.File(RepoPaths.Of("samples", "sites", file), "text/html")
                : Results.NotFound());
            MapLookAlikes(app, phishing, delay);
        }, port);

    private static readonly HashSet<string> Samples =
        Directory.EnumerateFiles(RepoPaths.Of("samples", "sites"), "*.html").Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);

    private static void MapLookAlikes(WebApplication app, IReadOnlySet<string> phishing, TimeSpan delay) =>
        app.MapGet("/", async (HttpContext context) =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }

            var host = context.Request.Host.Host;
            var brand = host.Split('.')[0].Split('-')[0];
            return phishing.Contains(host)
                ? Results.Content($"<html><head><title>{brand} - Sign in</title><meta name=\"description\" content=\"Log in to your {brand} account\"></head><body><form action=\"/collect\" method=\"post\"><input name=\"user\"><input type=\"password\" name=\"pw\"></form></body></html>", "text/html")
                : Results.Content($"<html><head><title>{host}</title></head><body><h1>This domain is for sale</h1></body></html>", "text/html");
        });
}
