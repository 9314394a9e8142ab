using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// The peers of <c>bench full-pipeline</c>, all on 127.0.0.1: dnsmasq answering every name with 127.0.0.1, and one
/// HttpListener that serves a login page for any Host and accepts <c>POST /api/cases</c> (201, replay on a known key).
/// </summary>
internal sealed class LoopbackPeers : IAsyncDisposable
{
    private readonly Process _dns;
    private readonly HttpListener _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly Task _loop;

    private LoopbackPeers(Process dns, int dnsPort, HttpListener http, int httpPort, TimeSpan pageDelay)
    {
        _dns = dns;
        DnsPort = dnsPort;
        _http = http;
        HttpPort = httpPort;
        _loop = Task.Run(() => ServeAsync(pageDelay));
    }

    public int DnsPort { get; }

    public int HttpPort { get; }

    public int Cases => _cases.Count;

    public static async Task<LoopbackPeers> StartAsync(TimeSpan pageDelay)
    {
        var dnsPort = FreePort(SocketType.Dgram, ProtocolType.Udp);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/dnsmasq") ? "/usr/sbin/dnsmasq" : "dnsmasq") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--pid-file=", "--bind-interfaces",
                     "--listen-address=127.0.0.1", $"--port={dnsPort}", "--cache-size=0", "--address=/#/127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        var dns = Process.Start(start) ?? throw new InvalidOperationException("dnsmasq did not start");
        await Task.Delay(300);
        if (dns.HasExited)
        {
            throw new InvalidOperationException("dnsmasq failed: " + await dns.StandardError.ReadToEndAsync());
        }

        var httpPort = FreePort(SocketType.Stream, ProtocolType.Tcp);
        var http = new HttpListener();
        http.Prefixes.Add($"http://127.0.0.1:{httpPort}/");
        http.Start();
        return new LoopbackPeers(dns, dnsPort, http, httpPort, pageDelay);
    }

    private async Task ServeAsync(TimeSpan pageDelay)
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _http.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                using var response = context.Response;
                if (context.Request.HttpMethod == "POST" && context.Request.Url?.AbsolutePath == "/api/cases")
                {
                    using var reader = new StreamReader(context.Request.InputStream);
                    await reader.ReadToEndAsync();
                    var key = context.Request.Headers["Idempotency-Key"] ?? string.Empty;
                    var created = false;
                    var id = _cases.GetOrAdd(key, _ =>
                    {
                        created = true;
                        return _cases.Count + 1;
                    });
                    response.StatusCode = created ? 201 : 200;
                    await WriteAsync(response, "application/json", $"{{\"id\":{id}}}");
                    return;
                }

                if (pageDelay > TimeSpan.Zero)
                {
                    await Task.Delay(pageDelay);
                }

                var host = context.Request.UserHostName?.Split(':')[0] ?? "site";
                await WriteAsync(response, "text/html", $"<html><head><title>{host} - Sign in</title></head><body><form><input type=\"password\" name=\"pw\"></form></body></html>");
            });
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static int FreePort(SocketType type, ProtocolType protocol)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port; // bound, so it has one
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _http.Stop();
        _http.Close();
        await _loop;
        if (!_dns.HasExited)
        {
            _dns.Kill();
            await _dns.WaitForExitAsync();
        }

        _dns.Dispose();
        _stop.Dispose();
    }
}
