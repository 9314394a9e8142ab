using BrandWatch.Rules.Evidence;
using BrandWatch.Worker.Dns;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace BrandWatch.Worker.Tests.Dns;

public sealed class DnsInspectorTests(DnsmasqFixture dns) : IClassFixture<DnsmasqFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Inspect_FullyConfiguredDomain_RecordsEveryRecordType()
    {
        var evidence = await Inspector().InspectAsync("Example.TEST.", TestContext.Current.CancellationToken);

        Assert.Equal("example.test", evidence.Domain);
        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.Equal(["192.0.2.1"], evidence.A);
        Assert.Equal(["2001:db8::1"], evidence.Aaaa);
        Assert.Null(evidence.Cname);
        Assert.Equal(["ns1.example.test", "ns2.example.test"], evidence.NameServers);
        Assert.Equal(["mail.example.test", "backup-mail.example.test"], evidence.Mx);
        Assert.Equal("v=spf1 ip4:192.0.2.0/24 -all", evidence.Spf);
        Assert.Contains("site-verification=4f1c", evidence.Txt);
        Assert.Equal("v=DMARC1; p=reject; rua=mailto:dmarc@example.test", evidence.Dmarc);
        Assert.False(evidence.Wildcard);
        Assert.False(evidence.Parked);
        Assert.True(evidence.HasWebHost);
        Assert.True(evidence.ReceivesMail);
        Assert.Equal(Start, evidence.ObservedAt);
    }

    [Fact]
    public async Task Inspect_Alias_RecordsCanonicalName()
    {
        var evidence = await Inspector().InspectAsync("www.example.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.Equal("example.test", evidence.Cname);
        Assert.Equal(["192.0.2.1"], evidence.A);
    }

    [Theory]
    [InlineData("no-such-name.test", DnsOutcome.NxDomain)]
    [InlineData("servfail.invalid", DnsOutcome.ServFail)]
    [InlineData("outside-every-zone.example", DnsOutcome.Refused)]
    [InlineData("timeout.test", DnsOutcome.Timeout)]
    public async Task Inspect_FailingName_ReturnsDistinctOutcomeInsteadOfThrowing(string domain, DnsOutcome expected)
    {
        var evidence = await Inspector().InspectAsync(domain, TestContext.Current.CancellationToken);

        Assert.Equal(expected, evidence.Outcome);
        Assert.Empty(evidence.A);
        Assert.False(evidence.HasWebHost);
        Assert.Equal(expected, evidence.Queries["A " + domain]);
    }

    [Fact]
    public async Task Inspect_CatchAllZone_DetectsWildcard()
    {
        var evidence = await Inspector().InspectAsync("wild.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.True(evidence.Wildcard);
        Assert.Equal(["192.0.2.20"], evidence.A);
    }

    [Fact]
    public async Task Inspect_WildcardCheckSwitchedOff_LeavesWildcardUnknown()
    {
        var evidence = await Inspector(o => o.DetectWildcard = false).InspectAsync("wild.test", TestContext.Current.CancellationToken);

        Assert.Null(evidence.Wildcard);
    }

    [Theory]
    [InlineData("sedoparking.com", true, "sedoparking.com")]
    [InlineData("bodis.com", false, null)]
    public async Task Inspect_ParkingNameServers_MarkedParkedFromConfiguredList(string listed, bool parked, string? service)
    {
        var evidence = await Inspector(o =>
        {
            o.ParkingNameServers.Clear();
            o.ParkingNameServers.Add(listed);
        }).InspectAsync("parked.test", TestContext.Current.CancellationToken);

        Assert.Equal(["ns1.sedoparking.com", "ns2.sedoparking.com"], evidence.NameServers);
        Assert.Equal(parked, evidence.Parked);
        Assert.Equal(service, evidence.ParkingService);
    }

    [Fact]
    public async Task Inspect_MailOnlyDomain_ReceivesMailWithoutWebHost()
    {
        var evidence = await Inspector().InspectAsync("mailonly.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.Equal(["mx.mailonly.test"], evidence.Mx);
        Assert.False(evidence.HasWebHost);
        Assert.True(evidence.ReceivesMail);
        Assert.Null(evidence.Parked);
    }

    [Fact]
    public async Task Inspect_SecondCallWithinTtl_ServedFromCacheUntilTtlRunsOut()
    {
        var clock = new FakeTimeProvider(Start);
        var inspector = Inspector(clock: clock);
        var ct = TestContext.Current.CancellationToken;

        var first = await inspector.InspectAsync("example.test", ct);
        clock.Advance(TimeSpan.FromSeconds(299));
        var cached = await inspector.InspectAsync("example.test", ct);
        clock.Advance(TimeSpan.FromSeconds(2));
        var fresh = await inspector.InspectAsync("example.test", ct);

        Assert.Same(first, cached);
        Assert.Equal(Start.AddSeconds(301), fresh.ObservedAt);
    }

    [Fact]
    public async Task Inspect_Timeout_IsNotCached()
    {
        var inspector = Inspector(clock: new FakeTimeProvider(Start));
        var ct = TestContext.Current.CancellationToken;

        var first = await inspector.InspectAsync("timeout.test", ct);
        var second = await inspector.InspectAsync("timeout.test", ct);

        Assert.Equal(DnsOutcome.Timeout, second.Outcome);
        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task Inspect_NxDomain_CachedForNegativeCacheTime()
    {
        var clock = new FakeTimeProvider(Start);
        var inspector = Inspector(o => o.NegativeCacheTime = TimeSpan.FromSeconds(30), clock);
        var ct = TestContext.Current.CancellationToken;

        var first = await inspector.InspectAsync("no-such-name.test", ct);
        clock.Advance(TimeSpan.FromSeconds(29));
        var cached = await inspector.InspectAsync("no-such-name.test", ct);
        clock.Advance(TimeSpan.FromSeconds(2));
        var fresh = await inspector.InspectAsync("no-such-name.test", ct);

        Assert.Same(first, cached);
        Assert.NotSame(first, fresh);
    }

    [Fact]
    public async Task Inspect_UnicodeName_AskedInPunycode()
    {
        var evidence = await Inspector().InspectAsync("раypal.test", TestContext.Current.CancellationToken);

        Assert.Equal("xn--ypal-43d9g.test", evidence.Domain);
        Assert.Equal(DnsOutcome.NxDomain, evidence.Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space.test")]
    [InlineData("user@example.test")]
    public async Task Inspect_NotADomainName_ReturnsErrorOutcome(string domain)
    {
        var evidence = await Inspector().InspectAsync(domain, TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Error, evidence.Outcome);
        Assert.Empty(evidence.Queries);
    }

    [Fact]
    public async Task Inspect_FirstNameServerSilent_AnswerComesFromTheNext()
    {
        var options = Options.Create(new DnsInspectorOptions
        {
            NameServers = [dns.SilentNameServer, dns.NameServer],
            Timeout = TimeSpan.FromMilliseconds(300),
            Retries = 0,
        });

        var evidence = await new DnsInspector(options).InspectAsync("example.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.Equal(["192.0.2.1"], evidence.A);
    }

    [Theory]
    [InlineData("127.0.0.1:5353", "127.0.0.1", 5353)]
    [InlineData("9.9.9.9", "9.9.9.9", 53)]
    [InlineData("[::1]:5300", "::1", 5300)]
    [InlineData("2001:db8::53", "2001:db8::53", 53)]
    public void ParseNameServer_AddressWithOptionalPort_GivesEndpoint(string entry, string address, int port)
    {
        var server = DnsNameServers.ParseOne(entry);

        Assert.Equal(address, server.Address);
        Assert.Equal(port, server.Port);
    }

    [Theory]
    [InlineData("dns.example.com")]
    [InlineData("127.0.0.1:notaport")]
    public void ParseNameServer_NotAnAddress_Throws(string entry) =>
        Assert.Throws<FormatException>(() => DnsNameServers.ParseOne(entry));

    [Fact]
    public async Task Inspect_NameTheConfirmingResolverStillAnswers_IsDisputedNotGone()
    {
        // The first resolver no longer knows the name; an independent one still answers it (a stale or filtered view).
        using var confirming = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["no-such-name.test"] = "192.0.2.77" });
        var inspector = Inspector(o => o.ConfirmingNameServers.Add($"127.0.0.1:{confirming.Port}"));

        var evidence = await inspector.InspectAsync("no-such-name.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Disputed, evidence.Outcome);
        Assert.Equal(DnsOutcome.NxDomain, evidence.Queries["A no-such-name.test"]);
        Assert.Equal(DnsOutcome.Resolved, evidence.Queries["A no-such-name.test (confirming)"]);
        Assert.Equal(BrandWatch.Rules.Presence.PresenceState.Unknown, BrandWatch.Rules.Presence.PresenceObservation.Of(evidence, [], Start).State);
    }

    [Fact]
    public async Task Inspect_NameNeitherResolverKnows_IsNxDomainConfirmed()
    {
        using var confirming = await Dnsmasq.StartAsync(new Dictionary<string, string> { ["elsewhere.test"] = "192.0.2.78" });
        var inspector = Inspector(o => o.ConfirmingNameServers.Add($"127.0.0.1:{confirming.Port}"));

        var evidence = await inspector.InspectAsync("no-such-name.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.NxDomain, evidence.Outcome);
        Assert.Contains(evidence.Queries["A no-such-name.test (confirming)"], new[] { DnsOutcome.NxDomain, DnsOutcome.NoData });
        Assert.Equal(BrandWatch.Rules.Presence.PresenceState.Gone, BrandWatch.Rules.Presence.PresenceObservation.Of(evidence, [], Start).State);
    }

    [Fact]
    public async Task Inspect_ConfirmingResolverThatCannotBeAsked_LeavesTheLookDisputed()
    {
        // A socket this test holds and never reads: queries sent there get no answer.
        using var silent = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var port = ((System.Net.IPEndPoint)silent.Client.LocalEndPoint!).Port;
        var inspector = Inspector(o =>
        {
            o.ConfirmingNameServers.Add($"127.0.0.1:{port}");
            o.Timeout = TimeSpan.FromMilliseconds(300);
        });

        var evidence = await inspector.InspectAsync("no-such-name.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Disputed, evidence.Outcome);
        Assert.Equal(DnsOutcome.NxDomain, evidence.Queries["A no-such-name.test"]);
    }

    [Fact]
    public async Task Inspect_ResolvedName_AsksNoConfirmingResolver()
    {
        var inspector = Inspector(o => o.ConfirmingNameServers.Add("127.0.0.1:9")); // would time out if asked

        var evidence = await inspector.InspectAsync("example.test", TestContext.Current.CancellationToken);

        Assert.Equal(DnsOutcome.Resolved, evidence.Outcome);
        Assert.DoesNotContain(evidence.Queries.Keys, k => k.EndsWith("(confirming)", StringComparison.Ordinal));
    }

    private DnsInspector Inspector(Action<DnsInspectorOptions>? configure = null, TimeProvider? clock = null)
    {
        var options = new DnsInspectorOptions
        {
            NameServers = [dns.NameServer],
            // Long enough that a loopback answer on a cold, busy CI machine is never read as a timeout; the
            // timeout.test cases wait this long once each.
            Timeout = TimeSpan.FromSeconds(3),
            Retries = 0,
        };
        configure?.Invoke(options);
        return new DnsInspector(Options.Create(options), clock ?? new FakeTimeProvider(Start));
    }
}
