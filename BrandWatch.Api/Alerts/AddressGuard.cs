using System.Net;
using BrandWatch.Net;

namespace BrandWatch.Api.Alerts;

/// <summary>
/// Decides which IP addresses a webhook may connect to: public ones always, loopback and private networks only when
/// configured, never the unspecified, multicast, broadcast, documentation or otherwise reserved ranges.
/// </summary>
internal static class AddressGuard
{
    public static AddressScope Classify(IPAddress address) => AddressClassifier.Classify(address).Scope;

    public static bool IsAllowed(IPAddress address, bool allowLoopback, bool allowPrivate) => Classify(address) switch
    {
        AddressScope.Public => true,
        AddressScope.Loopback => allowLoopback,
        AddressScope.Private or AddressScope.LinkLocal => allowPrivate,
        _ => false,
    };
}
