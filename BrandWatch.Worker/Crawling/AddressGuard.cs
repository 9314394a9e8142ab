using System.Net;
using BrandWatch.Net;

namespace BrandWatch.Worker.Crawling;

/// <summary>
/// Decides which resolved addresses the fetcher may connect to: only public unicast addresses, and loopback when a
/// test explicitly allows it. The ranges are those of <see cref="AddressClassifier"/>, shared with the webhook guard.
/// </summary>
public static class AddressGuard
{
    /// <summary>Why the address is refused, or null when it may be used.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback)
    {
        var (scope, range) = AddressClassifier.Classify(address);
        return scope == AddressScope.Public || (scope == AddressScope.Loopback && allowLoopback) ? null : range;
    }

    public static bool IsAllowed(IPAddress address, bool allowLoopback) => Refusal(address, allowLoopback) is null;
}
