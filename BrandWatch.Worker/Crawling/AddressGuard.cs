using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Decides which resolved addresses the fetcher may connect to. Everything that is not a public unicast address is
/// refused: loopback, private (RFC 1918, ULA), shared (CGNAT), link-local, multicast, unspecified, broadcast,
/// documentation and other reserved ranges — for IPv4, IPv6, and IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4).
/// </summary>
public static class AddressGuard
{
    /// <summary>Why the address is refused, or null when it may be used.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return RefusalV6(address, allowLoopback);
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return "not an IP address";
        }

        return RefusalV4(address.GetAddressBytes(), allowLoopback);
    }

    public static bool IsAllowed(IPAddress address, bool allowLoopback) => Refusal(address, allowLoopback) is null;

    private static string? RefusalV4(byte[] b, bool allowLoopback)
    {
        return b switch
        {
            [0, ..] => "unspecified or \"this network\" (0.0.0.0/8)",
            [127, ..] => allowLoopback ? null : "loopback (127.0.0.0/8)",
            [10, ..] => "private (10.0.0.0/8)",
            [172, >= 16 and <= 31, ..] => "private (172.16.0.0/12)",
            [192, 168, ..] => "private (192.168.0.0/16)",
            [100, >= 64 and <= 127, ..] => "shared address space (100.64.0.0/10)",
            [169, 254, ..] => "link-local (169.254.0.0/16)",
            [192, 0, 0, _] => "IETF protocol assignments (192.0.0.0/24)",
            [192, 0, 2, _] => "documentation (192.0.2.0/24)",
            [198, 51, 100, _] => "documentation (198.51.100.0/24)",
            [203, 0, 113, _] => "documentation (203.0.113.0/24)",
            [198, 18 or 19, ..] => "benchmarking (198.18.0.0/15)",
            [192, 88, 99, _] => "6to4 relay anycast (192.88.99.0/24)",
            [>= 224 and <= 239, ..] => "multicast (224.0.0.0/4)",
            [255, 255, 255, 255] => "broadcast",
            [>= 240, ..] => "reserved (240.0.0.0/4)",
            _ => null,
        };
    }

    private static string? RefusalV6(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return RefusalV4(address.MapToIPv4().GetAddressBytes(), allowLoopback) is { } mapped ? "IPv4-mapped " + mapped : null;
        }

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return allowLoopback ? null : "loopback (::1)";
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified (::)";
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address: judge that one.
            return RefusalV4(b[12..16], allowLoopback: false) is { } embedded ? "NAT64 of " + embedded : null;
        }

        // ::/96, IPv4-compatible (deprecated) and anything else in the first /8 that is not mapped: reserved.
        if (b[0] == 0)
        {
            return "reserved (::/8)";
        }

        if (b[0] == 0xff)
        {
            return "multicast (ff00::/8)";
        }

        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        {
            return "link-local (fe80::/10)";
        }

        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        {
            return "site-local (fec0::/10)";
        }

        if ((b[0] & 0xfe) == 0xfc)
        {
            return "unique local (fc00::/7)";
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        {
            return "documentation (2001:db8::/32)";
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            return "Teredo (2001::/32)";
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            // 6to4 (2002::/16) embeds an IPv4 address in bytes 2–5.
            return RefusalV4(b[2..6], allowLoopback: false) is { } embedded ? "6to4 of " + embedded : null;
        }

        return null;
    }
}
