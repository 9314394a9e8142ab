using System.Net;
using System.Net.Sockets;
using BrandWatch.Net;

namespace BrandWatch.Worker.Tests.Net;

/// <summary>The shared connect step of the crawler, the webhook sender and the RDAP and WHOIS clients.</summary>
public sealed class GuardedConnectTests
{
    [Theory]
    [InlineData("100::1", "discard-only (100::/64)")]
    [InlineData("3fff::1", "documentation (3fff::/20)")]
    [InlineData("3fff:fff:ffff::1", "documentation (3fff::/20)")]
    [InlineData("2001:2::1", "benchmarking (2001:2::/48)")]
    [InlineData("64:ff9b:1::808:808", "local-use NAT64 (64:ff9b:1::/48)")]
    [InlineData("64:ff9b:0:1::808:808", "unassigned NAT64 space (64:ff9b::/32 outside 64:ff9b::/96)")]
    public void Classify_ReservedIpv6Ranges_AreNotPublic(string address, string range)
    {
        var classified = AddressClassifier.Classify(IPAddress.Parse(address));

        Assert.NotEqual(AddressScope.Public, classified.Scope);
        Assert.Equal(range, classified.Range);
    }

    [Theory]
    [InlineData("64:ff9b::808:808", "Public")]
    [InlineData("64:ff9b::a00:1", "Private")]
    [InlineData("101::1", "Public")]
    [InlineData("2001:3::1", "Public")]
    [InlineData("4000::1", "Public")]
    public void Classify_NeighboursOfTheReservedRanges_KeepTheirScope(string address, string scope) =>
        Assert.Equal(scope, AddressClassifier.Classify(IPAddress.Parse(address)).Scope.ToString());

    [Theory]
    [InlineData("93.184.215.14", 443, false, false, null)]
    [InlineData("93.184.215.14", 80, false, false, null)]
    [InlineData("93.184.215.14", 25, false, false, "port 25 is not an allowed port (80, 443)")]
    [InlineData("93.184.215.14", 8080, false, false, "port 8080 is not an allowed port (80, 443)")]
    [InlineData("127.0.0.1", 443, false, false, "loopback (127.0.0.0/8)")]
    [InlineData("127.0.0.1", 5432, true, false, null)]
    [InlineData("10.1.2.3", 443, true, false, "private (10.0.0.0/8)")]
    [InlineData("10.1.2.3", 443, false, true, null)]
    [InlineData("10.1.2.3", 6379, false, true, "port 6379 is not an allowed port (80, 443)")]
    [InlineData("169.254.169.254", 80, false, true, null)]
    [InlineData("0.0.0.0", 80, true, true, "unspecified or \"this network\" (0.0.0.0/8)")]
    public void Refusal_AddressAndPort_FollowThePolicy(string address, int port, bool loopback, bool @private, string? refusal)
    {
        var policy = new ConnectPolicy { AllowLoopback = loopback, AllowPrivate = @private };

        Assert.Equal(refusal, policy.Refusal(IPAddress.Parse(address), port));
    }

    [Fact]
    public void Refusal_ConfiguredExtraPort_IsAllowed()
    {
        var policy = new ConnectPolicy { Ports = ConnectPolicy.WebPortsAnd([8443]) };

        Assert.Null(policy.Refusal(IPAddress.Parse("93.184.215.14"), 8443));
        Assert.NotNull(policy.Refusal(IPAddress.Parse("93.184.215.14"), 8444));
    }

    [Fact]
    public async Task Connect_UntrustedLoopbackEndpoint_IsRefusedWithoutDialling()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connect = new GuardedConnect(new ConnectPolicy { Ports = null });

        var refused = await Assert.ThrowsAsync<ConnectRefusedException>(async () => await connect.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken));

        Assert.Equal("loopback (127.0.0.0/8)", refused.Reason);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task Connect_NameResolvingToAPrivateAddress_IsRefused()
    {
        var connect = new GuardedConnect(new ConnectPolicy(), (_, _) => ValueTask.FromResult<IReadOnlyList<IPAddress>>([IPAddress.Parse("192.168.1.10")]));

        var refused = await Assert.ThrowsAsync<ConnectRefusedException>(async () => await connect.ConnectAsync("rebinding.example", 443, TestContext.Current.CancellationToken));

        Assert.Equal("private (192.168.0.0/16)", refused.Reason);
        Assert.Equal("rebinding.example", refused.Host);
    }

    [Fact]
    public async Task Connect_TrustedEndpointOnLoopback_IsDialledThoughLoopbackIsOff()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connect = new GuardedConnect(new ConnectPolicy { TrustedEndpoints = new HashSet<string> { ConnectPolicy.Endpoint("127.0.0.1", port) } });

        await using var stream = await connect.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
        using var accepted = await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken);

        Assert.True(accepted.Connected);
    }
}
