using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

public sealed class LinksFramesLogosTests
{
    private const string Ads = "<div class=\"ad-slot\"><iframe src=\"https://tpc.googlesyndication.com/safeframe/1\"></iframe></div>"
        + "<ins class=\"adsbygoogle\" data-ad-client=\"ca-pub-1\"></ins>";

    [Fact]
    public void Analyze_LogoDeepLinkBesideAds_ReportsA8WithAdCount()
    {
        var body = "<section><h3>Concerts this week</h3><div class=\"tile\"><a href=\"https://www.ticketmaster.com/event/0B005F4C\">"
            + "<img src=\"/img/ticketmaster-logo.png\" alt=\"Ticketmaster\"></a></div>" + Ads + "</section>";

        var findings = PageKit.Analyze(PageKit.Page(body));

        var finding = Assert.Single(findings.Of(Criteria.A8, "ticketmaster"));
        Assert.Equal("logo", finding.Facts["anchor"]);
        Assert.Equal("2", finding.Facts["nearbyAds"]);
        Assert.Equal("https://www.ticketmaster.com/event/0B005F4C", finding.Facts["target"]);
        Assert.Empty(findings.Of(Criteria.A12, "ticketmaster"));
    }

    [Fact]
    public void Analyze_TextDeepLinkBesideAdsWithoutAttribution_ReportsA8()
    {
        var body = "<div><p><a href=\"https://www.ticketmaster.com/artist/805985\">Ticketmaster</a></p>" + Ads + "</div>";

        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Equal("text", Assert.Single(findings.Of(Criteria.A8, "ticketmaster")).Facts["anchor"]);
    }

    [Theory]
    [InlineData("<p>Tickets for this show are sold by <a href=\"https://www.ticketmaster.com/event/0B005F4C\">Ticketmaster</a>, another company.</p>")]
    [InlineData("<p>Buy on <a href=\"https://www.ticketmaster.com/event/0B005F4C\">Ticketmaster</a>.</p><div class=\"ad\">Ad</div>")]
    [InlineData("<p>See <a href=\"https://www.ticketmaster.com/event/0B005F4C\">Ticketmaster</a> for seats.</p>")]
    public void Analyze_PlainTextDeepLink_ReportsLawfulLinkingNotA8(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Empty(findings.Of(Criteria.A8, "ticketmaster"));
        Assert.Equal("plain link", Assert.Single(findings.Of(Criteria.X9, "ticketmaster")).Facts["signal"]);
    }

    [Theory]
    [InlineData("https://www.ticketmaster.com/")]
    [InlineData("https://ticketmaster.com")]
    [InlineData("https://www.ticketmaster.com/en-us/")]
    public void Analyze_LinkToOwnersHomePage_ReportsHomeLinkNotA8(string href)
    {
        var findings = PageKit.Analyze(PageKit.Page($"<p><a href=\"{href}\"><img src=\"ticketmaster-logo.png\" alt=\"Ticketmaster\"></a></p>" + Ads));

        Assert.Empty(findings.Of(Criteria.A8, "ticketmaster"));
        Assert.Equal("home link", Assert.Single(findings.Of(Criteria.X9, "ticketmaster")).Facts["signal"]);
    }

    [Theory]
    [InlineData("<a href=\"https://ticketmaster.example.net/event/1\">Ticketmaster</a>")]
    [InlineData("<a href=\"https://www.ticketmaster.com/event/1\">Buy tickets</a>")]
    [InlineData("<a href=\"javascript:alert(1)\">Ticketmaster</a>")]
    public void Analyze_LinkNotAnchoredOnMarkOrNotToOwner_ReportsNoDeepLink(string link)
    {
        var findings = PageKit.Analyze(PageKit.Page($"<p>{link}</p>" + Ads));

        Assert.Empty(findings.Of(Criteria.A8, "ticketmaster"));
        Assert.Empty(findings.Of(Criteria.X9, "ticketmaster"));
    }

    [Fact]
    public void Analyze_RelativeLinkWithBaseOnOwnersDomain_IsResolvedAgainstBase()
    {
        var html = PageKit.Page("<div><a href=\"/event/77\"><img src=\"tm-logo.png\" alt=\"Ticketmaster\"></a></div>", "<base href=\"https://www.ticketmaster.com/\">");

        var findings = PageKit.Analyze(html);

        Assert.Equal("https://www.ticketmaster.com/event/77", Assert.Single(findings.Of(Criteria.X9, "ticketmaster")).Facts["target"]);
    }

