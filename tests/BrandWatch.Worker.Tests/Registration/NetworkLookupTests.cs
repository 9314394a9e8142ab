using System.Text.Json;
using BrandWatch.Rules.Evidence;
using BrandWatch.Testing;
using BrandWatch.Worker.Registration;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Registration;

/// <summary>IP and AS RDAP through number bootstrap files (RFC 9224 layout) that send the test ranges to a loopback server.</summary>
public sealed class NetworkLookupTests(LoopbackNumberRdapServer server) : IClassFixture<LoopbackNumberRdapServer>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Lookup_Ipv4Address_GivesTheNetworkItsHolderAbuseDeskAndOriginAs()
    {
        var network = Assert.Single(await Lookup(["192.0.2.10"]));

        Assert.Null(network.Failure);
        Assert.Equal("NET-192-0-2-0-1", network.Handle);
        Assert.Equal("192.0.2.0", network.StartAddress);
        Assert.Equal("192.0.2.255", network.EndAddress);
        Assert.Equal("Example Hosting B.V.", network.Holder);
        Assert.Equal("abuse@hosting.example", network.Abuse?.Email);
        Assert.Equal(server.RirUrl + "ip/192.0.2.10", network.Server);
        var system = Assert.IsType<AutonomousSystemEvidence>(network.AutonomousSystem);
        Assert.Equal(64500, system.Number);
        Assert.Equal("EXAMPLE-HOSTING-AS", system.Name);
        Assert.Equal("Example Hosting B.V.", system.Holder);
        Assert.Equal("noc-abuse@hosting.example", system.Abuse?.Email);
        Assert.Equal(server.RirUrl + "autnum/64500", system.Server);
    }

    [Fact]
    public async Task Lookup_Ipv6Address_GivesItsNetworkFromTheIpv6Bootstrap()
    {
        var network = Assert.Single(await Lookup(["2001:db8::10"]));

        Assert.Null(network.Failure);
        Assert.Equal("2001:db8::/32", network.Handle);
        Assert.Equal("Six Networks Ltd", network.Holder);
        Assert.Equal("abuse@v6.example", network.Abuse?.Email);
        Assert.Null(network.AutonomousSystem); // the answer names no origin AS
    }

    [Theory]
    [InlineData("192.0.2.99", "not-found")] // the registry knows no such network
    [InlineData("198.51.100.7", "no-service")] // no bootstrap entry holds it
    [InlineData("203.0.113.5", "unavailable")] // the registry the bootstrap names answers 503
    [InlineData("not-an-address", "malformed")]
    public async Task Lookup_AddressWithoutAnAnswer_KeepsTheAddressWithTheReason(string address, string failure)
    {
        var network = Assert.Single(await Lookup([address]));

        Assert.Equal(address, network.Address);
        Assert.Equal(failure, network.Failure);
        Assert.Null(network.Holder);
    }

    [Fact]
    public async Task Lookup_WithoutLoopbackAllowed_TheGuardRefusesTheServiceTheBootstrapNames()
    {
        var network = Assert.Single(await Lookup(["192.0.2.10"], allowLoopback: false));

        Assert.Equal("refused", network.Failure);
    }

    [Fact]
    public async Task Lookup_SameAddressTwiceAndOnceMoreLater_AsksTheRegistryOnceAndTheAsOnce()
    {
        var lookup = Build();
        var before = server.RequestsFor("rir/ip/192.0.2.11");
        var beforeAs = server.RequestsFor("rir/autnum/64500");

        var first = await lookup.LookupAsync(["192.0.2.11", "192.0.2.11"], TestContext.Current.CancellationToken);
        var second = await lookup.LookupAsync(["192.0.2.11"], TestContext.Current.CancellationToken);

        Assert.Single(first);
        Assert.Equal(first[0], second[0]);
        Assert.Equal(before + 1, server.RequestsFor("rir/ip/192.0.2.11"));
        Assert.True(server.RequestsFor("rir/autnum/64500") <= beforeAs + 1);
    }

    [Fact]
    public async Task Lookup_ManyAddresses_StopsAtTheConfiguredNumber()
    {
        var networks = await Lookup(["192.0.2.10", "192.0.2.99", "2001:db8::10"], configure: o => o.MaxNetworkLookups = 2);

        Assert.Equal(["192.0.2.10", "192.0.2.99"], networks.Select(n => n.Address));
    }

    [Fact]
    public async Task Lookup_BootstrapFilesWrittenAfterStart_AreReadWithoutARestart()
    {
        var lookup = Build(writeBootstraps: false);
        Assert.Equal("no-service", Assert.Single(await lookup.LookupAsync(["192.0.2.10"], TestContext.Current.CancellationToken)).Failure);

        WriteBootstraps();

        Assert.Null(Assert.Single(await lookup.LookupAsync(["192.0.2.10"], TestContext.Current.CancellationToken)).Failure);
    }

    [Fact]
    public async Task Lookup_BootstrapFileBrokenByARefresh_KeepsTheOneInUse()
    {
        var lookup = Build();
        Assert.Null(Assert.Single(await lookup.LookupAsync(["2001:db8::10"], TestContext.Current.CancellationToken)).Failure);

        await File.WriteAllTextAsync(_folder.File("ipv6.json"), "{\"services\": [[[\"2001:db8::/32\"]", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(_folder.File("ipv6.json"), DateTime.UtcNow.AddMinutes(1));

        Assert.Null(Assert.Single(await lookup.LookupAsync(["2001:db8::10"], TestContext.Current.CancellationToken)).Failure);
    }

    private async Task<IReadOnlyList<NetworkEvidence>> Lookup(string[] addresses, bool allowLoopback = true, Action<RegistrationOptions>? configure = null) =>
        await Build(allowLoopback, configure: configure).LookupAsync(addresses, TestContext.Current.CancellationToken);

    private NetworkLookup Build(bool allowLoopback = true, bool writeBootstraps = true, Action<RegistrationOptions>? configure = null)
    {
        if (writeBootstraps)
        {
            WriteBootstraps();
        }

        var services = new ServiceCollection();
        services.AddRegistrationLookup(o =>
        {
            o.Ipv4BootstrapFile = _folder.File("ipv4.json");
            o.Ipv6BootstrapFile = _folder.File("ipv6.json");
            o.AsnBootstrapFile = _folder.File("asn.json");
            o.AllowLoopback = allowLoopback;
            o.MaxRetries = 0;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider().GetRequiredService<NetworkLookup>();
    }

    /// <summary>
    /// 192.0.0.0/8 belongs to a registry that is down, but the longer 192.0.2.0/24 sends the test network to the one
    /// that answers: only the longest matching prefix may be asked.
    /// </summary>
    private void WriteBootstraps()
    {
        Write("ipv4.json", [(["192.0.0.0/8", "203.0.113.0/24"], server.DownUrl), (["192.0.2.0/24"], server.RirUrl)]);
        Write("ipv6.json", [(["2001:db8::/32"], server.RirUrl)]);
        Write("asn.json", [(["64496-64511"], server.RirUrl)]);
    }

    private void Write(string name, (string[] Entries, string Url)[] services)
    {
        var json = JsonSerializer.Serialize(new
        {
            description = "RDAP bootstrap file for the BrandWatch tests",
            publication = "2026-01-10T00:00:00Z",
            services = services.Select(s => new object[] { s.Entries, new[] { s.Url } }),
            version = "1.0",
        });
        File.WriteAllText(_folder.File(name), json);
    }
}
