using BrandWatch.Worker.Registration;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace BrandWatch.Worker.Tests.Registration;

public sealed class RdapBootstrapRefresherTests(RegistrationServersFixture servers) : IClassFixture<RegistrationServersFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Refresh_GoodDownload_WrittenToFileAndUsedByLookups()
    {
        var provider = Build("full");
        var ct = TestContext.Current.CancellationToken;
        var before = await provider.GetRequiredService<RegistrationLookup>().LookupAsync("paypal-login.example", ct);

        var refresh = await provider.GetRequiredService<RdapBootstrapRefresher>().RefreshAsync(ct);
        var after = await provider.GetRequiredService<RegistrationLookup>().LookupAsync("paypal-login.example", ct);

        Assert.Equal(RegistrationFailure.NoService, before.Failure); // the shipped file knows no .example
        Assert.True(refresh.Replaced, refresh.Reason);
        Assert.True(refresh.Tlds > 500);
        Assert.Equal("rdap", after.Evidence?.Source);
        Assert.NotNull(RdapBootstrap.Load(_folder.File("dns.json")).Find("paypal-login.example"));
    }

    [Theory]
    [InlineData("tiny", "only 1 TLDs")]
    [InlineData("broken", "not an RDAP bootstrap file")]
    [InlineData("missing", "HTTP 404")]
    public async Task Refresh_BadDownload_KeepsBootstrapInUseAndFileUntouched(string kind, string reason)
    {
        var provider = Build(kind);

        var refresh = await provider.GetRequiredService<RdapBootstrapRefresher>().RefreshAsync(TestContext.Current.CancellationToken);

        Assert.False(refresh.Replaced);
        Assert.Contains(reason, refresh.Reason, StringComparison.Ordinal);
        Assert.True(refresh.Tlds > 500);
        Assert.False(File.Exists(_folder.File("dns.json")));
    }

    public void Dispose() => _folder.Dispose();

    private ServiceProvider Build(string kind)
    {
        var services = new ServiceCollection();
        services.AddRegistrationLookup(o =>
        {
            o.BootstrapFile = _folder.File("dns.json");
            o.BootstrapUrl = new Uri(servers.Rdap.BaseUrl + (kind == "missing" ? "nothing-here/dns.json" : "bootstrap/" + kind));
            o.MaxRetries = 0;
            foreach (var (name, endpoint) in servers.WhoisEndpoints)
            {
                o.WhoisEndpoints[name] = endpoint;
            }
        });
        return services.BuildServiceProvider();
    }
}
