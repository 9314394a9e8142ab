using System.Globalization;
using BrandWatch.Worker.Registration;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Registration;

public sealed class RegistrationLookupTests(RegistrationServersFixture servers) : IClassFixture<RegistrationServersFixture>
{
    [Fact]
    public async Task Lookup_FullRdapAnswer_ExtractsDatesRegistrarAndRegistrant()
    {
        var result = await Lookup("paypal-login.example");

        var evidence = Assert.IsType<BrandWatch.Rules.Evidence.RegistrationEvidence>(result.Evidence);
        Assert.Equal("rdap", evidence.Source);
        Assert.Equal(Utc("2025-12-30T08:15:00Z"), evidence.Registered);
        Assert.Equal(Utc("2026-12-30T08:15:00Z"), evidence.Expires);
        Assert.Equal(Utc("2026-01-02T10:00:00Z"), evidence.LastChanged);
        Assert.Equal(Utc("2026-01-01T09:00:00Z"), evidence.Transferred);
        Assert.Equal("Example Registrar, Inc.", evidence.RegistrarName);
        Assert.Equal("9999", evidence.RegistrarIanaId);
        Assert.Equal("abuse@registrar.example", evidence.RegistrarAbuseEmail);
        Assert.Equal("Lookalike Holdings Ltd", evidence.RegistrantOrganisation);
        Assert.Equal("GB", evidence.RegistrantCountry);
        Assert.Equal("owner@lookalike-holdings.example", evidence.RegistrantEmail);
        Assert.Null(evidence.PrivacyService);
        Assert.False(evidence.Redacted);
        Assert.Equal(["client transfer prohibited", "client delete prohibited"], evidence.Statuses);
        Assert.Equal(["ns1.hosting.example", "ns2.hosting.example"], evidence.NameServers);
        Assert.Contains("\"PAYPAL-LOGIN.EXAMPLE\"", evidence.Raw, StringComparison.Ordinal);
        Assert.Equal([servers.Rdap.RegistryUrl + "domain/paypal-login.example"], evidence.Servers);
    }

