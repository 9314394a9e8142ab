using BrandWatch.Rules.Registration;

namespace BrandWatch.Rules.Tests.Registration;

public sealed class RdapParserTests
{
    private const string Proxied = """
        {
          "objectClassName": "domain",
          "ldhName": "PROXIED.EXAMPLE",
          "status": ["client transfer prohibited", "active"],
          "events": [
            { "eventAction": "registration", "eventDate": "2024-03-01T12:00:00Z" },
            { "eventAction": "expiration", "eventDate": "2027-03-01T12:00:00Z" },
            { "eventAction": "transfer", "eventDate": "2025-01-01T00:00:00Z" },
            { "eventAction": "transfer", "eventDate": "2025-06-01T00:00:00Z" }
          ],
          "entities": [
            { "roles": ["registrar"], "publicIds": [{ "type": "IANA Registrar ID", "identifier": "146" }],
              "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "GoDaddy.com, LLC"]]],
              "entities": [{ "roles": ["abuse"], "vcardArray": ["vcard", [["email", {}, "text", "abuse@godaddy.example"]]] }] },
            { "roles": ["registrant"],
              "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Registration Private"],
                ["org", {}, "text", "Domains By Proxy, LLC"], ["email", {}, "text", "proxied.example@domainsbyproxy.example"],
                ["adr", { "cc": "US" }, "text", ["", "", "2155 E Warner Rd", "Tempe", "AZ", "85284", "United States"]]]] }
          ],
          "nameservers": [{ "ldhName": "NS1.HOST.EXAMPLE." }, { "unicodeName": "ns2.host.example" }],
          "links": [
            { "rel": "self", "href": "https://rdap.registry.example/domain/proxied.example" },
            { "rel": "related", "type": "application/rdap+json", "href": "https://rdap.registrar.example/domain/proxied.example" }
          ]
        }
        """;

