using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

public sealed class MetadataAndHiddenTextTests
{
    private const string Filler = "<p>Compare cheap flights, hotel rooms and car hire across hundreds of sites in one search.</p>";

    [Theory]
    [InlineData("<meta name=\"keywords\" content=\"cheap flights, airfrance, hotels\">", "meta keywords")]
    [InlineData("<meta name=\"description\" content=\"Better fares than Air France every day\">", "meta description")]
    [InlineData("<meta property=\"og:title\" content=\"Air France deals\">", "Open Graph og:title")]
    [InlineData("<meta name=\"twitter:title\" content=\"Air France deals\">", "Twitter card twitter:title")]
    public void Analyze_MarkInMetaTag_ReportsA10WithLocation(string head, string location)
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler, head));

        var finding = Assert.Single(findings.Of(Criteria.A10, "airfrance"));
        Assert.Equal(location, finding.Facts["location"]);
        Assert.Contains("<meta", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_MarkInAltOfImageNobodySees_ReportsA10()
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + "<img src=\"/img/pixel.gif\" width=\"1\" height=\"1\" alt=\"Air France cheap flights\">"));

        Assert.Equal("img alt", Assert.Single(findings.Of(Criteria.A10, "airfrance")).Facts["location"]);
    }

    [Fact]
    public void Analyze_MarkInAltOfVisiblePicture_IsNotBurying()
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + "<img src=\"/img/plane.jpg\" width=\"640\" height=\"400\" alt=\"An Air France jet at the gate\">"));

        Assert.Empty(findings.Of(Criteria.A10, "airfrance"));
    }

    [Theory]
    [InlineData("<meta name=\"description\" content=\"A demo of a payment with PayPal\">", "<script src=\"https://www.paypal.com/sdk/js?client-id=demo\"></script>")]
    [InlineData("<meta property=\"og:title\" content=\"Checkout with PayPal\">", "<iframe src=\"https://www.paypal.com/smart/buttons?token=demo\"></iframe>")]
    public void Analyze_DescriptionNamingTheServiceThePageRuns_IsNotBurying(string head, string service)
    {
        Assert.Single(PageKit.Analyze(PageKit.Page(Filler, head)).Of(Criteria.A10, "paypal"));

        var findings = PageKit.Analyze(PageKit.Page(Filler + service, head));

        Assert.Empty(findings.Of(Criteria.A10, "paypal"));
    }

    [Theory]
    [InlineData("<meta name=\"keywords\" content=\"paypal, cheap flights\">", "<script src=\"https://www.paypal.com/sdk/js?client-id=demo\"></script>")]
    [InlineData("<meta name=\"description\" content=\"A demo of a payment with PayPal\">", "<script src=\"https://paypal-sdk.example/js\"></script>")]
    public void Analyze_KeywordsOrAServiceFromAnotherHost_StillBury(string head, string service)
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + service, head));

        Assert.Single(findings.Of(Criteria.A10, "paypal"));
    }

    [Theory]
    [InlineData("meta name=\"robots\" content=\"Air France\"")]
    [InlineData("meta name=\"keywords\" content=\"cheap flights, hotels\"")]
    public void Analyze_MetaWithoutMarkOrUnreadTag_ReportsNoA10(string meta)
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler, $"<{meta}>"));

        Assert.Empty(findings.Of(Criteria.A10, "airfrance"));
    }

    [Theory]
    [InlineData("<style>.seo{display:none}</style>", "<div class=\"seo\">Air France</div>", "display:none")]
    [InlineData("", "<div hidden>Air France</div>", "hidden attribute")]
    [InlineData("<style>#k{visibility:hidden}</style>", "<p id=\"k\">Air France</p>", "visibility:hidden")]
    [InlineData("", "<span style=\"font-size:0\">Air France</span>", "font-size:0px")]
    [InlineData("<style>.tiny{font-size:1px}</style>", "<span class=\"tiny\">Air France</span>", "font-size:1px")]
    [InlineData("<style>.tiny{font-size:.1em}</style>", "<span class=\"tiny\">Air France</span>", "font-size:1.6px")]
    [InlineData("<style>.away{position:absolute;left:-9999px}</style>", "<div class=\"away\"><b>Air France</b></div>", "off-screen position")]
    [InlineData("", "<h2 style=\"text-indent:-5000px\">Air France</h2>", "off-screen text-indent")]
    [InlineData("<style>body{background:#fff} .w{color:#ffffff}</style>", "<p class=\"w\">Air France</p>", "text colour #ffffff on background #ffffff")]
    [InlineData("<style>.box{background-color:#003366} .box p{color:rgb(0,51,102)}</style>", "<div class=\"box\"><p>Air France</p></div>", "text colour #003366 on background #003366")]
    [InlineData("", "<p style=\"opacity:0\">Air France</p>", "opacity:0")]
    [InlineData("<style>.outer{display:none}</style>", "<div class=\"outer\"><ul><li><a href=\"#\">Air France</a></li></ul></div>", "display:none")]
    public void Analyze_MarkInHiddenText_ReportsA11WithTechnique(string head, string hidden, string technique)
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + hidden, head));

        var finding = Assert.Single(findings.Of(Criteria.A11, "airfrance"), f => f.Facts["technique"] != "metadata only");
        Assert.StartsWith(technique, finding.Facts["technique"], StringComparison.Ordinal);
        Assert.Contains("Air France", finding.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "<p>Fly Air France to Paris.</p>")]
    [InlineData("<style>body{background:#fff} .w{color:#222}</style>", "<p class=\"w\">Air France</p>")]
    [InlineData("<style>.hide{display:none}</style>", "<p class=\"show\">Air France</p>")]
    [InlineData("", "<p style=\"font-size:14px\">Air France</p>")]
    [InlineData("", "<p style=\"position:relative;left:-20px\">Air France</p>")]
    [InlineData("<style>.hero{background:url(sky.jpg);color:#fff}</style>", "<div class=\"hero\">Air France</div>")]
    // An inline icon's title and description are its accessible name, not text hidden from the reader.
    [InlineData("", "<p>Fly with <svg class=\"af\" role=\"img\"><title>Air France</title><desc>Air France logo</desc><use href=\"#af\"></use></svg></p>")]
    public void Analyze_MarkInVisibleText_ReportsNoHiddenText(string head, string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + body, head));

        Assert.Empty(findings.Of(Criteria.A11, "airfrance"));
    }

    [Fact]
    public void Analyze_MarkRepeatedAsWallpaper_ReportsKeywordStuffing()
    {
        var wallpaper = string.Concat(Enumerable.Repeat("<span>Air France</span> ", 12));

        var findings = PageKit.Analyze(PageKit.Page(Filler + "<div>" + wallpaper + "</div>"));

        var finding = Assert.Single(findings.Of(Criteria.A11, "airfrance"));
        Assert.Equal("keyword stuffing", finding.Facts["technique"]);
        Assert.Equal("12", finding.Facts["occurrences"]);
    }

    [Fact]
    public void Analyze_FewMentionsInLongArticle_IsNotStuffing()
    {
        var article = string.Concat(Enumerable.Repeat(Filler, 40)) + "<p>We flew Air France and KLM.</p><p>Air France was on time.</p>";

        var findings = PageKit.Analyze(PageKit.Page(article));

        Assert.Empty(findings.Of(Criteria.A11, "airfrance"));
    }

    [Fact]
    public void Analyze_MarkOnlyInMetadata_ReportsBurying()
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler, "<meta name=\"keywords\" content=\"flights, air france, hotels\">"));

        var finding = Assert.Single(findings.Of(Criteria.A10, "airfrance"));
        Assert.Equal("false", finding.Facts["discussed"]);
        Assert.Contains("never shows Air France to its reader", finding.Reason, StringComparison.Ordinal);
        Assert.Empty(findings.Of(Criteria.A11, "airfrance"));
    }

    [Theory]
    [InlineData("Air France baggage rules, Air France seat maps, Air France lounges, Air France refunds", false)]
    [InlineData("Air France baggage rules, Air France seat maps, Air France lounges, air france baggage rules", true)]
    [InlineData("Air France baggage rules, Air France Air France, Air France lounges, Air France refunds", true)]
    public void Analyze_KeywordsThatMirrorAGuideAboutTheMark_AreNoStuffingUnlessTheyRepeat(string keywords, bool stuffing)
    {
        // A travel guide whose text names Air France in every section: its keywords list the sections, one phrase each.
        var guide = "<h1>Flying with Air France: a guide</h1><h2>Air France baggage rules</h2><p>Cabin bags weigh up to 12 kg.</p>"
            + "<h2>Air France seat maps</h2><p>Rows 1 to 8 are business.</p><h2>Air France lounges</h2><p>Paris and Nice.</p>"
            + "<h2>Air France refunds</h2><p>Claims take four weeks.</p>";

        var findings = PageKit.Analyze(PageKit.Page(guide, $"<meta name=\"keywords\" content=\"{keywords}\">", title: "Travel guide"));

        Assert.Equal(stuffing, findings.Of(Criteria.A11, "airfrance").Any());
    }

    [Fact]
    public void Analyze_MetaKeywordsRepeatingMark_ReportsMetaStuffing()
    {
        var findings = PageKit.Analyze(PageKit.Page(Filler + "<p>Air France</p>", "<meta name=\"keywords\" content=\"air france, air france flights, air france deals, cheap air france\">"));

        var finding = Assert.Single(findings.Of(Criteria.A11, "airfrance"));
        Assert.Equal("meta keywords stuffing", finding.Facts["technique"]);
        Assert.Equal("4", finding.Facts["repeats"]);
    }
}
