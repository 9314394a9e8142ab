using System.Net;

namespace BrandWatch.Worker.Crawling;

/// <summary>Raised inside the connect step when every address of a host is refused by <see cref="AddressGuard"/>.</summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlockedAddressException(string host, IPAddress address, string reason)
        : base($"refused to connect to {host} ({address}): {reason}")
    {
        Host = host;
        Address = address;
    }

    public string? Host { get; }

    public IPAddress? Address { get; }
}
