using System.Net;
using System.Text.Json.Nodes;
using BrandWatch.Api.Tests.Infrastructure;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;

namespace BrandWatch.Api.Tests.Enforcement;

/// <summary>Abuse routing on the real Api: who can act on a case, from the registration, DNS and network evidence filed.</summary>
public sealed class AbuseRoutingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static int _marks;

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
        Assert.All(parties.Where(p => (string?)p!["role"] == "host"), h => Assert.Equal(["network: the address was not looked up in IP RDAP"], h!["missing"]!.AsArray().Select(m => (string?)m)));
    }

    [Fact]
    public async Task Routes_NameTheOriginAsOfANetwork_AndFallBackToItsAbuseDeskWhenTheNetworkHasNone()
    {
        var id = await FileAsync("asmark", m =>
        {
            var f = EnforcementData.PhishingFiling(m, m + "-login.com");
            var system = new AutonomousSystemEvidence
            {
                Number = 64500, Name = "EXAMPLE-HOSTING-AS", Holder = "Example Hosting B.V.", Server = "https://rdap.rir.example/autnum/64500",
                Abuse = new AbuseContact { Email = "noc-abuse@hosting.example", Phone = "+31.205550199" },
            };
            return f with
            {
                Evidence = f.Evidence with
                {
                    Networks =
                    [
                        f.Evidence.Networks![0] with { Abuse = null, OriginAutnums = [64500], AutonomousSystem = system },
                        f.Evidence.Networks![1],
                    ],
                },
            };
        });

        var host = (await PartiesAsync(id)).First(p => (string?)p!["role"] == "host")!;

        Assert.Equal("AS64500 EXAMPLE-HOSTING-AS (Example Hosting B.V.)", (string?)host["autonomousSystem"]);
        Assert.Equal("noc-abuse@hosting.example", (string?)host["email"]);
        Assert.Equal("+31.205550199", (string?)host["phone"]);
        Assert.Equal(["https://rdap.rir.example/ip/192.0.2.10", "https://rdap.rir.example/autnum/64500"], host["sources"]!.AsArray().Select(s => (string?)s));
        Assert.Empty(host["missing"]!.AsArray());
    }

    [Theory]
    [InlineData("CN=R11, O=Let's Encrypt, C=US", "Let's Encrypt (Internet Security Research Group)", "cert-prob-reports@letsencrypt.org", null)]
    [InlineData("CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1, O=DigiCert Inc, C=US", "DigiCert", "revoke@digicert.com", null)]
    [InlineData("CN=Buypass Class 2 CA 5, O=Buypass AS-983163327, C=NO", "Buypass", null, "problem-reporting e-mail: the authority takes reports on its web form")]
    [InlineData("CN=Test Issuing CA, O=Nobody Knows Ltd", null, null, "problem-reporting address: the issuer 'CN=Test Issuing CA, O=Nobody Knows Ltd' is not in the table of certificate authorities")]
    public async Task Routes_NameTheCertificateAuthorityOfTheSitesCertificate_FromTheShippedTable(string issuer, string? name, string? email, string? missing)
    {
        var id = await FileAsync("camark" + Interlocked.Increment(ref _marks), m =>
        {
            var f = EnforcementData.PhishingFiling(m, m + "-login.com");
            var certificate = new ServerCertificateEvidence
            {
                Issuer = issuer, Subject = "CN=" + m + "-login.com", Sha256 = new string('c', 64), SerialNumber = "04AB",
                NotBefore = new DateTimeOffset(2026, 1, 9, 0, 0, 0, TimeSpan.Zero), NotAfter = new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.Zero),
            };
            return f with { Evidence = f.Evidence with { Pages = [f.Evidence.Pages[0] with { Certificate = certificate }] } };
        });

        var authority = Assert.Single(await PartiesAsync(id), p => (string?)p!["role"] == "certificate-authority")!;

        Assert.Equal(name, (string?)authority["name"]);
        Assert.Equal(issuer, (string?)authority["issuer"]);
        Assert.Equal(email, (string?)authority["email"]);
        Assert.Equal(missing is null ? [] : [missing], authority["missing"]!.AsArray().Select(m => (string?)m));
        var needs = authority["evidence"]!.AsArray().Select(e => (string)e!).ToArray();
        Assert.Contains(needs, n => n.Contains("SHA-256 " + new string('c', 64), StringComparison.Ordinal) && n.Contains("serial 04AB", StringComparison.Ordinal));
        Assert.Contains(needs, n => n.StartsWith("U1: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routes_WithoutACertificate_NameNoCertificateAuthority()
    {
        var id = await FileAsync("nocamark", m => EnforcementData.PhishingFiling(m, m + "-login.com"));

        Assert.DoesNotContain(await PartiesAsync(id), p => (string?)p!["role"] == "certificate-authority");
    }

    [Theory]
    [InlineData("com", null, "WIPO Arbitration and Mediation Center", "UDRP (Uniform Domain-Name Dispute-Resolution Policy)", "udrp-complaint")]
    [InlineData("cn", "CNNIC (China Internet Network Information Center)", "CIETAC Online Dispute Resolution Center", "CNDRP", "cndrp-complaint")]
    [InlineData("uk", "Nominet UK", "Nominet DRS", "Nominet Dispute Resolution Service (DRS)", "udrp-complaint")]
    [InlineData("de", "DENIC", "a court", null, null)]
    [InlineData("at", "nic.at", "a court", null, null)]
    [InlineData("ru", "Coordination Center for TLD RU (.ru, .рф); the Foundation for Internet Development (.su)", "a court", null, null)]
    [InlineData("fi", "Traficom (Finnish Transport and Communications Agency)", "Traficom", "Removal and transfer by Traficom", "udrp-complaint")]
    public async Task Routes_NameTheDisputeProviderForTheTld_AndTheRegistryWhenItRunsItsOwnPolicy(string tld, string? registry, string provider, string? policy, string? draft)
    {
        var id = await FileAsync("tldmark" + tld, m => EnforcementData.PhishingFiling(m, $"{m}-login.{tld}"));

        var parties = await PartiesAsync(id);

        var found = parties.SingleOrDefault(p => (string?)p!["role"] == "registry");
        Assert.Equal(registry, (string?)found?["name"]);
        var decider = Assert.Single(parties, p => (string?)p!["role"] == "provider")!;
        Assert.Equal(provider, (string?)decider["name"]);
        Assert.Equal(tld == "com" ? 5 : tld == "cn" ? 1 : 0, decider["alternatives"]!.AsArray().Count);
        if (policy is null)
        {
            Assert.Null(decider["draft"]);
            Assert.Contains(decider["missing"]!.AsArray(), m => ((string)m!).Contains("court", StringComparison.Ordinal));
        }
        else
        {
            Assert.StartsWith(policy, (string?)decider["policy"], StringComparison.Ordinal);
            Assert.Equal($"/api/cases/{id}/drafts/{draft}", (string?)decider["draft"]);
        }

        Assert.Contains(decider["evidence"]!.AsArray(), e => ((string)e!).StartsWith("the complainant's rights in the mark (G0): mark registered on 1999-05-18", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routes_WhenTheVerdictPointsAtNoFiling_NameNoDisputeProvider()
    {
        var id = await FileAsync("monitormark", m =>
        {
            var f = EnforcementData.PhishingFiling(m, m + "-login.com");
            return f with { Verdict = f.Verdict with { Action = RecommendedAction.Monitor, DisputePath = DisputePath.None } };
        });

        Assert.DoesNotContain(await PartiesAsync(id), p => (string?)p!["role"] == "provider");
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
