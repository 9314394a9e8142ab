using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A real dnsmasq on 127.0.0.1 with a free port: the listed names answer with their address (and MX when asked),
/// every other name is NXDOMAIN (unless "#" is listed: then every name has that address). Name servers and mail
/// exchangers can be given per name (NS as raw records, MX by host). Nothing is forwarded anywhere.
/// </summary>
public sealed class Dnsmasq : IDisposable
{
    private readonly Process _process;

    private Dnsmasq(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    public static async Task<Dnsmasq> StartAsync(
        IReadOnlyDictionary<string, string> addresses, IEnumerable<string>? withMail = null,
        IReadOnlyDictionary<string, string[]>? nameServers = null, IReadOnlyDictionary<string, string>? mailHosts = null)
    {
        var executable = File.Exists("/usr/sbin/dnsmasq") ? "/usr/sbin/dnsmasq" : "dnsmasq";
        for (var attempt = 0; ; attempt++)
        {
            var port = FreeUdpPort();
            var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[]
                     {
                         "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv", "--no-hosts", "--no-poll", "--pid-file=",
                         "--bind-interfaces", "--listen-address=127.0.0.1", $"--port={port}", "--cache-size=0",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            if (!addresses.ContainsKey("#"))
            {
                start.ArgumentList.Add("--address=/#/");
            }

            foreach (var (name, address) in addresses)
            {
                start.ArgumentList.Add($"--address=/{name}/{address}");
            }

            foreach (var name in withMail ?? [])
            {
                start.ArgumentList.Add($"--mx-host={name},mail.{name},10");
            }

            foreach (var (name, servers) in nameServers ?? new Dictionary<string, string[]>())
            {
                foreach (var server in servers)
                {
                    start.ArgumentList.Add($"--dns-rr={name},2,{WireName(server)}");
                }
            }

            foreach (var (name, host) in mailHosts ?? new Dictionary<string, string>())
            {
                start.ArgumentList.Add($"--mx-host={name},{host},10");
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("dnsmasq did not start");
            await Task.Delay(300);
            if (!process.HasExited)
            {
                return new Dnsmasq(process, port);
            }

            var error = await process.StandardError.ReadToEndAsync();
            process.Dispose();
            if (attempt >= 3)
            {
                throw new InvalidOperationException("dnsmasq failed: " + error);
            }
        }
    }

    // An NS record's data is the server's name in DNS wire format (length-prefixed labels, then a zero), as hex.
    private static string WireName(string name)
    {
        var hex = new System.Text.StringBuilder();
        foreach (var label in name.TrimEnd('.').Split('.'))
        {
            hex.Append(label.Length.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            hex.Append(Convert.ToHexStringLower(System.Text.Encoding.ASCII.GetBytes(label)));
        }

        return hex.Append("00").ToString();
    }

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port; // a bound socket always has a local end point
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
