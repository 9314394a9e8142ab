using BrandWatch.Rules.Campaigns;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Registration;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.Campaigns;

public sealed class CampaignFeaturesTests
{
    private static readonly PrivacyServiceDetector Privacy = new(RuleSetJson.Default.Words.PrivacyServices);

    [Theory]
    [InlineData("Squatter@Example.NET", "squatter@example.net")]
    [InlineData(" squatter+brand42@example.net ", "squatter@example.net")]
    [InlineData("mailto:squatter@example.net", "squatter@example.net")]
    [InlineData("abc123@withheldforprivacy.com", null)]
    [InlineData("quorvexa.io@domainsbyproxy.com", null)]
    [InlineData("pw-4f2a@privacyguardian.org", null)]
    [InlineData("REDACTED FOR PRIVACY", null)]
    [InlineData("Please query the RDDS service of the Registrar of Record", null)]
    [InlineData("not-an-address", null)]
    [InlineData("a@b@c", null)]
    public void Email_IsFoldedToOneSpelling_AndPrivacyAddressesArePlaceholders(string raw, string? expected) =>
        Assert.Equal(expected, CampaignFeatures.Email(raw, Privacy));

    [Theory]
    [InlineData("Squat Holdings Ltd.", "squat holdings")]
    [InlineData("SQUAT HOLDINGS LIMITED", "squat holdings")]
    [InlineData("Squat-Holdings, Inc", "squat holdings")]
    [InlineData("Domains By Proxy, LLC", null)]
    [InlineData("Redacted for Privacy", null)]
    [InlineData("Data Protected", null)]
    [InlineData("N/A", null)]
    [InlineData("Private", null)]
    public void Organisation_IsFoldedWithoutLegalForm_AndPrivacyServicesAreLeftOut(string raw, string? expected) =>
        Assert.Equal(expected, CampaignFeatures.Organisation(raw, Privacy));

    [Fact]
    public void Features_OfACase_NameItsRegistrantHostingCertificateAndTemplate_ButNotParkingOrLoopback()
    {
        var sha = new string('a', 64);
        var evidence = new CaseEvidence
        {
            Registration = new RegistrationEvidence { Domain = "quorvexa.io", Source = "rdap", RegistrantEmail = "Op@Example.net", RegistrantOrganisation = "Opco Ltd" },
            Dns = new DnsEvidence { Domain = "quorvexa.io", Outcome = DnsOutcome.Resolved, A = ["192.0.2.1", "127.0.0.1"], Aaaa = ["2001:DB8::1"], NameServers = ["NS2.op-dns.example.", "ns1.op-dns.example"] },
            Pages = [new PageEvidence { Url = "https://quorvexa.io/", Template = "00ff00ff00ff00ff", Certificate = new ServerCertificateEvidence
            {
                Issuer = "CN=Test CA", Subject = "CN=quorvexa.io", NotBefore = DateTimeOffset.UnixEpoch, NotAfter = DateTimeOffset.UnixEpoch, Sha256 = sha.ToUpperInvariant(),
            } }],
        };
        var parked = evidence with { Dns = evidence.Dns with { NameServers = ["ns1.sedoparking.com", "ns2.sedoparking.com"] } };

        var features = CampaignFeatures.Of(evidence, RuleSetJson.Default.Words);

        Assert.Equal(
            [
                new CampaignFeature(CampaignFeatureKind.RegistrantEmail, "op@example.net"),
                new CampaignFeature(CampaignFeatureKind.RegistrantOrganisation, "opco"),
                new CampaignFeature(CampaignFeatureKind.NameServers, "ns1.op-dns.example,ns2.op-dns.example"),
                new CampaignFeature(CampaignFeatureKind.IpAddress, "192.0.2.1"),
                new CampaignFeature(CampaignFeatureKind.IpAddress, "2001:db8::1"),
                new CampaignFeature(CampaignFeatureKind.Certificate, sha),
                new CampaignFeature(CampaignFeatureKind.PageTemplate, "00ff00ff00ff00ff"),
            ], features);
        Assert.DoesNotContain(CampaignFeatures.Of(parked, RuleSetJson.Default.Words), f => f.Kind == CampaignFeatureKind.NameServers);
    }
}
