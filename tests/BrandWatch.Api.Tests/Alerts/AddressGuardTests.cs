using System.Net;
using BrandWatch.Api.Alerts;

namespace BrandWatch.Api.Tests.Alerts;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("93.184.216.34", AddressScope.Public)]
    [InlineData("2606:4700::6810:85e5", AddressScope.Public)]
    [InlineData("127.0.0.1", AddressScope.Loopback)]
    [InlineData("127.200.0.9", AddressScope.Loopback)]
    [InlineData("::1", AddressScope.Loopback)]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]
    [InlineData("10.0.0.1", AddressScope.Private)]
    [InlineData("172.16.0.1", AddressScope.Private)]
    [InlineData("172.31.255.255", AddressScope.Private)]
    [InlineData("172.32.0.1", AddressScope.Public)]
    [InlineData("192.168.1.1", AddressScope.Private)]
    [InlineData("100.64.0.1", AddressScope.Private)]
    [InlineData("fd12:3456::1", AddressScope.Private)]
    [InlineData("::ffff:10.1.2.3", AddressScope.Private)]
    [InlineData("64:ff9b::a00:1", AddressScope.Private)]
    [InlineData("2002:7f00:1::1", AddressScope.Loopback)]
    [InlineData("2002:5db8:d822::1", AddressScope.Public)]
    [InlineData("169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("fe80::1", AddressScope.LinkLocal)]
    [InlineData("0.0.0.0", AddressScope.Reserved)]
    [InlineData("::", AddressScope.Reserved)]
    [InlineData("224.0.0.1", AddressScope.Reserved)]
    [InlineData("255.255.255.255", AddressScope.Reserved)]
    [InlineData("192.0.2.10", AddressScope.Reserved)]
    [InlineData("2001:db8::1", AddressScope.Reserved)]
    [InlineData("ff02::1", AddressScope.Reserved)]
    public void Classify_Address_ReturnsItsScope(string address, AddressScope expected) =>
        Assert.Equal(expected, AddressGuard.Classify(IPAddress.Parse(address)));

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
