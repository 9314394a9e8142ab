using System.Net;
using BrandWatch.Net;

namespace BrandWatch.Worker.Tests.Net;

/// <summary>
/// The one address decision (<see cref="ConnectPolicy.AddressRefusal"/> over <see cref="AddressClassifier"/>) that the
/// crawler, the webhook sender and the subscription check share.
/// </summary>
public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("93.184.216.34", "Public")]
    [InlineData("2606:4700::6810:85e5", "Public")]
    [InlineData("127.0.0.1", "Loopback")]
    [InlineData("127.200.0.9", "Loopback")]
    [InlineData("::1", "Loopback")]
    [InlineData("::ffff:127.0.0.1", "Loopback")]
    [InlineData("10.0.0.1", "Private")]
    [InlineData("172.16.0.1", "Private")]
    [InlineData("172.31.255.255", "Private")]
    [InlineData("172.32.0.1", "Public")]
    [InlineData("192.168.1.1", "Private")]
    [InlineData("100.64.0.1", "Private")]
    [InlineData("fd12:3456::1", "Private")]
    [InlineData("::ffff:10.1.2.3", "Private")]
    [InlineData("64:ff9b::a00:1", "Private")]
    [InlineData("2002:7f00:1::1", "Loopback")]
    [InlineData("2002:5db8:d822::1", "Public")]
    [InlineData("169.254.169.254", "LinkLocal")]
    [InlineData("fe80::1", "LinkLocal")]
    [InlineData("0.0.0.0", "Reserved")]
    [InlineData("::", "Reserved")]
    [InlineData("224.0.0.1", "Reserved")]
    [InlineData("255.255.255.255", "Reserved")]
    [InlineData("192.0.2.10", "Reserved")]
    [InlineData("2001:db8::1", "Reserved")]
    [InlineData("ff02::1", "Reserved")]
    public void Classify_Address_ReturnsItsScope(string address, string expected) =>
        Assert.Equal(Enum.Parse<AddressScope>(expected), AddressClassifier.Classify(IPAddress.Parse(address)).Scope);

    [Theory]
    [InlineData("93.184.215.14", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.15.255.255", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("100.63.255.255", true)]
    [InlineData("2606:4700::6810:84e5", true)]
    [InlineData("::ffff:93.184.215.14", true)]
    [InlineData("64:ff9b::808:808", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.255.0.9", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.254", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("239.255.255.250", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("240.0.0.1", false)]
    [InlineData("192.0.2.10", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:192.168.1.1", false)]
    [InlineData("::127.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:c0a8:101::1", false)]
    [InlineData("2001:0:4136:e378::1", false)]
    public void AddressRefusal_NothingAllowed_PassesOnlyPublicUnicast(string address, bool allowed) =>
        Assert.Equal(allowed, new ConnectPolicy().AddressRefusal(IPAddress.Parse(address)) is null);

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("169.254.1.1", false)]
    [InlineData("0.0.0.0", false)]
    public void AddressRefusal_LoopbackAllowed_OpensLoopbackOnly(string address, bool allowed) =>
        Assert.Equal(allowed, new ConnectPolicy { AllowLoopback = true }.AddressRefusal(IPAddress.Parse(address)) is null);

    [Theory]
    [InlineData("93.184.216.34", false, false, true)]
    [InlineData("127.0.0.1", false, false, false)]
    [InlineData("127.0.0.1", true, false, true)]
    [InlineData("127.0.0.1", false, true, false)]
    [InlineData("10.0.0.1", true, false, false)]
    [InlineData("10.0.0.1", false, true, true)]
    [InlineData("169.254.169.254", false, true, true)]
    [InlineData("0.0.0.0", true, true, false)]
    [InlineData("224.0.0.1", true, true, false)]
    public void AddressRefusal_AddressAndSettings_FollowsTheOptions(string address, bool allowLoopback, bool allowPrivate, bool expected) =>
        Assert.Equal(expected, new ConnectPolicy { AllowLoopback = allowLoopback, AllowPrivate = allowPrivate }.AddressRefusal(IPAddress.Parse(address)) is null);

    [Fact]
    public void AddressRefusal_RefusedAddress_NamesItsRange() =>
        Assert.Equal("private (10.0.0.0/8)", new ConnectPolicy { AllowLoopback = true }.AddressRefusal(IPAddress.Parse("10.1.2.3")));
}