    [Fact]
    public void ParseEvidence_ConfiguredProxyName_NamesServiceAsWrittenAndDropsItsOrganisationAndCountry()
    {
        var evidence = RdapParser.ParseEvidence(Proxied, "proxied.example", ["Domains By Proxy"]);

        Assert.Equal("rdap", evidence.Source);
        Assert.Equal("proxied.example", evidence.Domain);
        Assert.Equal("Domains By Proxy, LLC", evidence.PrivacyService);
        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.RegistrantCountry);
        Assert.Equal("proxied.example@domainsbyproxy.example", evidence.RegistrantEmail);
        Assert.False(evidence.Redacted);
        Assert.Same(Proxied, evidence.Raw);
        Assert.Empty(evidence.Servers);
    }

    [Fact]
    public void ParseEvidence_ProxyNameNotConfigured_KeepsOrganisationAndCountry()
    {
        var evidence = RdapParser.ParseEvidence(Proxied, "proxied.example", ["WhoisGuard"]);

        Assert.Null(evidence.PrivacyService);
        Assert.Equal("Domains By Proxy, LLC", evidence.RegistrantOrganisation);
        Assert.Equal("US", evidence.RegistrantCountry);
    }

    /// <summary>Found by fuzzing (fuzz/README.md): a role, status or identifier of the wrong JSON type threw InvalidOperationException.</summary>
    [Theory]
    [InlineData("""{"objectClassName":"domain","ldhName":"A.EXAMPLE","entities":[{"roles":["registrar"],"entities":[{"roles":[["abuse"]]}]}]}""")]
    [InlineData("""{"objectClassName":"domain","ldhName":"A.EXAMPLE","entities":[{"roles":[7, null, {"x":1}]}]}""")]
    [InlineData("""{"objectClassName":"domain","ldhName":"A.EXAMPLE","entities":[{"roles":"registrar"}]}""")]
    [InlineData("""{"objectClassName":"domain","ldhName":"A.EXAMPLE","status":[1,["x"]],"nameservers":[{"ldhName":5}],"events":[{"eventAction":3,"eventDate":[]}]}""")]
    [InlineData("""{"objectClassName":"domain","ldhName":"A.EXAMPLE","entities":[{"roles":["registrant"],"vcardArray":["vcard",[["fn",{},"text",7],["adr",{},"text",[1,2]],5]]}]}""")]
    public void Parse_ValuesOfTheWrongJsonType_AreSkippedNotACrash(string json)
    {
        var snapshot = RdapParser.Parse(json);

        Assert.NotNull(snapshot);
    }

    [Fact]
    public void Parse_TheFuzzersRecordedInput_ParsesOrRefusesWithFormatException()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Registration", "Fuzz", "rdap-nested-role-not-a-string.json"));

        var exception = Record.Exception(() => RdapParser.Parse(json));

        Assert.True(exception is null or FormatException, exception?.ToString());
    }

    [Fact]
    public void Parse_DomainObject_ReadsEventsRegistrarNameServersAndRelatedLink()
    {
        var snapshot = RdapParser.Parse(Proxied);

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero), snapshot.Registered);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero), snapshot.Expires);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), snapshot.Transferred); // the later transfer
        Assert.Equal("GoDaddy.com, LLC", snapshot.RegistrarName);
        Assert.Equal("146", snapshot.RegistrarIanaId);
        Assert.Equal("abuse@godaddy.example", snapshot.RegistrarAbuseEmail);
        Assert.True(snapshot.HasRegistrant);
        Assert.Equal("Registration Private", snapshot.RegistrantName);
        Assert.Equal(["client transfer prohibited", "active"], snapshot.Statuses);
        Assert.Equal(["ns1.host.example", "ns2.host.example"], snapshot.NameServers);
        Assert.Equal(new Uri("https://rdap.registrar.example/domain/proxied.example"), snapshot.RegistrarLink);
    }

    [Fact]
    public void ParseEvidence_RedactedRegistrant_MarksRedactedAndKeepsOnlyWhatIsShown()
    {
        const string json = """
            {
              "objectClassName": "domain", "ldhName": "redacted.example",
              "entities": [
                { "roles": ["registrant"],
                  "vcardArray": ["vcard", [["fn", {}, "text", ""], ["org", {}, "text", "REDACTED FOR PRIVACY"],
                    ["email", {}, "text", "Please query the RDDS service of the Registrar of Record"],
                    ["adr", {}, "text", ["", "", "", "", "", "", "DE"]]]] }
              ],
              "redacted": [{ "name": { "type": "Registrant Name" }, "method": "removal" }]
            }
            """;

        var evidence = RdapParser.ParseEvidence(json, "redacted.example", ["Domains By Proxy"]);

        Assert.True(evidence.Redacted);
        Assert.Null(evidence.RegistrantOrganisation);
        Assert.Null(evidence.PrivacyService);
        Assert.Equal("DE", evidence.RegistrantCountry);
    }

    [Fact]
    public void Parse_RegistrantNestedUnderReseller_IsFoundByRole()
    {
        const string json = """
            { "ldhName": "nested.example",
              "entities": [ { "roles": ["reseller"], "entities": [
                { "roles": ["registrant"], "vcardArray": ["vcard", [["org", {}, "text", "Nested Ltd"], ["adr", {"cc": "gb"}, "text", ["", "", "", "", "", "", ""]]]] } ] } ] }
            """;

        var snapshot = RdapParser.Parse(json);

        Assert.Equal("Nested Ltd", snapshot.RegistrantOrganisation);
        Assert.Equal("GB", snapshot.RegistrantCountry);
    }

    [Theory]
    [InlineData("not json", "invalid JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{ "objectClassName": "entity", "handle": "X" }""", "'entity' object")]
    [InlineData("""{ "handle": "X" }""", "neither a domain name nor events")]
    public void Parse_NotADomainAnswer_ThrowsFormatException(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => RdapParser.Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
