using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A hostile-ish web site on 127.0.0.1 for the fetcher and crawler tests, over HTTP and over HTTPS with a self-signed
/// certificate: a home page with links, redirect chains and loops, redirects to private addresses, a gzip bomb, a slow
/// answer, an oversized page, cookie and User-Agent echoes, and pages in legacy charsets.
/// </summary>
public sealed class LoopbackSiteServer : IAsyncLifetime
{
    public const int BombExpandedBytes = 64 * 1024 * 1024;
    public const string CertificateHost = "paypa1-secure.test";

    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private byte[] _bomb = [];
    private int _inFlight;
    private int _maxInFlight;

    public Uri Http { get; private set; } = null!;

    public Uri Https { get; private set; } = null!;

    public X509Certificate2 Certificate { get; private set; } = null!;

    public static byte[] HomePage { get; } = Encoding.UTF8.GetBytes("""
        <!doctype html>
        <html><head><meta charset="utf-8"><title>PayPa1 Secure – Account Centre</title></head>
        <body>
          <h1>Confirm your account</h1>
          <a href="/about">About us</a>
          <a href="/login#form">Log in</a>
          <a href="/login">Log in (again)</a>
          <a href="https://external.invalid/partner">Partner</a>
          <a href="mailto:support@paypa1-secure.test">Mail us</a>
          <a href="javascript:void(0)">Nothing</a>
          <a href="/p/1">1</a> <a href="/p/2">2</a> <a href="/p/3">3</a>
          <a href="/p/4">4</a> <a href="/p/5">5</a> <a href="/p/6">6</a>
        </body></html>
        """);

    public const int PaintedPageHeight = 3000;
    public const int PaintedBandHeight = 200;

