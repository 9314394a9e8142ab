using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Testing;

/// <summary>
/// A loopback TCP port that refuses connections for as long as this object lives: the socket is bound, so no other
/// test can take the port, but never listens, so every connection attempt is refused at once.
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port; // a bound socket always has a local end point
    }

    public int Port { get; }

    public void Dispose() => _socket.Dispose();
}