    [Fact]
    public async Task Lookup_RedactedRdapAnswer_MarksRedactedAndKeepsOnlyWhatIsShown()
    {
        var evidence = (await Lookup("redacted.example")).Evidence!;

        Assert.True(evidence.Redacted);
        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.RegistrantEmail);
        Assert.Equal("DE", evidence.RegistrantCountry);
        Assert.Null(evidence.PrivacyService);
        Assert.Equal("Redacting Registrar GmbH", evidence.RegistrarName);
    }

    [Fact]
    public async Task Lookup_PrivacyProxyRdapAnswer_NamesTheServiceAndDropsItsAddress()
    {
        var evidence = (await Lookup("proxied.example")).Evidence!;

        Assert.Equal("Domains By Proxy, LLC", evidence.PrivacyService);
        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.RegistrantCountry);
        Assert.Equal("proxied.example@domainsbyproxy.example", evidence.RegistrantEmail);
        Assert.Equal("146", evidence.RegistrarIanaId);
    }

    [Fact]
    public async Task Lookup_PrivacyNamesConfigured_OnlyThoseCount()
    {
        var evidence = (await Lookup("proxied.example", o =>
        {
            o.PrivacyServiceNames.Clear();
            o.PrivacyServiceNames.Add("WhoisGuard");
        })).Evidence!;

        Assert.Null(evidence.PrivacyService);
        Assert.Equal("Domains By Proxy, LLC", evidence.RegistrantOrganisation);
    }

    [Fact]
    public async Task Lookup_ThinRegistryAnswer_FollowsRegistrarLinkForRegistrant()
    {
        var evidence = (await Lookup("thin.example")).Evidence!;

        Assert.Equal("Schein Handels GmbH", evidence.RegistrantOrganisation);
        Assert.Equal("DE", evidence.RegistrantCountry);
        Assert.Equal(Utc("2026-01-05T00:05:00Z"), evidence.LastChanged); // the registry's date, not the registrar's
        Assert.Equal([servers.Rdap.RegistryUrl + "domain/thin.example", servers.Rdap.RegistrarUrl + "domain/thin.example"], evidence.Servers);
        Assert.Contains("Schein Handels GmbH", evidence.RegistrarRaw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ThinRegistryAnswerWithFollowingOff_KeepsRegistryAnswerOnly()
    {
        var evidence = (await Lookup("thin.example", o => o.FollowRegistrarLink = false)).Evidence!;

        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.RegistrarRaw);
        Assert.Equal("Thin Registrar Ltd", evidence.RegistrarName);
    }

    [Fact]
    public async Task Lookup_429WithRetryAfter_WaitsAndRetries()
    {
        var result = await Lookup("ratelimited.example");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(2, servers.Rdap.RequestsFor("registry/ratelimited.example"));
    }

    [Fact]
    public async Task Lookup_RetryAfterBeyondMaximum_ReportsRateLimitedWithoutRetrying()
    {
        var result = await Lookup("busy.example");

        Assert.Equal(RegistrationFailure.RateLimited, result.Failure);
        Assert.Contains("Retry-After 3600", result.Detail, StringComparison.Ordinal);
        Assert.Equal(1, servers.Rdap.RequestsFor("registry/busy.example"));
    }

    [Fact]
    public async Task Lookup_ServerErrorEveryTime_RetriesABoundedNumberOfTimes()
    {
        var result = await Lookup("broken.example", o => o.MaxRetries = 2);

        Assert.Equal(RegistrationFailure.Unavailable, result.Failure);
        Assert.Equal(3, servers.Rdap.RequestsFor("registry/broken.example"));
    }

    [Theory]
    [InlineData("malformed.example", RegistrationFailure.Malformed)]
    [InlineData("nameserver-object.example", RegistrationFailure.Malformed)]
    [InlineData("never-registered.example", RegistrationFailure.NotFound)]
    [InlineData("not a domain", RegistrationFailure.InvalidDomain)]
    [InlineData("localhost", RegistrationFailure.InvalidDomain)]
    public async Task Lookup_BadOrMissingAnswer_ReportsFailureValue(string domain, RegistrationFailure expected)
    {
        var result = await Lookup(domain);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Failure);
        Assert.False(string.IsNullOrEmpty(result.Detail));
    }

    [Fact]
    public async Task Lookup_MalformedBody_IsNotRetried()
    {
        var before = servers.Rdap.RequestsFor("registry/malformed.example");

        await Lookup("malformed.example");

        Assert.Equal(before + 1, servers.Rdap.RequestsFor("registry/malformed.example"));
    }

    [Fact]
    public async Task Lookup_ManyAtOnce_NeverMoreInFlightPerServerThanConfigured()
    {
        var lookup = Build(o => o.MaxConcurrentRequestsPerServer = 2);
        var ct = TestContext.Current.CancellationToken;

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => lookup.LookupAsync($"slow-{i}.example", ct)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Detail));
        Assert.Equal(2, servers.Rdap.MaxInFlight);
    }

    [Fact]
    public async Task Lookup_TldWithoutRdap_AsksIanaThenRegistryThenRegistrarWhois()
    {
        var result = await Lookup("paypal-secure.test");

        var evidence = result.Evidence!;
        Assert.Equal("whois", evidence.Source);
        Assert.Equal(Utc("2026-01-08T15:58:40Z"), evidence.Registered);
        Assert.Equal(Utc("2027-01-08T15:58:40Z"), evidence.Expires);
        Assert.Equal(Utc("2026-01-08T16:02:11Z"), evidence.LastChanged);
        Assert.Equal("Example Registrar, LLC", evidence.RegistrarName);
        Assert.Equal("4321", evidence.RegistrarIanaId);
        Assert.Equal("abuse@registrar.test", evidence.RegistrarAbuseEmail);
        Assert.Equal(["clientTransferProhibited", "serverHold"], evidence.Statuses);
        Assert.Equal(["ns1.bulletproof.test", "ns2.bulletproof.test"], evidence.NameServers);
        Assert.Equal("Withheld for Privacy ehf", evidence.PrivacyService);
        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.RegistrantCountry);
        Assert.True(evidence.Redacted);
        Assert.Equal(["whois.nic.test", "whois.registrar.test"], evidence.Servers);
        Assert.Contains("Registrar WHOIS Server: whois.registrar.test", evidence.Raw, StringComparison.Ordinal);
        Assert.Contains("Registrant Country: IS", evidence.RegistrarRaw, StringComparison.Ordinal);
        Assert.Contains("test", servers.Iana.Received);
    }

    [Fact]
    public async Task Lookup_CnnicStyleWhois_ReadsRegistrantAndTimes()
    {
        var evidence = (await Lookup("jingdong-mall.test")).Evidence!;

        Assert.Equal("深圳市某某贸易有限公司", evidence.RegistrantOrganisation);
        Assert.Equal("trade@jingdong-mall.test", evidence.RegistrantEmail);
        Assert.Equal("示例注册服务机构", evidence.RegistrarName);
        Assert.Equal(Utc("2026-01-09T10:20:30Z"), evidence.Registered);
        Assert.Equal(Utc("2027-01-09T10:20:30Z"), evidence.Expires);
        Assert.Equal(["ok"], evidence.Statuses);
    }

    [Fact]
    public async Task Lookup_NominetStyleWhois_ReadsIndentedBlocks()
    {
        var evidence = (await Lookup("bodyshop-outlet.test")).Evidence!;

        Assert.Equal(Utc("2026-01-03T00:00:00Z"), evidence.Registered);
        Assert.Equal(Utc("2027-01-03T00:00:00Z"), evidence.Expires);
        Assert.Equal(Utc("2026-01-04T00:00:00Z"), evidence.LastChanged);
        Assert.Equal("Test Names Ltd t/a Test Names [Tag = TESTNAMES]", evidence.RegistrarName);
        Assert.Equal(["ns1.testnames.example", "ns2.testnames.example"], evidence.NameServers);
    }

    [Theory]
    [InlineData("unregistered.test", RegistrationFailure.NotFound)]
    [InlineData("busy.test", RegistrationFailure.RateLimited)]
    public async Task Lookup_WhoisRefusal_ReportsFailureValue(string domain, RegistrationFailure expected)
    {
        var result = await Lookup(domain);

        Assert.Equal(expected, result.Failure);
    }

    [Fact]
    public async Task Lookup_TldInServerTable_SkipsIana()
    {
        var before = servers.Iana.Queries;

        var result = await Lookup("bodyshop-outlet.test", o => o.WhoisServers["test"] = "whois.nic.test");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(before, servers.Iana.Queries);
    }

    [Fact]
    public async Task Lookup_TldUnknownToIana_ReportsNoService()
    {
        var result = await Lookup("brand.nowhere");

        Assert.Equal(RegistrationFailure.NoService, result.Failure);
    }

    [Fact]
    public async Task Lookup_WhoisServerUnreachable_ReportsUnavailable()
    {
        using var closed = new ClosedPort();
        var result = await Lookup("paypal-secure.test", o => o.WhoisEndpoints["whois.nic.test"] = Endpoint(closed));

        Assert.Equal(RegistrationFailure.Unavailable, result.Failure);
    }

    [Fact]
    public async Task Lookup_RdapTooSlow_ReportsTimeout()
    {
        var result = await Lookup("sluggish.example", o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetries = 1;
        });

        Assert.Equal(RegistrationFailure.Timeout, result.Failure);
        Assert.Equal(2, servers.Rdap.RequestsFor("registry/sluggish.example"));
    }

    [Fact]
    public async Task Lookup_WhoisServerSilent_ReportsTimeoutAfterBoundedRetries()
    {
        var before = servers.Registry.Queries;

        var result = await Lookup("silent.test", o =>
        {
            o.WhoisTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetries = 1;
        });

        Assert.Equal(RegistrationFailure.Timeout, result.Failure);
        Assert.Equal(before + 2, servers.Registry.Queries);
    }

    [Fact]
    public async Task Lookup_RdapServiceUnreachable_FallsBackToWhois()
    {
        using var closed = new ClosedPort();
        var result = await Lookup("paypal-secure.test", o => o.RdapBaseUrls["test"] = "http://" + Endpoint(closed) + "/rdap/");

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("whois", result.Evidence!.Source);
    }

    private async Task<RegistrationLookupResult> Lookup(string domain, Action<RegistrationOptions>? configure = null) =>
        await Build(configure).LookupAsync(domain, TestContext.Current.CancellationToken);

    private RegistrationLookup Build(Action<RegistrationOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddRegistrationLookup(o =>
        {
            o.BootstrapFile = servers.BootstrapFile;
            o.AllowLoopback = true; // the bootstrap file sends .example to the loopback RDAP server
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetries = 2;
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.WhoisTimeout = TimeSpan.FromSeconds(10);
            foreach (var (name, endpoint) in servers.WhoisEndpoints)
            {
                o.WhoisEndpoints[name] = endpoint;
            }

            configure?.Invoke(o);
        });
        return services.BuildServiceProvider().GetRequiredService<RegistrationLookup>();
    }

    // A port this test holds bound and never listens on: connections are refused at once, and no other test can take it.
    private static string Endpoint(ClosedPort closed) => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{closed.Port}");

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
}