    public static byte[] GzipPage { get; } = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("compressed page ", 500)) + "</body></html>");

    /// <summary>The most requests the server was answering at one moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public int BombCompressedBytes => _bomb.Length;

    public Uri HttpUrl(string pathAndQuery) => new(Http, pathAndQuery);

    public Uri HttpsUrl(string pathAndQuery) => new(Https, pathAndQuery);

    public async ValueTask InitializeAsync()
    {
        Certificate = CreateCertificate();
        _bomb = Gzip(new byte[BombExpandedBytes]);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0, o =>
            {
                o.Protocols = HttpProtocols.Http1;
                o.UseHttps(Certificate);
            });
        });
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            _hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
            {
            }

            try
            {
                await next(context);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
        Map(_app);
        await _app.StartAsync();
        var urls = _app.Urls.Select(u => new Uri(u)).ToList();
        Http = urls.Single(u => u.Scheme == Uri.UriSchemeHttp);
        Https = urls.Single(u => u.Scheme == Uri.UriSchemeHttps);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Certificate?.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext c) => Html(c, HomePage));
        app.MapGet("/about", (HttpContext c) => Html(c, "<html><head><title>About</title></head><body>About PayPa1 Secure</body></html>"));
        app.MapGet("/login", (HttpContext c) => Html(c, "<html><body><form action=\"/collect\" method=\"post\"><input type=\"password\" name=\"pw\"></form></body></html>"));
        app.MapGet("/p/{n:int}", async (HttpContext c, int n) =>
        {
            await Task.Delay(50, c.RequestAborted); // long enough for overlapping requests to show
            await Html(c, $"<html><body>page {n}</body></html>");
        });
        app.MapGet("/final", (HttpContext c) => Html(c, "<html><body>you arrived</body></html>"));

        // /chain/3 → /chain/2 (302) → /chain/1 (307) → /final (301)
        app.MapGet("/chain/{n:int}", (HttpContext c, int n) =>
        {
            c.Response.StatusCode = n switch { 3 => 301, 2 => 302, _ => 307 };
            c.Response.Headers.Location = n > 1 ? $"/chain/{n - 1}" : "/final";
            return Task.CompletedTask;
        });
        app.MapGet("/loop/{n:int}", (HttpContext c, int n) =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = $"/loop/{n + 1}";
            return Task.CompletedTask;
        });
        app.MapGet("/redirect-to", (HttpContext c) =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = c.Request.Query["target"].ToString();
            return Task.CompletedTask;
        });
        app.MapGet("/gzip-bomb", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentLength = _bomb.Length;
            await c.Response.Body.WriteAsync(_bomb, c.RequestAborted);
        });
        app.MapGet("/big/{bytes:int}", async (HttpContext c, int bytes) =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.ContentLength = bytes;
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var left = bytes; left > 0; left -= chunk.Length)
            {
                await c.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, left)), c.RequestAborted);
            }
        });
        app.MapGet("/slow", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body>loading", c.RequestAborted);
            await c.Response.Body.FlushAsync(c.RequestAborted);
            await Task.Delay(Timeout.Infinite, c.RequestAborted); // until the client gives up
        });
        app.MapGet("/set-cookie", (HttpContext c) =>
        {
            c.Response.Headers.SetCookie = "session=tracked; Path=/";
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = "/echo";
            return Task.CompletedTask;
        });
        app.MapGet("/echo", (HttpContext c) =>
        {
            c.Response.ContentType = "text/plain; charset=utf-8";
            var cookie = c.Request.Headers.Cookie.ToString();
            return c.Response.WriteAsync($"cookie={(cookie.Length == 0 ? "(none)" : cookie)}\nua={c.Request.Headers.UserAgent}", c.RequestAborted);
        });
        app.MapGet("/latin1", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html; charset=iso-8859-1";
            await c.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("<html><body>Caf\u00e9 de la Paix</body></html>"), c.RequestAborted);
        });
        app.MapGet("/cyrillic-meta", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            var windows1251 = CodePagesEncoding(1251);
            await c.Response.Body.WriteAsync(windows1251.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>\u0437\u0430\u043b\u0430\u043d\u0434\u043e</body></html>"), c.RequestAborted);
        });
        app.MapGet("/gzip-page", async (HttpContext c) =>
        {
            var compressed = Gzip(GzipPage);
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentLength = compressed.Length;
            await c.Response.Body.WriteAsync(compressed, c.RequestAborted);
        });

        // A tall page for screenshots: a red band at the top, a blue band at the bottom, a same-host style sheet, and
        // an image, a fetch and a web socket to another name of this same server, which a
        // locked-down browser must not reach.
        app.MapGet("/painted", (HttpContext c) =>
        {
            var port = c.Request.Host.Port ?? 80;
            return Html(c, $$"""
                <!doctype html><html><head><link rel="stylesheet" href="/painted.css"></head>
                <body style="margin:0;background:#fff">
                  <div style="height:{{PaintedBandHeight}}px;background:rgb(255,0,0)"></div>
                  <div style="height:{{PaintedPageHeight - 2 * PaintedBandHeight}}px"></div>
                  <div style="height:{{PaintedBandHeight}}px;background:rgb(0,0,255)"></div>
                  <img src="http://localhost:{{port}}/beacon-name" style="position:absolute;top:0;left:0;width:1px;height:1px" alt="">
                  <script>fetch('http://localhost:{{port}}/beacon-fetch').catch(() => {}); try { new WebSocket('ws://localhost:{{port}}/beacon-socket'); } catch (e) {}</script>
                </body></html>
                """);
        });
        app.MapGet("/painted.css", (HttpContext c) =>
        {
            c.Response.ContentType = "text/css";
            return c.Response.WriteAsync("body { font-family: sans-serif; }", c.RequestAborted);
        });
        app.MapGet("/beacon-{what}", (HttpContext c) => c.Response.WriteAsync("reached", c.RequestAborted));
        app.MapGet("/image", async (HttpContext c) =>
        {
            c.Response.ContentType = "image/png";
            await c.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, c.RequestAborted);
        });
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private static Task Html(HttpContext context, string html) => Html(context, Encoding.UTF8.GetBytes(html));

    private static async Task Html(HttpContext context, byte[] html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers["X-Served-By"] = "brandwatch-test-site";
        await context.Response.Body.WriteAsync(html, context.RequestAborted);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={CertificateHost}, O=Look-alike Test Site", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(CertificateHost);
        names.AddDnsName("www." + CertificateHost);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var notBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(notBefore, notBefore.AddYears(5));

        // Round-trip through PKCS#12 so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }
}
