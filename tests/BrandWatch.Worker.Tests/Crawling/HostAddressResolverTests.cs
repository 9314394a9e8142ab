using System.Globalization;
using BrandWatch.Worker.Crawling;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Crawling;

/// <summary>The safe fetcher resolving names through the configured name servers (a real dnsmasq), guard included.</summary>
public sealed class HostAddressResolverTests
{
    private static readonly Dictionary<string, string> Zone = new()
    {
        ["evidence-only.test"] = "127.0.0.1",
        ["internal.test"] = "10.1.2.3",
        ["metadata.test"] = "169.254.169.254",
    };

    [Fact]
    public async Task Fetch_NameOnlyTheConfiguredServersKnow_ConnectsToTheAddressTheyAnswer()
    {
        using var dns = await Dnsmasq.StartAsync(Zone);
        await using var site = await StartSiteAsync();

        var result = await Fetch(dns, Url("evidence-only.test", site, "/"), allowLoopback: true);

        Assert.Equal(FetchError.None, result.Error);
        Assert.Equal(200, result.Status);
        Assert.Equal("host evidence-only.test", result.Text);
    }

    [Theory]
    [InlineData("internal.test", true)]
    [InlineData("metadata.test", true)]
    [InlineData("evidence-only.test", false)]
    public async Task Fetch_NameResolvingToAGuardedAddress_IsBlockedBeforeConnecting(string host, bool allowLoopback)
    {
        using var dns = await Dnsmasq.StartAsync(Zone);
        await using var site = await StartSiteAsync();

        var result = await Fetch(dns, Url(host, site, "/"), allowLoopback);

        Assert.Equal(FetchError.BlockedAddress, result.Error);
        Assert.Null(result.Status);
    }

    [Fact]
    public async Task Fetch_RedirectToANameResolvingToAPrivateAddress_IsBlockedAtThatHop()
    {
        using var dns = await Dnsmasq.StartAsync(Zone);
        await using var site = await StartSiteAsync();

        var result = await Fetch(dns, Url("evidence-only.test", site, "/go"), allowLoopback: true);

        Assert.Equal(FetchError.BlockedAddress, result.Error);
        var hop = Assert.Single(result.RedirectChain);
        Assert.Equal(302, hop.Status);
        Assert.Equal(Url("internal.test", site, "/").AbsoluteUri, result.FinalUrl);
    }

    [Fact]
    public async Task Fetch_NameTheConfiguredServersDoNotKnow_IsADnsFailure()
    {
        using var dns = await Dnsmasq.StartAsync(Zone);
        await using var site = await StartSiteAsync();

        var result = await Fetch(dns, Url("nowhere.test", site, "/"), allowLoopback: true);

        Assert.Equal(FetchError.DnsFailure, result.Error);
    }

    [Fact]
    public async Task Resolve_ConfiguredServers_ReturnsTheirAnswerAndNothingForUnknownNames()
    {
        using var dns = await Dnsmasq.StartAsync(Zone);
        var resolver = Resolver(dns);

        var known = await resolver.ResolveAsync("internal.test", TestContext.Current.CancellationToken);
        var unknown = await resolver.ResolveAsync("nowhere.test", TestContext.Current.CancellationToken);

        Assert.Equal(["10.1.2.3"], known.Select(a => a.ToString()));
        Assert.Empty(unknown);
    }

    private static DnsHostAddressResolver Resolver(Dnsmasq dns) =>
        new(Options.Create(new DnsInspectorOptions { NameServers = [$"127.0.0.1:{dns.Port}"], Timeout = TimeSpan.FromSeconds(2) }));

    private static Task<FetchResult> Fetch(Dnsmasq dns, Uri url, bool allowLoopback) =>
        new SafePageFetcher(Options.Create(new PageFetcherOptions { AllowLoopback = allowLoopback, ConnectTimeout = TimeSpan.FromSeconds(5) }), resolver: Resolver(dns))
            .FetchAsync(url, TestContext.Current.CancellationToken);

    private static Uri Url(string host, LoopbackServer site, string path) =>
        new($"http://{host}:{site.Address.Port.ToString(CultureInfo.InvariantCulture)}{path}");

    private static Task<LoopbackServer> StartSiteAsync() => LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/", (HttpContext context) => Results.Text("host " + context.Request.Host.Host));
        app.MapGet("/go", (HttpContext context) => Results.Redirect($"http://internal.test:{context.Request.Host.Port}/"));
    });
}
