using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BrandWatch.Bench;

/// <summary>
/// The peers of <c>full-pipeline</c>, <c>workers</c>, <c>content</c> and <c>capture</c>, all on 127.0.0.1: dnsmasq
/// answering every name with 127.0.0.1, and one Kestrel server that serves a login page for any Host (or the pages a
/// bench gives it) and accepts <c>POST /api/cases</c> (201, replay on a known key) and <c>POST /api/cases/batch</c>.
/// </summary>
internal sealed class LoopbackPeers : IAsyncDisposable
{
    private readonly Process _dns;
    private readonly WebApplication _http;
    private readonly ConcurrentDictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _subjects = new(StringComparer.Ordinal);
    private readonly TimeSpan _pageDelay;
    private readonly Func<string, string, string?>? _pages;
    private long _received;

    private LoopbackPeers(Process dns, int dnsPort, WebApplication http, TimeSpan pageDelay, Func<string, string, string?>? pages)
    {
        _dns = dns;
        DnsPort = dnsPort;
        _http = http;
        _pageDelay = pageDelay;
        _pages = pages;
    }

    public int DnsPort { get; }

    public int HttpPort { get; private set; }

    public int Cases => _cases.Count;

    /// <summary>Every <c>POST /api/cases</c> received, replays of a known key included.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Distinct (mark, subject, kind) filed: a real Api keeps one open case for each.</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Starts the peers; <paramref name="pages"/> (host, path → HTML, null for 404) replaces the one login page every host serves.</summary>
    public static async Task<LoopbackPeers> StartAsync(TimeSpan pageDelay, Func<string, string, string?>? pages = null)
    {
        var (dns, dnsPort) = await StartDnsmasqAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var peers = new LoopbackPeers(dns, dnsPort, app, pageDelay, pages);
        app.Run(peers.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        peers.HttpPort = new Uri(address).Port;
        return peers;
    }

    /// <summary>
    /// dnsmasq on a free loopback port. The port is free for UDP when it is picked, but dnsmasq also listens on TCP and
    /// another process (a test suite's server, on a machine running several) may take either before it binds: a start
    /// that loses its port is retried on a new one.
    /// </summary>
    private static async Task<(Process Dns, int Port)> StartDnsmasqAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort(SocketType.Dgram, ProtocolType.Udp);
            var start = new ProcessStartInfo(File.Exists("/usr/sbin/dnsmasq") ? "/usr/sbin/dnsmasq" : "dnsmasq") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--pid-file=", "--bind-interfaces",
                         "--listen-address=127.0.0.1", $"--port={port}", "--cache-size=0", "--address=/#/127.0.0.1" })
            {
                start.ArgumentList.Add(argument);
            }

            var dns = Process.Start(start) ?? throw new InvalidOperationException("dnsmasq did not start");
            await Task.Delay(300);
            if (!dns.HasExited)
            {
                return (dns, port);
            }

            var error = await dns.StandardError.ReadToEndAsync();
            dns.Dispose();
            if (attempt == 3 || !error.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("dnsmasq failed: " + error);
            }
        }
    }

    /// <summary>
    /// The Worker settings every bench shares (its state folder, the portfolio, these peers as its Api, DNS and web, no
    /// registration look-ups, no crawl delay), with the bench's own settings laid over them.
    /// </summary>
    public Dictionary<string, string?> WorkerSettings(string stateFolder, string marksPath, Dictionary<string, string?> own)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Worker:StateFolder"] = stateFolder,
            ["Api:BaseUrl"] = $"http://127.0.0.1:{HttpPort}/",
            ["Api:Key"] = "bench-loopback-key",
            ["Portfolio:Path"] = marksPath,
            ["Dns:NameServers:0"] = $"127.0.0.1:{DnsPort}",
            ["Pipeline:WebPort"] = HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pipeline:LookupRegistration"] = "false",
            ["Pipeline:PollInterval"] = "00:00:00.100",
            ["Fetcher:AllowLoopback"] = "true",
            ["Crawler:DelayPerHost"] = "00:00:00",
        };
        foreach (var (key, value) in own)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// The Worker's three kinds of request: a filing (<c>POST /api/cases</c>), a batch of them (<c>POST
    /// /api/cases/batch</c>, the Worker's default), or a page of any host.
    /// </summary>
    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path == "/api/cases")
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, context.RequestAborted);
            var (id, created) = FileOne(body.ToArray(), request.Headers["Idempotency-Key"].ToString());
            await WriteAsync(context, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, "application/json", $"{{\"id\":{id}}}");
            return;
        }

        if (HttpMethods.IsPost(request.Method) && request.Path == "/api/cases/batch")
        {
            await WriteAsync(context, StatusCodes.Status200OK, "application/json", await FileBatchAsync(request, context.RequestAborted));
            return;
        }

        if (_pageDelay > TimeSpan.Zero)
        {
            await Task.Delay(_pageDelay, context.RequestAborted);
        }

        var host = request.Host.Host;
        if (_pages is not null)
        {
            // The request target as sent (path and query), as the pages were looked up before the move to Kestrel.
            var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            var page = _pages(host, target);
            await WriteAsync(context, page is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK, "text/html", page ?? string.Empty);
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, "text/html", $"<html><head><title>{host} - Sign in</title></head><body><form><input type=\"password\" name=\"pw\"></form></body></html>");
    }

    /// <summary>Counts one filing and answers it as the Api would: a new case per key, the same case for a known key.</summary>
    private (int Id, bool Created) FileOne(byte[] filing, string key)
    {
        Interlocked.Increment(ref _received);
        _subjects.AddOrUpdate(SubjectKey(filing), 1, (_, count) => count + 1);
        var created = false;
        var id = _cases.GetOrAdd(key, _ =>
        {
            created = true;
            return _cases.Count + 1;
        });
        return (id, created);
    }

    /// <summary>Each item of a batch filed as a single filing, answered with its index, result, status and case id.</summary>
    private async Task<string> FileBatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var document = await System.Text.Json.JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        var results = new List<object>();
        var index = 0;
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var filing = System.Text.Encoding.UTF8.GetBytes(item.GetProperty("filing").GetRawText());
            var (id, created) = FileOne(filing, item.GetProperty("idempotencyKey").GetString() ?? string.Empty);
            results.Add(new { index, result = created ? "created" : "duplicate", status = created ? 201 : 200, @case = new { id } });
            index++;
        }

        return System.Text.Json.JsonSerializer.Serialize(new { results });
    }

    private static string SubjectKey(byte[] body)
    {
        try
        {
            using var filing = System.Text.Json.JsonDocument.Parse(body);
            string Text(string name) => filing.RootElement.TryGetProperty(name, out var value) ? value.ToString() : string.Empty;
            return Text("mark") + "\n" + Text("subject") + "\n" + Text("kind");
        }
        catch (System.Text.Json.JsonException)
        {
            return "unreadable\n" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body));
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = type + "; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private static int FreePort(SocketType type, ProtocolType protocol)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port; // bound, so it has one
    }

    public async ValueTask DisposeAsync()
    {
        await _http.StopAsync();
        await _http.DisposeAsync();
        if (!_dns.HasExited)
        {
            _dns.Kill();
            await _dns.WaitForExitAsync();
        }

        _dns.Dispose();
    }
}
