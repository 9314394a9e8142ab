using System.Globalization;
using System.Net;
using DnsClient;

namespace BrandWatch.Worker.Dns;

/// <summary>Parses the configured name-server list ("127.0.0.1:5353", "[::1]:53", "9.9.9.9").</summary>
public static class DnsNameServers
{
    public static IReadOnlyList<NameServer> Parse(IEnumerable<string> entries)
    {
        var servers = new List<NameServer>();
        foreach (var entry in entries)
        {
            servers.Add(ParseOne(entry));
        }

        return servers;
    }

    public static NameServer ParseOne(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = entry.Trim();
        // IPEndPoint parsing understands "a.b.c.d", "a.b.c.d:p", "::1" and "[::1]:p"; IPAddress alone would drop the port of "[::1]:p".
        if (IPEndPoint.TryParse(text, out var endPoint))
        {
            return new NameServer(endPoint.Address, endPoint.Port == 0 ? 53 : endPoint.Port);
        }

        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"name server '{entry}' is not an IP address with an optional port"));
    }
}
