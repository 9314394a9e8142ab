using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class OwnerDomainRecognitionTests
{
    private static readonly IReadOnlyList<string> LegalForms = RuleSetJson.Default.Screening.CorporateWords;

    private static readonly OfficialDomainsEvidence Official = new()
    {
        Domains = ["quorvexa.com", "quorvexa.de"],
        Dns =
        [
            new DnsEvidence
            {
                Domain = "quorvexa.com", Outcome = DnsOutcome.Resolved,
                NameServers = ["ns1.quorvexa.com", "ns2.quorvexa.com"], Mx = ["mx.quorvexa.com", "aspmx.l.google.com"],
            },
        ],
    };

    [Theory]
    [InlineData("Quorvexa GmbH", "QUORVEXA GMBH")]
    [InlineData("Quorvexa GmbH", "Quorvexa")]
    [InlineData("PayPal, Inc.", "PayPal Inc")]
    [InlineData("Banco Santander, S.A.", "Banco Santander SA")]
    public void Recognise_RegistrantIsTheOwner_IsOwnerDomain(string owner, string registrant)
    {
        var evidence = new CaseEvidence { Registration = new RegistrationEvidence { Domain = "x", Source = "rdap", RegistrantOrganisation = registrant } };

        var finding = OwnerDomainRecognition.Recognise("quorvexa-pay.com", owner, evidence, Official, LegalForms);

        Assert.NotNull(finding);
        Assert.Equal("registrant", finding.Rule);
        Assert.Contains($"'{registrant}'", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quorvexa Support Ltd")]
    [InlineData("Domains By Proxy, LLC")]
    public void Recognise_OtherRegistrant_IsNotOwnerDomain(string registrant)
    {
        var evidence = new CaseEvidence { Registration = new RegistrationEvidence { Domain = "x", Source = "rdap", RegistrantOrganisation = registrant } };

        Assert.Null(OwnerDomainRecognition.Recognise("quorvexa-pay.com", "Quorvexa GmbH", evidence, Official, LegalForms));
    }

    [Fact]
    public void Recognise_RegistrantBehindPrivacyService_IsNotOwnerDomain()
    {
        var evidence = new CaseEvidence
        {
            Registration = new RegistrationEvidence { Domain = "x", Source = "whois", RegistrantOrganisation = "Quorvexa GmbH", PrivacyService = "WhoisGuard" },
        };

        Assert.Null(OwnerDomainRecognition.Recognise("quorvexa-pay.com", "Quorvexa GmbH", evidence, Official, LegalForms));
    }

    [Theory]
    [InlineData("https://www.quorvexa.de/welcome", true)]
    [InlineData("https://quorvexa.com.evil.net/", false)]
    [InlineData("https://quorvexa-pay.com/home", false)]
    public void Recognise_RedirectToAnOfficialDomain_IsOwnerDomain(string finalUrl, bool owned)
    {
        var evidence = new CaseEvidence { Pages = [new PageEvidence { Url = "http://quorvexa-pay.com/", FinalUrl = finalUrl, Status = 200 }] };

        var finding = OwnerDomainRecognition.Recognise("quorvexa-pay.com", "Quorvexa GmbH", evidence, Official, LegalForms);

        Assert.Equal(owned, finding is not null);
        if (finding is not null)
        {
            Assert.Equal("redirect", finding.Rule);
            Assert.Contains("official domain quorvexa.de", finding.Explanation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "ns2.quorvexa.com" }, new string[0], "name-servers", "name server ns2.quorvexa.com")]
    [InlineData(new[] { "kim.ns.cloudflare.com" }, new[] { "mx.quorvexa.com" }, "mail-servers", "mail server mx.quorvexa.com")]
    public void Recognise_OwnersOwnServers_IsOwnerDomain(string[] nameServers, string[] mx, string rule, string evidenceText)
    {
        var evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = "quorvexa-pay.com", Outcome = DnsOutcome.Resolved, NameServers = nameServers, Mx = mx } };

        var finding = OwnerDomainRecognition.Recognise("quorvexa-pay.com", null, evidence, Official, LegalForms);

        Assert.NotNull(finding);
        Assert.Equal(rule, finding.Rule);
        Assert.Contains(evidenceText, finding.Evidence, StringComparison.Ordinal);
        Assert.Contains("also serves quorvexa.com", finding.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "ns9.quorvexa.com" }, new string[0])]
    [InlineData(new string[0], new[] { "aspmx.l.google.com" })]
    public void Recognise_ServersNotTheOwnersOwn_IsNotOwnerDomain(string[] nameServers, string[] mx)
    {
        var evidence = new CaseEvidence { Dns = new DnsEvidence { Domain = "quorvexa-pay.com", Outcome = DnsOutcome.Resolved, NameServers = nameServers, Mx = mx } };

        Assert.Null(OwnerDomainRecognition.Recognise("quorvexa-pay.com", "Quorvexa GmbH", evidence, Official, LegalForms));
    }

    [Fact]
    public void Recognise_NoEvidence_IsNotOwnerDomain()
    {
        Assert.Null(OwnerDomainRecognition.Recognise("quorvexa-pay.com", "Quorvexa GmbH", new CaseEvidence(), Official, LegalForms));
    }
}
