using System.Net;

namespace BrandWatch.Net;

/// <summary>Raised by <see cref="GuardedConnect"/> before dialling when every address of a host (or its port) is refused.</summary>
public sealed class ConnectRefusedException : IOException
{
    public ConnectRefusedException()
    {
    }

    public ConnectRefusedException(string message)
        : base(message)
    {
    }

    public ConnectRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectRefusedException(string host, int port, IPAddress address, string reason)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"refused to connect to {host}:{port} ({address}): {reason}"))
    {
        Host = host;
        Port = port;
        Address = address;
        Reason = reason;
    }

    public string? Host { get; }

    public int Port { get; }

    public IPAddress? Address { get; }

    /// <summary>The range or port rule that refused the connection.</summary>
    public string? Reason { get; }
}
