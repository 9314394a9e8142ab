using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>Every recorded page in samples/sites gives exactly the findings samples/sites/README.md promises.</summary>
public sealed class SampleSitesTests
{
    public static TheoryData<string, string, string> Sites { get; } = new()
    {
        { "phishing-paypa1-login.html", "http://paypa1.com/signin", "A10:paypal A12:paypal U1:paypal" },
        { "parked-for-sale-vitamixcostco.html", "http://vitamixcostco.com/", "U3:vitamix U6:-" },
        { "competitor-buried-wastequip.html", "https://www.bincraftcontainers.com/", "A10:wastequip A11:wastequip" },
        { "deep-link-logo-ticketmaster.html", "https://www.harborcitysidewalk.example/events/", "A8:ticketmaster" },
        { "plain-link-ticketmaster.html", "https://ticketscout.example/portland", "X8:- X9:ticketmaster" },
        { "framing-netflix-portal.html", "https://streamdeck-portal.example/watch", "A9:netflix" },
        { "reseller-okidata-parts.html", "https://www.okidataparts.com/", "X4:okidata X8:okidata X9:okidata" },
        { "criticism-legal-and-general.html", "https://www.legal-and-general.com/", "X5:legalandgeneral X8:legalandgeneral" },
        { "review-wiiu-console.html", "https://pixelpress.example/reviews/wii-u", "X8:wiiu" },
        { "unauthorised-shop-iqos.html", "https://iqosjp.com/", "A10:iqos A12:iqos U4:iqos" },
        { "redirect-wastequips-to-owner.html", "http://wastequips.com/", "U5:wastequip" },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Analyze_SampleSite_GivesItsExpectedFindings(string file, string url, string expected)
    {
        var findings = PageKit.Analyze(Read(file), url);

        var actual = findings.Select(f => $"{f.Criterion}:{f.Mark ?? "-"}").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', actual));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Evidence)));
    }

    [Fact]
    public void Analyze_EverySampleSite_IsListedInTheReadmeAndTheTable()
    {
        var readme = File.ReadAllText(PageKit.SamplePath("sites", "README.md"));
        var files = Directory.GetFiles(PageKit.SamplePath("sites"), "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, Sites.Select(row => row.Data.Item1).Order(StringComparer.Ordinal).ToList());
        Assert.All(files, f => Assert.Contains(f, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_PhishingSample_RecordsBothFormsPostingOffSite()
    {
        var findings = PageKit.Analyze(Read("phishing-paypa1-login.html"), "http://paypa1.com/signin");

        var forms = findings.Of(Criteria.U1, "paypal").ToList();
        Assert.Equal(["password", "card"], forms.Select(f => f.Facts["fields"]));
        Assert.All(forms, f => Assert.Equal("true", f.Facts["postsOffSite"]));
        Assert.Equal("https://paypa1-secure-verify.xyz/auth/collect.php", forms[0].Facts["action"]);
    }

    [Fact]
    public void Analyze_CompetitorSample_ShowsEachHidingTechnique()
    {
        var findings = PageKit.Analyze(Read("competitor-buried-wastequip.html"), "https://www.bincraftcontainers.com/");

        var techniques = findings.Of(Criteria.A11, "wastequip").Select(f => f.Facts["technique"]).ToList();
        Assert.Equal(["meta keywords stuffing", "display:none", "text colour #ffffff on background #ffffff"], techniques);
    }

    [Fact]
    public void Analyze_DeepLinkSample_CountsAdsBesideEachLogoLink()
    {
        var findings = PageKit.Analyze(Read("deep-link-logo-ticketmaster.html"), "https://www.harborcitysidewalk.example/events/");

        var links = findings.Of(Criteria.A8, "ticketmaster").ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, f => Assert.Equal("logo", f.Facts["anchor"]));
        Assert.All(links, f => Assert.True(int.Parse(f.Facts["nearbyAds"], System.Globalization.CultureInfo.InvariantCulture) >= 1));
        Assert.Equal("4", links[0].Facts["pageAds"]);
    }

    [Fact]
    public void Analyze_FramingSample_RecordsFramersAdsAndBranding()
    {
        var finding = Assert.Single(PageKit.Analyze(Read("framing-netflix-portal.html"), "https://streamdeck-portal.example/watch").Of(Criteria.A9, "netflix"));

        Assert.Equal("2", finding.Facts["ads"]);
        Assert.Equal("true", finding.Facts["ownBranding"]);
    }

    [Fact]
    public void Analyze_ParkedSample_RecordsPriceAndMarketplace()
    {
        var finding = Assert.Single(PageKit.Analyze(Read("parked-for-sale-vitamixcostco.html"), "http://vitamixcostco.com/").Of(Criteria.U6, null));

        Assert.Equal("$1,750", finding.Facts["price"]);
        Assert.StartsWith("https://dan.com/", finding.Facts["marketplace"], StringComparison.Ordinal);
    }

    private static string Read(string file) => File.ReadAllText(PageKit.SamplePath("sites", file));
}
