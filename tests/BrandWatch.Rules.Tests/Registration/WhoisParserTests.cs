using BrandWatch.Rules.Registration;

namespace BrandWatch.Rules.Tests.Registration;

public sealed class WhoisParserTests
{
    [Fact]
    public void Parse_IcannDialect_ReadsDatesRegistrarRegistrantAndReferral()
    {
        const string text = """
            Domain Name: EXAMPLE-SHOP.COM
            Registrar WHOIS Server: whois.registrar.example
            Updated Date: 2026-01-02T10:00:00Z
            Creation Date: 2025-12-30T08:15:00Z
            Registry Expiry Date: 2026-12-30T08:15:00Z
            Registrar: Example Registrar, Inc.
            Registrar IANA ID: 9999
            Registrar Abuse Contact Email: abuse@registrar.example
            Domain Status: clientTransferProhibited https://icann.org/epp#clientTransferProhibited
            Registrant Organization: Lookalike Holdings Ltd
            Registrant Country: GB
            Name Server: NS1.HOSTING.EXAMPLE
            Name Server: NS2.HOSTING.EXAMPLE
            >>> Last update of whois database: 2026-01-03T00:00:00Z <<<
            """;

        var answer = WhoisParser.Parse(text);

        Assert.True(answer.HasData);
        Assert.False(answer.NotFound);
        var s = answer.Snapshot;
        Assert.Equal(new DateTimeOffset(2025, 12, 30, 8, 15, 0, TimeSpan.Zero), s.Registered);
        Assert.Equal(new DateTimeOffset(2026, 12, 30, 8, 15, 0, TimeSpan.Zero), s.Expires);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero), s.LastChanged);
        Assert.Equal("Example Registrar, Inc.", s.RegistrarName);
        Assert.Equal("9999", s.RegistrarIanaId);
        Assert.Equal("abuse@registrar.example", s.RegistrarAbuseEmail);
        Assert.Equal("Lookalike Holdings Ltd", s.RegistrantOrganisation);
        Assert.Equal("GB", s.RegistrantCountry);
        Assert.Equal(["clientTransferProhibited"], s.Statuses);
        Assert.Equal(["ns1.hosting.example", "ns2.hosting.example"], s.NameServers);
        Assert.Equal("whois.registrar.example", s.WhoisReferral);
    }

    [Fact]
    public void Parse_NominetDialect_ReadsIndentedValuesUnderBareKeys()
    {
        const string text = """
                Domain name:
                    brand-outlet.co.uk

                Registrant:
                    Outlet Trading Ltd

                Registrar:
                    Example Registrar Ltd [Tag = EXAMPLE]

                Relevant dates:
                    Registered on: 03-Feb-2025
                    Expiry date:  03-Feb-2026

                Name servers:
                    ns1.outlet.example
                    ns2.outlet.example
            """;

        var s = WhoisParser.Parse(text).Snapshot;

        Assert.Equal("Outlet Trading Ltd", s.RegistrantOrganisation);
        Assert.Equal("Example Registrar Ltd [Tag = EXAMPLE]", s.RegistrarName);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 0, 0, 0, TimeSpan.Zero), s.Registered);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.Zero), s.Expires);
        Assert.Equal(["ns1.outlet.example", "ns2.outlet.example"], s.NameServers);
    }

    [Theory]
    [InlineData("No match for \"NOPE.COM\".\r\n>>> Last update of whois database: 2026-01-03T00:00:00Z <<<", true, false)]
    [InlineData("%ERROR:101: no entries found\n% No entries found for the selected source(s).", true, false)]
    [InlineData("Query rate limit exceeded. Try again later.", false, true)]
    [InlineData("Welcome to the server.", false, false)]
    public void Parse_AnswerWithoutData_ClassifiesNotFoundAndRateLimit(string text, bool notFound, bool rateLimited)
    {
        var answer = WhoisParser.Parse(text);

        Assert.False(answer.HasData);
        Assert.Equal(notFound, answer.NotFound);
        Assert.Equal(rateLimited, answer.RateLimited);
    }

    [Theory]
    [InlineData("2025-02-03T04:05:06Z", "2025-02-03T04:05:06Z")]
    [InlineData("2025-02-03 04:05:06 (GMT+0:00)", "2025-02-03T04:05:06Z")]
    [InlineData("03-Feb-2025", "2025-02-03T00:00:00Z")]
    [InlineData("2025.02.03", "2025-02-03T00:00:00Z")]
    [InlineData("2025/02/03 04:05:06", "2025-02-03T04:05:06Z")]
    [InlineData("20250203", "2025-02-03T00:00:00Z")]
    public void ParseDate_RegistryFormats_ReadAsUtc(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WhoisParser.ParseDate(value));
    }

    [Fact]
    public void ParseDate_NotADate_IsNull()
    {
        Assert.Null(WhoisParser.ParseDate("see registrar"));
    }
}
