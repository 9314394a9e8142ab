using System.Globalization;
using System.Net;
using System.Text;

namespace BrandWatch.Worker.Tests.Fixtures;

/// <summary>
/// A real dnsmasq on 127.0.0.1 with a free port: the listed names answer with their address (and MX when asked),
/// every other name is NXDOMAIN (unless "#" is listed: then every name has that address). Name servers and mail
/// exchangers can be given per name (NS as raw records, MX by host). Nothing is forwarded anywhere.
/// </summary>
public sealed class Dnsmasq : IDisposable
{
    private readonly TempFolder _folder;
    private DnsmasqProcess _process;
    private System.Net.Sockets.UdpClient? _silent;

    private Dnsmasq(TempFolder folder, DnsmasqProcess process)
    {
        _folder = folder;
        _process = process;
        Port = process.Port;
    }

    /// <summary>
    /// Stops answering: dnsmasq is stopped and a UDP socket that reads nothing holds its port, so every query times
    /// out, as when a resolver is overloaded or a packet is lost.
    /// </summary>
    public void Silence()
    {
        _process.Dispose();
        _silent = new System.Net.Sockets.UdpClient(new IPEndPoint(IPAddress.Loopback, Port));
    }

    /// <summary>Starts dnsmasq again on the same port with new answers (after <see cref="Silence"/> or while it runs).</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string> addresses)
    {
        _process.Dispose();
        _silent?.Dispose();
        _silent = null;
        var config = _folder.File("dnsmasq.conf");
        await File.WriteAllTextAsync(config, Configuration(addresses, null, null, null));
        _process = await DnsmasqProcess.StartAnsweringAsync(config, "readiness-probe.invalid", onPort: Port);
    }

    public int Port { get; private set; }

    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    public static async Task<Dnsmasq> StartAsync(
        IReadOnlyDictionary<string, string> addresses, IEnumerable<string>? withMail = null,
        IReadOnlyDictionary<string, string[]>? nameServers = null, IReadOnlyDictionary<string, string>? mailHosts = null)
    {
        var folder = new TempFolder();
        try
        {
            var config = folder.File("dnsmasq.conf");
            await File.WriteAllTextAsync(config, Configuration(addresses, withMail, nameServers, mailHosts));
            var process = await DnsmasqProcess.StartAnsweringAsync(config, "readiness-probe.invalid");
            return new Dnsmasq(folder, process);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    private static string Configuration(
        IReadOnlyDictionary<string, string> addresses, IEnumerable<string>? withMail,
        IReadOnlyDictionary<string, string[]>? nameServers, IReadOnlyDictionary<string, string>? mailHosts)
    {
        var config = new StringBuilder().AppendLine("cache-size=0");
        if (!addresses.ContainsKey("#"))
        {
            config.AppendLine("address=/#/");
        }

        foreach (var (name, address) in addresses)
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"address=/{name}/{address}");
        }

        foreach (var name in withMail ?? [])
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"mx-host={name},mail.{name},10");
        }

        foreach (var (name, servers) in nameServers ?? new Dictionary<string, string[]>())
        {
            foreach (var server in servers)
            {
                config.AppendLine(CultureInfo.InvariantCulture, $"dns-rr={name},2,{WireName(server)}");
            }
        }

        foreach (var (name, host) in mailHosts ?? new Dictionary<string, string>())
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"mx-host={name},{host},10");
        }

        return config.ToString();
    }

    // An NS record's data is the server's name in DNS wire format (length-prefixed labels, then a zero), as hex.
    private static string WireName(string name)
    {
        var hex = new StringBuilder();
        foreach (var label in name.TrimEnd('.').Split('.'))
        {
            hex.Append(label.Length.ToString("x2", CultureInfo.InvariantCulture));
            hex.Append(Convert.ToHexStringLower(Encoding.ASCII.GetBytes(label)));
        }

        return hex.Append("00").ToString();
    }

    public void Dispose()
    {
        _silent?.Dispose();
        _process.Dispose();
        _folder.Dispose();
    }
}
