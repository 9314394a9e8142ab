using BrandWatch.Rules.Enforcement;

namespace BrandWatch.Rules.Tests.Enforcement;

public sealed class RdapContactsTests
{
    private static string Data(params string[] parts) => BrandWatch.Rules.Tests.Domains.RepoData.Text(["tests", .. parts]);

    [Fact]
    public void RegistrarAbuse_InADomainAnswer_GivesTheNestedAbuseEntitysEmailAndPhone()
    {
        var json = Data("BrandWatch.Worker.Tests", "TestData", "rdap", "registry", "paypal-login.com.json");

        var abuse = RdapContacts.RegistrarAbuse(json);

        Assert.NotNull(abuse);
        Assert.Equal("abuse@registrar.example", abuse.Email);
        Assert.Equal("+1.5555550100", abuse.Phone);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"objectClassName": "domain", "entities": [{"roles": ["registrant"]}]}""")]
    public void RegistrarAbuse_WithoutAnAbuseEntity_IsNull(string? json) =>
        Assert.Null(RdapContacts.RegistrarAbuse(json));

    [Theory]
    [InlineData("ip-network-v4.json", "192.0.2.10", "NET-192-0-2-0-1", "192.0.2.0", "Example Hosting B.V.", "abuse@hosting.example", "+31.205550100")]
    [InlineData("ip-network-v6.json", "2001:db8::10", "2001:db8::/32", "2001:db8::", "Six Networks Ltd", "abuse@v6.example", null)]
    public void Network_ReadsHandleRangeHolderAndAbuseContact(string file, string address, string handle, string start, string holder, string email, string? phone)
    {
        var network = RdapContacts.Network(Data("BrandWatch.Rules.Tests", "Enforcement", "TestData", file), address, "http://127.0.0.1/ip/" + address);

        Assert.Equal(address, network.Address);
        Assert.Equal(handle, network.Handle);
        Assert.Equal(start, network.StartAddress);
        Assert.Equal(holder, network.Holder);
        Assert.Equal(email, network.Abuse?.Email);
        Assert.Equal(phone, network.Abuse?.Phone);
        Assert.Null(network.Failure);
    }

    [Theory]
    [InlineData("not json", "not a JSON object")]
    [InlineData("""{"objectClassName": "domain", "ldhName": "x.com"}""", "'domain' object, not an ip network")]
    [InlineData("""{"objectClassName": "ip network"}""", "neither a handle nor an address range")]
    public void Network_OfAnAnswerThatIsNoIpNetwork_IsAFormatErrorSayingWhy(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RdapContacts.Network(json, "192.0.2.10", null));

        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("ip-network-v4.json", new long[] { 64500, 64501 })]
    [InlineData("ip-network-v6.json", null)]
    public void Network_ReadsTheOriginAutnumsOnceEachWhenTheRegistryNamesThem(string file, long[]? expected)
    {
        var network = RdapContacts.Network(Data("BrandWatch.Rules.Tests", "Enforcement", "TestData", file), "192.0.2.10", null);

        Assert.Equal(expected, network.OriginAutnums);
    }

    [Fact]
    public void AutonomousSystem_ReadsHandleNameHolderAndAbuseContact()
    {
        var system = RdapContacts.AutonomousSystem(Data("BrandWatch.Rules.Tests", "Enforcement", "TestData", "autnum.json"), 64500, "http://127.0.0.1/autnum/64500");

        Assert.Equal(64500, system.Number);
        Assert.Equal("AS64500", system.Handle);
        Assert.Equal("EXAMPLE-HOSTING-AS", system.Name);
        Assert.Equal("Example Hosting B.V.", system.Holder);
        Assert.Equal("noc-abuse@hosting.example", system.Abuse?.Email);
        Assert.Equal("+31.205550199", system.Abuse?.Phone);
        Assert.Equal("http://127.0.0.1/autnum/64500", system.Server);
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{"objectClassName": "ip network", "handle": "NET-1"}""", "'ip network' object, not an autnum")]
    [InlineData("""{"objectClassName": "autnum"}""", "neither a handle nor an AS number range")]
    [InlineData("""{"objectClassName": "autnum", "startAutnum": 100, "endAutnum": 199}""", "covers AS100–AS199, not AS64500")]
    public void AutonomousSystem_OfAnAnswerThatIsNoMatchingAutnum_IsAFormatErrorSayingWhy(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RdapContacts.AutonomousSystem(json, 64500, null));

        Assert.Contains(reason, error.Message);
    }
}
