using System.Net;
using BrandWatch.Worker.Registration;

namespace BrandWatch.Worker.Tests.Registration;

public sealed class RdapNumberBootstrapTests
{
    private const string Ipv4 = """
        {"version": "1.0", "publication": "2026-01-10T00:00:00Z", "services": [
          [["41.0.0.0/8", "102.0.0.0/8"], ["https://rdap.africa.test/rdap/", "http://rdap.africa.test/rdap/"]],
          [["192.0.0.0/8"], ["http://rdap.wide.test"]],
          [["192.0.2.0/24"], ["https://rdap.narrow.test/"]]]}
        """;

    private const string Ipv6 = """
        {"version": "1.0", "services": [[["2001:200::/23", "2c00::/12"], ["https://rdap.six.test/"]]]}
        """;

    private const string Asn = """
        {"version": "1.0", "services": [[["1-1876", "2045", "64496-64511"], ["https://rdap.as.test/"]]]}
        """;

    [Theory]
    [InlineData("41.1.2.3", "https://rdap.africa.test/rdap/")] // HTTPS preferred over HTTP
    [InlineData("192.0.2.10", "https://rdap.narrow.test/")] // the longest prefix wins
    [InlineData("192.168.1.1", "http://rdap.wide.test/")] // a trailing slash is added
    [InlineData("::ffff:192.0.2.10", "https://rdap.narrow.test/")] // an IPv4-mapped IPv6 address is its IPv4 address
    [InlineData("2001:200::1", "https://rdap.six.test/")]
    [InlineData("8.8.8.8", null)]
    [InlineData("2a00::1", null)]
    public void Find_Address_GivesTheServiceOfTheLongestMatchingPrefix(string address, string? expected)
    {
        var bootstrap = RdapNumberBootstrap.Parse(Ipv4, Ipv6, Asn);

        Assert.Equal(expected, bootstrap.Find(IPAddress.Parse(address))?.AbsoluteUri);
    }

    [Theory]
    [InlineData(1, "https://rdap.as.test/")]
    [InlineData(1876, "https://rdap.as.test/")]
    [InlineData(2045, "https://rdap.as.test/")]
    [InlineData(64500, "https://rdap.as.test/")]
    [InlineData(1877, null)]
    [InlineData(4200000000, null)]
    public void Find_AsNumber_GivesTheServiceOfTheRangeThatHoldsIt(long asn, string? expected) =>
        Assert.Equal(expected, RdapNumberBootstrap.Parse(Ipv4, Ipv6, Asn).Find(asn)?.AbsoluteUri);

    [Theory]
    [InlineData("not json", "not an RDAP bootstrap file")]
    [InlineData("""{"version": "1.0"}""", "no \"services\" array")]
    [InlineData("""{"services": [[["192.0.2.0/33"], ["https://x.test/"]]]}""", "'192.0.2.0/33' is not an address prefix")]
    [InlineData("""{"services": [[["10-5"], ["https://x.test/"]]]}""", "'10-5' is neither an address prefix nor an AS number range")]
    [InlineData("""{"services": [[["com"], ["https://x.test/"]]]}""", "'com' is neither")]
    public void Parse_FileThatIsNoNumberBootstrap_IsAFormatErrorNamingTheEntry(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RdapNumberBootstrap.Parse(json));

        Assert.Contains(reason, error.Message);
    }
}