    [Fact]
    public void Analyze_IframeOfOwnersPageInsideOwnBrandingAndAds_ReportsA9()
    {
        var body = "<header><img src=\"/newsnow-logo.png\" alt=\"NewsNow\"><h1>NewsNow Headlines</h1></header>"
            + "<iframe src=\"https://www.legalandgeneral.com/insurance/life-insurance/\" width=\"100%\" height=\"900\"></iframe>" + Ads;

        var findings = PageKit.Analyze(PageKit.Page(body));

        var finding = Assert.Single(findings.Of(Criteria.A9, "legalandgeneral"));
        Assert.Equal("2", finding.Facts["ads"]);
        Assert.Equal("true", finding.Facts["ownBranding"]);
        Assert.Equal("https://www.legalandgeneral.com/insurance/life-insurance/", finding.Facts["target"]);
    }

    [Fact]
    public void Analyze_FramesetWithBannerFrame_ReportsA9WithOwnBranding()
    {
        const string html = "<html><head><title>Portal</title></head><frameset rows=\"90,*\"><frame src=\"/banner.html\">"
            + "<frame src=\"https://www.netflix.com/browse/genre/34399\"></frameset></html>";

        var findings = PageKit.Analyze(html);

        var finding = Assert.Single(findings.Of(Criteria.A9, "netflix"));
        Assert.Equal("true", finding.Facts["frameset"]);
        Assert.Equal("true", finding.Facts["ownBranding"]);
    }

    [Theory]
    [InlineData("https://www.netflix.com/viewer?url=https://cv.example/me.pdf", true)]
    [InlineData("https://www.netflix.com/viewer?url=https://cv.example/me.pdf&embedded=true", false)]
    [InlineData("https://www.netflix.com/viewer?embed=1&url=https://cv.example/me.pdf", false)]
    [InlineData("https://www.netflix.com/viewer?embedded=false", true)]
    public void Analyze_FrameOfTheOwnersPageAlone_IsFramingUnlessItAsksForTheEmbeddedView(string src, bool a9)
    {
        // A résumé page showing its PDF through a document service's viewer: the query asks for the view the service offers for framing.
        var findings = PageKit.Analyze(PageKit.Page($"<iframe src=\"{src}\" width=\"100%\" height=\"900\"></iframe>"));

        Assert.Equal(a9, findings.Of(Criteria.A9, "netflix").Any());
    }

