using BrandWatch.Rules.Scoring;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class HostOfTests
{
    [Theory]
    [InlineData("https://paypal-login.com/account", "paypal-login.com")]
    [InlineData("paypal-login.com.", "paypal-login.com")]
    [InlineData("https://bücher.de/", "xn--bcher-kva.de")]
    [InlineData("https://xn--a.com/", "xn--a.com")] // punycode IDNA refuses: kept as written, never an exception
    public void HostOf_UrlOrDomain_GivesTheAsciiHost(string subject, string expected) =>
        Assert.Equal(expected, ScoringContext.HostOf(subject));
}
