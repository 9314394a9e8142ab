using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Testing;

/// <summary>
/// The one way the tests pick a port for a server they start (dnsmasq, PostgreSQL, aiosmtpd, the Api): a loopback port
/// free for both TCP and UDP at the moment of asking. A test that needs a port where nothing listens uses
/// <see cref="ClosedPort"/> instead, which stays taken.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var tcp = new TcpListener(IPAddress.Loopback, 0);
            tcp.Start();
            var port = ((IPEndPoint)tcp.LocalEndpoint).Port;
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // taken for UDP: try another
            }
        }

        throw new InvalidOperationException("no free loopback port found for TCP and UDP");
    }
}