    [Fact]
    public void Analyze_IframeOfAnotherSite_ReportsNoFraming()
    {
        var findings = PageKit.Analyze(PageKit.Page("<iframe src=\"https://maps.example.org/embed?q=paris\"></iframe>"));

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.A9);
    }

    [Theory]
    [InlineData("<header><img src=\"/assets/iqos-logo.svg\" alt=\"IQOS\"></header><p>Heets in stock.</p>", "page header")]
    [InlineData("<a href=\"/\"><img src=\"/assets/brand.svg\" alt=\"IQOS\"></a><p>Heets in stock.</p>", "links to this site's home page")]
    [InlineData("<div class=\"site-logo\"><img src=\"/i/iqos.png\" alt=\"IQOS\"></div><p>Heets.</p>", "site logo")]
    [InlineData("<p>Heets.</p><img src=\"https://www.iqos.com/content/dam/iqos-logo.png\" class=\"logo\">", "site logo")]
    public void Analyze_OwnersLogoAsOwnBranding_ReportsA12(string body, string placement)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Equal(placement, Assert.Single(findings.Of(Criteria.A12, "iqos")).Facts["placement"]);
    }

    [Theory]
    [InlineData("<p>Our test of the device.</p><p>Lorem.</p><img src=\"/photos/iqos-device-on-desk.jpg\" alt=\"The IQOS device on a desk\">")]
    [InlineData("<header><img src=\"/img/smokefree-logo.svg\" alt=\"SmokeFree Review\"></header><p>IQOS review.</p>")]
    public void Analyze_ProductPhotoOrOwnLogo_ReportsNoA12(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Intro.</p>" + body));

        Assert.Empty(findings.Of(Criteria.A12, "iqos"));
    }

    [Fact]
    public void Analyze_AShopCheckoutWithAPayWithLine_IsNotThePaymentBrandsPage()
    {
        // A shop whose name is text and whose first image is the payment brand in "Or pay with [PayPal]".
        var findings = PageKit.Analyze(PageKit.Page(
            "<h1>Garden Tools Ltd</h1><h2>Checkout</h2><p>Total: $49.00</p>"
            + "<form action=\"/pay\"><input name=\"email\"><input name=\"card\" autocomplete=\"cc-number\"><button>Pay now</button></form>"
            + "<p>Or pay with <img src=\"/img/paypal-logo.png\" alt=\"PayPal\"> PayPal</p>",
            title: "Checkout - Garden Tools Ltd"));

        Assert.Empty(findings.Of(Criteria.A12, "paypal"));
        Assert.Empty(findings.Of(Criteria.U1, "paypal"));
        Assert.Empty(findings.Of(Criteria.U4, "paypal"));
    }

    [Theory]
    [InlineData("<p>Or pay with <span class=\"pp\" style=\"background-image:url('/img/paypal-logo.png')\"></span> PayPal</p>")]
    [InlineData("<style>.pp{background:url(/img/paypal-logo.svg) no-repeat}</style><p>Or pay with <span class=\"pp\"></span></p>")]
    public void Analyze_AShopCheckoutWhosePayWithLineDrawsTheBrandAsABackground_IsNotThePaymentBrandsPage(string line)
    {
        // The same line as above, its logo drawn by CSS instead of an image element.
        var findings = PageKit.Analyze(PageKit.Page(
            "<h1>Garden Tools Ltd</h1><h2>Checkout</h2><p>Total: $49.00</p>"
            + "<form action=\"/pay\"><input name=\"email\"><input name=\"card\" autocomplete=\"cc-number\"><button>Pay now</button></form>" + line,
            title: "Checkout - Garden Tools Ltd"));

        Assert.Empty(findings.Of(Criteria.A12, "paypal"));
        Assert.Empty(findings.Of(Criteria.U1, "paypal"));
    }

    [Fact]
    public void Analyze_AKitWhoseCardAlsoOffersAnotherSignIn_StillWearsTheBrandsLogo()
    {
        // The card holding the logo also holds "Sign in with GitHub": a block, not a line that offers a service.
        var findings = PageKit.Analyze(PageKit.Page(
            "<div class=\"card\"><img class=\"logo\" src=\"/img/paypal-logo.svg\" alt=\"PayPal\"><h1>Log in</h1>"
            + "<form action=\"verify.php\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>"
            + "<div><a class=\"btn\" href=\"#\">Sign in with GitHub</a></div></div>",
            title: "Log in to your account"));

        Assert.Single(findings.Of(Criteria.U1, "paypal"));
    }

    [Theory]
    [InlineData("How to set up PayPal on your shop - ShopTips blog", false)]   // an article's picture of its subject, on a site named in the title
    [InlineData("PayPal - Account verification", true)]                      // a kit names the brand first
    [InlineData("Verify your account | PayPal", true)]                       // ... or last, as the brand's own pages do
    [InlineData("Verify your account", true)]                                // no site named: the first image is the branding
    public void Analyze_FirstImageLogo_IsTheBrandingUnlessTheTitleNamesAnotherSite(string title, bool branding)
    {
        var findings = PageKit.Analyze(PageKit.Page(
            "<img src=\"/uploads/paypal-logo.png\" alt=\"PayPal logo\"><h2>Five steps</h2><p>Open your settings, then add the payment method.</p>", title: title));

        Assert.Equal(branding, findings.Of(Criteria.A12, "paypal").Any());
    }

    [Fact]
    public void Analyze_FaviconFromOwnersSite_ReportsA12()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Sign in</p>", "<link rel=\"icon\" href=\"https://www.paypalobjects.com/webstatic/icon/paypal-favicon.ico\">"));

        Assert.Equal("favicon", Assert.Single(findings.Of(Criteria.A12, "paypal")).Facts["placement"]);
    }
}
