using System.Net;
using BrandWatch.Api.Alerts;
using BrandWatch.Net;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class AddressGuardTests
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
        Assert.Equal(Enum.Parse<AddressScope>(expected), AddressGuard.Classify(IPAddress.Parse(address)));

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
    public void IsAllowed_AddressAndSettings_FollowsTheOptions(string address, bool allowLoopback, bool allowPrivate, bool expected) =>
        Assert.Equal(expected, AddressGuard.IsAllowed(IPAddress.Parse(address), allowLoopback, allowPrivate));
}
