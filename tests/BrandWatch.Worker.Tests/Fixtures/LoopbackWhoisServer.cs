using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A port-43 WHOIS server on 127.0.0.1 (RFC 3912: read one line, write the answer, close) answering from the files of
/// TestData/whois/{server}/{query}.txt; an unknown query gets a registry-style "No match" answer; a query for a name
/// starting "silent." is read and never answered.
/// </summary>
public sealed class LoopbackWhoisServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _folder;
    private readonly Task _loop;
    private int _queries;

    public LoopbackWhoisServer(string serverName)
    {
        ServerName = serverName;
        _folder = Path.Combine(AppContext.BaseDirectory, "TestData", "whois", serverName);
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public string ServerName { get; }

    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Queries answered so far.</summary>
    public int Queries => Volatile.Read(ref _queries);

    /// <summary>The query lines received, as sent.</summary>
    public List<string> Received { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
                var query = (await reader.ReadLineAsync(_stop.Token))?.Trim() ?? string.Empty;
                lock (Received)
                {
                    Received.Add(query);
                }

                Interlocked.Increment(ref _queries);
                if (query.StartsWith("silent.", StringComparison.OrdinalIgnoreCase))
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token); // accepts, reads, never answers
                }

                var file = Path.Combine(_folder, query.ToLowerInvariant() + ".txt");
                var answer = query.Length > 0 && !query.Contains('/', StringComparison.Ordinal) && File.Exists(file)
                    ? await File.ReadAllTextAsync(file, _stop.Token)
                    : $"No match for \"{query.ToUpperInvariant()}\".\r\n>>> Last update of whois database: 2026-01-10T12:00:00Z <<<\r\n";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(answer), _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
            {
                // the client went away or the server is stopping
            }
        }
    }
}
