using BrandWatch.Worker.Feeds;
using BrandWatch.Worker.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BrandWatch.Worker.Tests.Pipeline;

/// <summary>
/// The owner's own domains, recognised end to end from evidence: a registrant record on the loopback RDAP server, a
/// redirect to www.paypal.com served by a loopback site, and name and mail servers under paypal.com in dnsmasq.
/// </summary>
public sealed class OwnerDomainTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Pipeline_OwnersOwnDomains_AreKeptAsOwnerDomainWithTheirEvidenceAndNotFiled()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dns = await Dnsmasq.StartAsync(
            new Dictionary<string, string> { ["paypal-checkout.com"] = "127.0.0.1", ["paypal.com"] = "127.0.0.1" },
            nameServers: new Dictionary<string, string[]>
            {
                ["paypal.com"] = ["ns1.paypal.com", "ns2.paypal.com"],
                ["paypal-wallet.com"] = ["ns2.paypal.com"],
                ["paypal-verify.com"] = ["ns1.hosting.example"],
            },
            mailHosts: new Dictionary<string, string> { ["paypal.com"] = "mx1.paypal.com", ["paypal-mail.com"] = "mx1.paypal.com" });
        await using var sites = await LoopbackServer.StartAsync(app => app.MapGet("/", (HttpContext context) =>
            context.Request.Host.Host == "paypal-checkout.com"
                ? Results.Redirect($"http://www.paypal.com:{context.Request.Host.Port}/", permanent: true)
                : Results.Content("<html><head><title>PayPal</title></head><body><h1>Welcome to PayPal</h1></body></html>", "text/html")));
        var rdap = new LoopbackRdapServer();
        await rdap.InitializeAsync();
        await using var _ = rdap;
        await using var api = await CaseApiServer.StartAsync();
        var settings = WorkerFixture.Settings(_folder.Path, api, dns, sites, RepoPaths.Of("samples", "marks.json"));
        settings["Pipeline:LookupRegistration"] = "true";
        settings["Registration:RdapBaseUrls:com"] = rdap.RegistryUrl;
        await using var worker = await WorkerFixture.StartAsync(settings);
        var feed = _folder.File("feed.txt");
        BrandWatch.Worker.Tests.Feeds.FeedFilesTests.WriteFeed(feed, "paypal-payments.com", "paypal-checkout.com", "paypal-wallet.com", "paypal-mail.com", "paypal-verify.com");

        await worker.Pipeline.PullAsync(new FileFeed("nrd", feed), ct);
        await worker.Pipeline.WaitIdleAsync(ct);

        var owned = (await worker.Store.OwnerDomainsAsync(ct)).Where(o => o.Mark == "paypal").ToDictionary(o => o.Domain);
        Assert.Equal(["paypal-checkout.com", "paypal-mail.com", "paypal-payments.com", "paypal-wallet.com"], owned.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("registrant", "registrant organisation 'PayPal, Inc.' (rdap)"), (owned["paypal-payments.com"].Rule, owned["paypal-payments.com"].Evidence));
        Assert.Equal("redirect", owned["paypal-checkout.com"].Rule);
        Assert.StartsWith("http://paypal-checkout.com:", owned["paypal-checkout.com"].Evidence, StringComparison.Ordinal);
        Assert.Contains(" redirects to http://www.paypal.com:", owned["paypal-checkout.com"].Evidence, StringComparison.Ordinal);
        Assert.Equal(("name-servers", "name server ns2.paypal.com of paypal-wallet.com also serves paypal.com"), (owned["paypal-wallet.com"].Rule, owned["paypal-wallet.com"].Evidence));
        Assert.Equal(("mail-servers", "mail server mx1.paypal.com of paypal-mail.com also serves paypal.com"), (owned["paypal-mail.com"].Rule, owned["paypal-mail.com"].Evidence));

        var filed = api.Cases.Where(c => c.Filing.Mark == "paypal").Select(c => c.Filing.Subject).ToList();
        Assert.Equal(["paypal-verify.com"], filed);
        Assert.Equal(4, (await worker.Store.CountsAsync(ct)).GetValueOrDefault("OwnerDomain"));
    }

    public void Dispose() => _folder.Dispose();
}
