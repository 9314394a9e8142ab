using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>Abuse routing on the real Api: who can act on a case, from the registration, DNS and network evidence filed.</summary>
public sealed class AbuseRoutingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<long> FileAsync(string mark, Func<string, BrandWatch.Rules.Cases.CaseFiling> filing)
    {
        using var admin = api.Admin;
        using var worker = api.Client("worker");
        await (await admin.PostJsonAsync("/api/marks", TestData.Mark(mark, ApiFixture.OwnerA))).ExpectAsync(HttpStatusCode.Created);
        var created = await (await worker.PostJsonAsync("/api/cases", filing(mark))).ExpectAsync(HttpStatusCode.Created);
        return (long)created["id"]!;
    }

    private async Task<JsonArray> PartiesAsync(long id)
    {
        using var reviewer = api.Client("reviewer-a");
        var routing = await (await reviewer.FetchAsync($"/api/cases/{id}/abuse-routes")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(id, (long)routing["caseId"]!);
        return routing["parties"]!.AsArray();
    }

    [Fact]
    public async Task Routes_NameTheRegistrarFromItsRdapAbuseEntity_PhoneIncluded()
    {
        var raw = await File.ReadAllTextAsync(RepoPaths.Of("tests", "BrandWatch.Worker.Tests", "TestData", "rdap", "registry", "paypal-login.com.json"), HttpTest.Ct);
        var id = await FileAsync("routemark", m =>
        {
            var f = EnforcementData.PhishingFiling(m, m + "-login.com");
            return f with { Evidence = f.Evidence with { Registration = f.Evidence.Registration! with { RegistrarAbuseEmail = null, Raw = raw, Servers = ["https://rdap.registry.example/domain/" + m + "-login.com"] } } };
        });

        var registrar = (await PartiesAsync(id))[0]!;

        Assert.Equal("registrar", (string?)registrar["role"]);
        Assert.Equal("Example Registrar, Inc.", (string?)registrar["name"]);
        Assert.Equal("9999", (string?)registrar["ianaId"]);
        Assert.Equal("abuse@registrar.example", (string?)registrar["email"]);
        Assert.Equal("+1.5555550100", (string?)registrar["phone"]);
        Assert.Equal($"/api/cases/{id}/drafts/abuse-registrar", (string?)registrar["draft"]);
        Assert.Empty(registrar["missing"]!.AsArray());
        var needs = registrar["evidence"]!.AsArray().Select(e => (string)e!).ToArray();
        Assert.Contains(needs, n => n.StartsWith("U1: ", StringComparison.Ordinal));
        Assert.Contains(needs, n => n.Contains($"/api/cases/{id}/evidence-package", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routes_ListOneHostPerAddress_WithTheNetworksAbuseDeskOrWhyItIsUnknown()
    {
        var id = await FileAsync("hostmark", m => EnforcementData.PhishingFiling(m, m + "-login.com"));

        var hosts = (await PartiesAsync(id)).Where(p => (string?)p!["role"] == "host").ToArray();

        Assert.Equal(["192.0.2.10", "2001:db8::10"], hosts.Select(h => (string?)h!["address"]));
        Assert.Equal("Example Hosting B.V.", (string?)hosts[0]!["holder"]);
        Assert.Equal("NET-192-0-2-0-1 (192.0.2.0 – 192.0.2.255)", (string?)hosts[0]!["network"]);
        Assert.Equal("abuse@hosting.example", (string?)hosts[0]!["email"]);
        Assert.Equal("+31.205550100", (string?)hosts[0]!["phone"]);
        Assert.Contains(hosts[0]!["evidence"]!.AsArray(), e => ((string)e!).Contains("content SHA-256 " + new string('a', 64), StringComparison.Ordinal));
        Assert.Null(hosts[1]!["email"]);
        Assert.Equal(["network: IP RDAP lookup failed (timeout)"], hosts[1]!["missing"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Routes_WithoutRegistrationOrNetworkEvidence_SayWhatIsMissing()
    {
        var id = await FileAsync("baremark", m =>
        {
            var f = EnforcementData.PhishingFiling(m, m + "-login.com");
            return f with { Evidence = f.Evidence with { Registration = null, Networks = null } };
        });

        var parties = await PartiesAsync(id);

        Assert.Equal(["registration data: no RDAP or WHOIS answer was filed"], parties[0]!["missing"]!.AsArray().Select(m => (string?)m));
        Assert.All(parties.Skip(1), h => Assert.Equal(["network: the address was not looked up in IP RDAP"], h!["missing"]!.AsArray().Select(m => (string?)m)));
    }

    [Theory]
    [InlineData("manager-a", HttpStatusCode.Forbidden)]
    [InlineData("worker", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.NotFound)]
    public async Task Routes_AreForLegalRoles_AndAnUnknownCaseIsNotFound(string who, HttpStatusCode expected)
    {
        using var client = api.Client(who);

        var response = await client.FetchAsync("/api/cases/999999/abuse-routes");

        Assert.Equal(expected, response.StatusCode);
    }
}
