namespace BrandWatch.Net;

/// <summary>Where an IP address lives, as far as an outbound-connection guard cares.</summary>
internal enum AddressScope
{
    Public,
    Loopback,
    Private,
    LinkLocal,
    Reserved,
}
