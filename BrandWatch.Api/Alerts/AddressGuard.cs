using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Decides which IP addresses a webhook may connect to: public ones always, loopback and private networks only when
/// configured, never the unspecified, multicast, broadcast, documentation or otherwise reserved ranges.
/// </summary>
public static class AddressGuard
{
    public static AddressScope Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return (b[0], b[1], b[2]) switch
            {
                (127, _, _) => AddressScope.Loopback,
                (10, _, _) => AddressScope.Private,
                (172, >= 16 and <= 31, _) => AddressScope.Private,
                (192, 168, _) => AddressScope.Private,
                (100, >= 64 and <= 127, _) => AddressScope.Private,           // carrier-grade NAT
                (169, 254, _) => AddressScope.LinkLocal,
                (0, _, _) => AddressScope.Reserved,
                (192, 0, 0) or (192, 0, 2) or (198, 51, 100) or (203, 0, 113) => AddressScope.Reserved,
                (198, 18 or 19, _) => AddressScope.Reserved,                  // benchmarking
                ( >= 224, _, _) => AddressScope.Reserved,                      // multicast, class E, broadcast
                _ => AddressScope.Public,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Loopback))
            {
                return AddressScope.Loopback;
            }

            if (address.Equals(IPAddress.IPv6Any))
            {
                return AddressScope.Reserved;
            }

            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].IndexOfAnyExcept((byte)0) < 0)
            {
                // NAT64 (64:ff9b::/96): judge the IPv4 address inside.
                return Classify(new IPAddress(b[12..16]));
            }

            if (b[0] == 0x20 && b[1] == 0x02)
            {
                // 6to4 (2002::/16) reaches the IPv4 address in bytes 2–5: judge that one.
                return Classify(new IPAddress(b[2..6]));
            }

            if (address.IsIPv6LinkLocal)
            {
                return AddressScope.LinkLocal;
            }

            if ((b[0] & 0xfe) == 0xfc || address.IsIPv6SiteLocal)
            {
                return AddressScope.Private;                                      // fc00::/7 unique local, fec0::/10
            }

            if (address.IsIPv6Multicast || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) || b[0] == 0x00)
            {
                return AddressScope.Reserved;                                     // ff00::/8, 2001:db8::/32, ::/8
            }

            return AddressScope.Public;
        }

        return AddressScope.Reserved;
    }

    public static bool IsAllowed(IPAddress address, bool allowLoopback, bool allowPrivate) => Classify(address) switch
    {
        AddressScope.Public => true,
        AddressScope.Loopback => allowLoopback,
        AddressScope.Private or AddressScope.LinkLocal => allowPrivate,
        _ => false,
    };
}
