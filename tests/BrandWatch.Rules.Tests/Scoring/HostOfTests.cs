using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Scoring;
using BrandWatch.Rules.Screening;
using static BrandWatch.Rules.Tests.Scoring.ScoringFixtures;

namespace BrandWatch.Rules.Tests.Scoring;

public sealed class HostOfTests
{
    [Theory]
    [InlineData("https://paypal-login.com/account", "paypal-login.com")]
    [InlineData("paypal-login.com.", "paypal-login.com")]
    [InlineData("https://bücher.de/", "xn--bcher-kva.de")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]           // a bare name in Unicode is the same host as its page's address
    [InlineData("Iménager.com", "xn--imnager-cya.com")]
    [InlineData("https://xn--a.com/", "xn--a.com")] // punycode IDNA refuses: kept as written, never an exception
    public void HostOf_UrlOrDomain_GivesTheAsciiHost(string subject, string expected) =>
        Assert.Equal(expected, ScoringContext.HostOf(subject));

    [Fact]
    public void Score_ANameWrittenInUnicode_ReadsItsOwnPageAsItsOwn()
    {
        // iménager.com, WIPO D2014-1017: written in Unicode or in Punycode, the case is the same case.
        var verdicts = new[] { "iménager.com", "xn--imnager-cya.com" }.Select(subject => Score(Input(
            subject, Coined(), [Match(subject, MatchKind.Identical, 1)],
            new CaseEvidence { Pages = [Page() with { Url = "http://iménager.com/", FinalUrl = "http://xn--imnager-cya.com/" }] }))).ToList();

        Assert.Equal(verdicts[0].Action, verdicts[1].Action);
        Assert.Equal(verdicts[0].Fault.Score, verdicts[1].Fault.Score);
        Assert.DoesNotContain("redirects away", string.Join(" ", verdicts[0].GatesAndDefences.Select(c => c.Reason)), StringComparison.Ordinal);
    }
}
