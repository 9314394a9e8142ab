using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BrandWatch.Worker.Cli;

/// <summary>
/// The peers of <c>bench full-pipeline</c>, all on 127.0.0.1: dnsmasq answering every name with 127.0.0.1, and one
/// minimal HTTP/1.1 listener that serves a login page for any Host (or the pages a bench gives it) and accepts
/// <c>POST /api/cases</c> (201, replay on a known key).
/// </summary>
internal sealed class LoopbackPeers : IAsyncDisposable
{
    private readonly Process _dns;
    private readonly TcpListener _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, int> _cases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _subjects = new(StringComparer.Ordinal);
    private long _received;
    private readonly Task _loop;

    private readonly Func<string, string, string?>? _pages;

    private LoopbackPeers(Process dns, int dnsPort, TcpListener http, int httpPort, TimeSpan pageDelay, Func<string, string, string?>? pages)
    {
        _pages = pages;
        _dns = dns;
        DnsPort = dnsPort;
        _http = http;
        HttpPort = httpPort;
        _loop = Task.Run(() => ServeAsync(pageDelay));
    }

    public int DnsPort { get; }

    public int HttpPort { get; }

    public int Cases => _cases.Count;

    /// <summary>Every <c>POST /api/cases</c> received, replays of a known key included.</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Distinct (mark, subject, kind) filed: a real Api keeps one open case for each.</summary>
    public int Subjects => _subjects.Count;

    /// <summary>Starts the peers; <paramref name="pages"/> (host, path → HTML, null for 404) replaces the one login page every host serves.</summary>
    public static async Task<LoopbackPeers> StartAsync(TimeSpan pageDelay, Func<string, string, string?>? pages = null)
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

        var http = new TcpListener(IPAddress.Loopback, 0);
        http.Start();
        return new LoopbackPeers(dns, dnsPort, http, ((IPEndPoint)http.LocalEndpoint).Port, pageDelay, pages);
    }

    private async Task ServeAsync(TimeSpan pageDelay)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _http.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(client, pageDelay));
        }
    }

    /// <summary>One HTTP/1.1 exchange per connection (Connection: close), enough for the Worker's two kinds of request.</summary>
    private async Task AnswerAsync(TcpClient client, TimeSpan pageDelay)
    {
        using (client)
        {
            var stream = client.GetStream();
            // Read in blocks until the blank line; what follows it in the last block is the start of the body.
            var buffer = new byte[16_384];
            var filled = 0;
            var end = -1;
            while (end < 0 && filled < buffer.Length)
            {
                var got = await stream.ReadAsync(buffer.AsMemory(filled));
                if (got == 0)
                {
                    return;
                }

                filled += got;
                end = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
            }

            if (end < 0)
            {
                return;
            }

            var lines = Encoding.ASCII.GetString(buffer, 0, end).Split("\r\n");
            var requestLine = lines[0].Split(' ');
            string Header(string name) => lines.Skip(1).Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault() ?? string.Empty;
            var length = int.TryParse(Header("Content-Length"), CultureInfo.InvariantCulture, out var n) ? n : 0;
            var body = new byte[length];
            var read = Math.Min(length, filled - end - 4);
            buffer.AsSpan(end + 4, read).CopyTo(body);
            while (read < length && await stream.ReadAsync(body.AsMemory(read)) is var got and > 0)
            {
                read += got;
            }

            if (requestLine.Length > 1 && requestLine[0] == "POST" && requestLine[1] == "/api/cases")
            {
                Interlocked.Increment(ref _received);
                _subjects.AddOrUpdate(SubjectKey(body), 1, (_, count) => count + 1);
                var created = false;
                var id = _cases.GetOrAdd(Header("Idempotency-Key"), _ =>
                {
                    created = true;
                    return _cases.Count + 1;
                });
                await WriteAsync(stream, created ? "201 Created" : "200 OK", "application/json", $"{{\"id\":{id}}}");
                return;
            }

            if (pageDelay > TimeSpan.Zero)
            {
                await Task.Delay(pageDelay);
            }

            var host = Header("Host").Split(':')[0];
            if (_pages is not null)
            {
                var page = requestLine.Length > 1 ? _pages(host, requestLine[1]) : null;
                await WriteAsync(stream, page is null ? "404 Not Found" : "200 OK", "text/html", page ?? string.Empty);
                return;
            }

            await WriteAsync(stream, "200 OK", "text/html", $"<html><head><title>{host} - Sign in</title></head><body><form><input type=\"password\" name=\"pw\"></form></body></html>");
        }
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

    private static async Task WriteAsync(NetworkStream stream, string status, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {type}; charset=utf-8\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head);
        await stream.WriteAsync(bytes);
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
