using BrandWatch.Worker.Registration;

namespace BrandWatch.Worker.Tests.Registration;

public sealed class RdapBootstrapTests
{
    [Theory]
    [InlineData("paypal-login.com", "https://rdap.verisign.com/com/v1/")]
    [InlineData("PAYPAL-LOGIN.COM.", "https://rdap.verisign.com/com/v1/")]
    [InlineData("marks-and-spencer.co.uk", "https://rdap.nominet.uk/uk/")]
    [InlineData("zalando-outlet.de", null)]
    [InlineData("jingdong.cn", null)]
    public async Task Find_ShippedBootstrap_GivesServiceOfTheTld(string domain, string? expected)
    {
        var bootstrap = await RdapBootstrap.LoadAsync(null, TestContext.Current.CancellationToken);

        Assert.Equal(expected, bootstrap.Find(domain)?.AbsoluteUri);
        Assert.True(bootstrap.Count > 500);
    }

    [Theory]
    [InlineData("shop.example", "https://tld.example/")]
    [InlineData("shop.co.example", "https://second-level.example/")]
    [InlineData("www.shop.co.example", "https://second-level.example/")]
    [InlineData("co.example", "https://tld.example/")]
    [InlineData("shop.other", null)]
    public void Find_NestedEntries_LongestMatchWins(string domain, string? expected)
    {
        const string json = """
            { "services": [
                [ ["example"], ["http://tld.example/", "https://tld.example"] ],
                [ ["co.example"], ["https://second-level.example/"] ],
                [ ["broken"], ["ftp://no.example/"] ]
            ] }
            """;

        var bootstrap = RdapBootstrap.Parse(json);

        Assert.Equal(expected, bootstrap.Find(domain)?.AbsoluteUri);
    }

    [Theory]
    [InlineData("{ \"services\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"version\": \"1.0\" }")]
    public void Parse_NotABootstrapFile_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => RdapBootstrap.Parse(json));
}
