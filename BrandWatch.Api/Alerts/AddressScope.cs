namespace BrandWatch.Api.Alerts;

/// <summary>Where an IP address lives, as far as the webhook guard cares.</summary>
public enum AddressScope
{
    Public,
    Loopback,
    Private,
    LinkLocal,
    Reserved,
}
