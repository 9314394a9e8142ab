using System.Net;
using System.Net.Sockets;

namespace BrandWatch.Net;

/// <summary>
/// Classifies an IP address for the guards that stand before every outbound connection (the crawler, the webhook
/// sender): public unicast, loopback, private (RFC 1918, ULA, shared CGNAT), link-local, or reserved (unspecified,
/// multicast, broadcast, documentation, benchmarking, discard-only, Teredo …) — for IPv4, IPv6, and IPv4 embedded
/// in IPv6 (mapped, NAT64 64:ff9b::/96, 6to4), which is judged by the IPv4 address it reaches. The local-use NAT64
/// prefix 64:ff9b:1::/48 (RFC 8215) counts as private.
/// </summary>
internal static class AddressClassifier
{
    private static readonly AddressClass PublicAddress = new(AddressScope.Public, "public");

    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => new(AddressScope.Reserved, "not an IP address"),
        };
    }

    private static AddressClass ClassifyV4(byte[] b) => b switch
    {
        [0, ..] => new(AddressScope.Reserved, "unspecified or \"this network\" (0.0.0.0/8)"),
        [127, ..] => new(AddressScope.Loopback, "loopback (127.0.0.0/8)"),
        [10, ..] => new(AddressScope.Private, "private (10.0.0.0/8)"),
        [172, >= 16 and <= 31, ..] => new(AddressScope.Private, "private (172.16.0.0/12)"),
        [192, 168, ..] => new(AddressScope.Private, "private (192.168.0.0/16)"),
        [100, >= 64 and <= 127, ..] => new(AddressScope.Private, "shared address space (100.64.0.0/10)"),
        [169, 254, ..] => new(AddressScope.LinkLocal, "link-local (169.254.0.0/16)"),
        [192, 0, 0, _] => new(AddressScope.Reserved, "IETF protocol assignments (192.0.0.0/24)"),
        [192, 0, 2, _] => new(AddressScope.Reserved, "documentation (192.0.2.0/24)"),
        [198, 51, 100, _] => new(AddressScope.Reserved, "documentation (198.51.100.0/24)"),
        [203, 0, 113, _] => new(AddressScope.Reserved, "documentation (203.0.113.0/24)"),
        [198, 18 or 19, ..] => new(AddressScope.Reserved, "benchmarking (198.18.0.0/15)"),
        [192, 88, 99, _] => new(AddressScope.Reserved, "6to4 relay anycast (192.88.99.0/24)"),
        [>= 224 and <= 239, ..] => new(AddressScope.Reserved, "multicast (224.0.0.0/4)"),
        [255, 255, 255, 255] => new(AddressScope.Reserved, "broadcast"),
        [>= 240, ..] => new(AddressScope.Reserved, "reserved (240.0.0.0/4)"),
        _ => PublicAddress,
    };

    private static AddressClass ClassifyV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded("IPv4-mapped ", address.MapToIPv4().GetAddressBytes());
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return new(AddressScope.Loopback, "loopback (::1)");
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return new(AddressScope.Reserved, "unspecified (::)");
        }

        var b = address.GetAddressBytes();
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
        {
            // RFC 6052: only the well-known prefix 64:ff9b::/96 embeds a global IPv4 address in its last four bytes.
            // RFC 8215 sets 64:ff9b:1::/48 aside for local translators, which reach whatever the local network holds.
            if (b[4] == 0 && b[5] == 1)
            {
                return new(AddressScope.Private, "local-use NAT64 (64:ff9b:1::/48)");
            }

            return b.AsSpan(4, 8).ContainsAnyExcept((byte)0)
                ? new(AddressScope.Reserved, "unassigned NAT64 space (64:ff9b::/32 outside 64:ff9b::/96)")
                : Embedded("NAT64 of ", b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Embedded("6to4 of ", b[2..6]);
        }

        return b switch
        {
            [0, ..] => new(AddressScope.Reserved, "reserved (::/8)"),
            [0xff, ..] => new(AddressScope.Reserved, "multicast (ff00::/8)"),
            [0xfe, var second, ..] when (second & 0xc0) == 0x80 => new(AddressScope.LinkLocal, "link-local (fe80::/10)"),
            [0xfe, var second, ..] when (second & 0xc0) == 0xc0 => new(AddressScope.Private, "site-local (fec0::/10)"),
            [var first, ..] when (first & 0xfe) == 0xfc => new(AddressScope.Private, "unique local (fc00::/7)"),
            [0x01, 0x00, 0, 0, 0, 0, 0, 0, ..] => new(AddressScope.Reserved, "discard-only (100::/64)"),
            [0x20, 0x01, 0x0d, 0xb8, ..] => new(AddressScope.Reserved, "documentation (2001:db8::/32)"),
            [0x3f, 0xff, var third, ..] when third < 0x10 => new(AddressScope.Reserved, "documentation (3fff::/20)"),
            [0x20, 0x01, 0x00, 0x02, 0x00, 0x00, ..] => new(AddressScope.Reserved, "benchmarking (2001:2::/48)"),
            [0x20, 0x01, 0x00, 0x00, ..] => new(AddressScope.Reserved, "Teredo (2001::/32)"),
            _ => PublicAddress,
        };
    }

    private static AddressClass Embedded(string how, byte[] ipv4)
    {
        var inner = ClassifyV4(ipv4);
        return inner.Scope == AddressScope.Public ? inner : inner with { Range = how + inner.Range };
    }
}
