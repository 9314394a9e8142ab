using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

public sealed class FormsAndSignalsTests
{
    [Theory]
    [InlineData("<form action=\"https://collect.example.ru/p.php\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>", "password", "https://collect.example.ru/p.php", "true")]
    [InlineData("<form action=\"verify.php\" method=\"POST\"><input name=\"cardnumber\" autocomplete=\"cc-number\"><input name=\"cvv\"></form>", "card", "https://lookalike.example/offers/verify.php", "false")]
    [InlineData("<form><input type=\"password\" id=\"pw\"><input placeholder=\"Card number\"></form>", "password,card", "https://lookalike.example/offers/index.html", "false")]
    public void Analyze_CredentialFormOnPageShowingMark_ReportsU1WithWhereItPosts(string form, string fields, string action, string offSite)
    {
        var findings = PageKit.Analyze(PageKit.Page("<header><img src=\"/paypal-logo.svg\" alt=\"PayPal\"></header>" + form, title: "Log in to your account"));

        var finding = Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.Equal(fields, finding.Facts["fields"]);
        Assert.Equal(action, finding.Facts["action"]);
        Assert.Equal(offSite, finding.Facts["postsOffSite"]);
        Assert.Contains("<input", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PasswordInputOutsideAnyForm_ReportsU1PostingToScript()
    {
        var findings = PageKit.Analyze(PageKit.Page("<header><img class=\"logo\" src=\"/pp.svg\" alt=\"PayPal\"></header><h1>PayPal</h1><div id=\"login\"><input type=\"password\"></div>"));

        Assert.Equal("(script)", Assert.Single(findings.Of(Criteria.U1, "paypal")).Facts["action"]);
    }

    [Theory]
    [InlineData("<h1>Members area</h1><form><input type=\"password\"></form>")]
    [InlineData("<h1>PayPal accepted here</h1><form><input name=\"q\" type=\"search\"><input type=\"submit\"></form>")]
    [InlineData("<h1>PayPal</h1><form><input name=\"pinecone\"><input name=\"spinner\"></form>")]
    public void Analyze_FormWithoutCredentialsOrWithoutMark_ReportsNoU1(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.U1);
    }

    [Fact]
    public void Analyze_ForSaleLanderWithMarketplaceLink_ReportsGenericU6WithPrice()
    {
        var body = "<h1>paypa1.com</h1><p>This domain is for sale! Buy now for $2,499 or make an offer.</p>"
            + "<a href=\"https://sedo.com/search/details/?domain=paypa1.com\">Make offer</a>";

        var findings = PageKit.Analyze(PageKit.Page(body), "http://paypa1.com/");

        var finding = Assert.Single(findings.Of(Criteria.U6, null));
        Assert.Equal("$2,499", finding.Facts["price"]);
        Assert.StartsWith("https://sedo.com/", finding.Facts["marketplace"], StringComparison.Ordinal);
        Assert.Equal("false", finding.Facts["targeted"]);
    }

    [Fact]
    public void Analyze_ForSaleOfferNamingMark_ReportsTargetedU6()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>This domain is for sale. Ideal for Vitamix owners and resellers: $1,750.</p>"));

        Assert.Equal("true", Assert.Single(findings.Of(Criteria.U6, "vitamix")).Facts["targeted"]);
    }

    [Fact]
    public void Analyze_ParkingLanderWithSearchFeedOnMark_ReportsU3ForMark()
    {
        var body = "<h2>Related Searches</h2><ul>"
            + "<li><a href=\"/search?q=Equifax+Credit+Report\">Equifax Credit Report</a></li>"
            + "<li><a href=\"/search?q=Free+Credit+Score\">Free Credit Score</a></li>"
            + "<li><a href=\"/search?q=Identity+Theft\">Identity Theft</a></li></ul>"
            + "<script src=\"https://www.parkingcrew.net/assets/lander.js\"></script>";

        var findings = PageKit.Analyze(PageKit.Page(body), "http://myequifaz.com/");

        var finding = Assert.Single(findings.Of(Criteria.U3, "equifax"));
        Assert.Contains("parking service: www.parkingcrew.net", finding.Facts["signals"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sponsored listing 1|Sponsored Listings 2|Ads 3", "")]
    [InlineData("Sponsored listing 1|Car rental deals|Related links", "Car rental deals")]
    public void Analyze_ParkingLinks_WhoseTextsAreOnlyLanderWords_NameNoTopic(string texts, string topics)
    {
        var links = string.Concat(texts.Split('|').Select((t, i) => $"<li><a href=\"http://ads.example/{i}\">{t}</a></li>"));
        var findings = PageKit.Analyze(PageKit.Page($"<h2>Related searches</h2><ul>{links}</ul><p>Sponsored listings</p>"), "http://quorvexa-rent.example/");

        var finding = Assert.Single(findings.Of(Criteria.U3, null));
        Assert.Equal(topics, finding.Facts["links"]);
    }

    [Theory]
    [InlineData("Link sponsorizzati", "Ricerche correlate")]
    [InlineData("Gesponserte Links", "Ähnliche Suchanfragen")]
    [InlineData("Liens sponsorisés", "Recherches associées")]
    [InlineData("Enlaces patrocinados", "Búsquedas relacionadas")]
    public void Analyze_ParkingLanderInTheVisitorsLanguage_ReportsU3(string caption, string related)
    {
        var findings = PageKit.Analyze(PageKit.Page($"<h2>{related}</h2><ul><li><a href=\"http://ads.example/1\">Offerte viaggi</a></li></ul><p>{caption}</p>"), "http://quorvexa-rent.example/");

        Assert.Single(findings.Of(Criteria.U3, null));
    }

    [Theory]
    [InlineData("Questo dominio è in vendita.")]
    [InlineData("Diese Domain steht zum Verkauf.")]
    [InlineData("Dit domein is te koop.")]
    public void Analyze_ForSaleNoticeInTheVisitorsLanguage_ReportsU6(string notice)
    {
        var findings = PageKit.Analyze(PageKit.Page($"<h1>quorvexa-rent.example</h1><p>{notice}</p>"), "http://quorvexa-rent.example/");

        Assert.Single(findings.Of(Criteria.U6, null));
    }

    [Fact]
    public void Analyze_OrdinaryPageWithOneSearchLink_ReportsNoParking()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Search our archive: <a href=\"/search?q=steel\">steel</a>. Related links below.</p>"));

        Assert.DoesNotContain(findings, f => f.Criterion is Criteria.U3 or Criteria.U6);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://www.wastequip.com/products\">", "", "meta refresh")]
    [InlineData("<meta http-equiv=\"Refresh\" content=\"3;URL='https://wastequip.com/'\">", "", "meta refresh")]
    [InlineData("", "<script>window.location.href = \"https://www.wastequip.com/\";</script>", "script")]
    [InlineData("", "<script>setTimeout(function(){ location.replace('https://wastequip.com/dealers'); }, 10)</script>", "script")]
    public void Analyze_RedirectToOwnersSite_ReportsU5NotExecuted(string head, string body, string method)
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Moved.</p>" + body, head), "http://wastequips.com/");

        var finding = Assert.Single(findings.Of(Criteria.U5, "wastequip"));
        Assert.Equal(method, finding.Facts["method"]);
        Assert.Equal("false", finding.Facts["executed"]);
    }

    [Fact]
    public void Analyze_RedirectToThirdSite_ReportsDiversion()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Moved.</p>", "<meta http-equiv=\"refresh\" content=\"0;url=https://competitor.example/bins\">"), "http://wastequips.com/");

        Assert.Equal("https://competitor.example/bins", Assert.Single(findings.Of(Criteria.D1, null)).Facts["target"]);
        Assert.Empty(findings.Of(Criteria.U5, "wastequip"));
    }

    [Fact]
    public void Analyze_RedirectWithinSameSite_ReportsNothing()
    {
        var findings = PageKit.Analyze(PageKit.Page("<script>location.href='/home'</script>", "<meta http-equiv=\"refresh\" content=\"5\">"), "http://wastequips.com/");

        Assert.DoesNotContain(findings, f => f.Criterion is Criteria.U5 or Criteria.D1);
    }

    [Fact]
    public void Analyze_ResellerDisclosureNamingMark_ReportsX4()
    {
        var body = "<div class=\"notice\"><strong>We are an independent, authorised reseller of genuine Oki Data printer parts.</strong></div><p>Toner, drums and fusers.</p>";

        var findings = PageKit.Analyze(PageKit.Page(body));

        var finding = Assert.Single(findings.Of(Criteria.X4, "okidata"));
        Assert.Equal("true", finding.Facts["prominent"]);
        Assert.Empty(findings.Of(Criteria.U4, "okidata"));
    }

    [Fact]
    public void Analyze_DisclaimerNamingMark_ReportsX8Disclaimer()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Fan news.</p><footer><p>This site is not affiliated with Netflix, Inc.</p></footer>"));

        Assert.Equal("disclaimer", Assert.Single(findings.Of(Criteria.X8, "netflix")).Facts["signal"]);
    }

    [Fact]
    public void Analyze_HiddenDisclaimer_IsNotAFairUseSignal()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Netflix login.</p><p style=\"display:none\">Not affiliated with Netflix.</p>"));

        Assert.Empty(findings.Of(Criteria.X8, "netflix"));
    }

    [Fact]
    public void Analyze_ReviewVocabulary_ReportsX8Review()
    {
        var findings = PageKit.Analyze(PageKit.Page("<h1>Vitamix A3500 review</h1><p>Pros and cons after a month. Our verdict: 4 stars.</p>", title: "Vitamix A3500 review"));

        Assert.Equal("review", Assert.Single(findings.Of(Criteria.X8, "vitamix")).Facts["signal"]);
    }

    [Fact]
    public void Analyze_PhishingPageInTheBrandsVoiceWithReviewWords_IsNoReview()
    {
        // "Your account is under review" is the kit speaking as the brand, not a page reviewing its goods.
        var findings = PageKit.Analyze(PageKit.Page(
            "<header><img src=\"/paypal-logo.svg\" alt=\"PayPal\"></header><h1>Your PayPal account is under review</h1>"
            + "<p>We reviewed recent activity and rated your account at risk. Log in to complete the review.</p>"
            + "<form action=\"verify.php\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>",
            title: "PayPal: Account review required"));

        Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.Empty(findings.Of(Criteria.X8, "paypal"));
    }

    [Theory]
    [InlineData("<h1>Legal &amp; General sucks</h1><p>Read the complaints of mis-sold pension victims.</p>")]
    // Activist criticism speaks of cruelty and ethics rather than of rip-offs (wynncruelty.com, a caged-hens campaign).
    [InlineData("<h1>Legal &amp; General cruelty</h1><p>Legal &amp; General still funds inhumane farms; its investments are unethical.</p>")]
    [InlineData("<h1>Legal &amp; General arnaque</h1><p>Les plaintes des victimes : une escroquerie honteuse.</p>")]
    [InlineData("<h1>Legal &amp; General: Betrug</h1><p>Beschwerden der Kunden über die Abzocke.</p>")]
    [InlineData("<h1>Legal &amp; General, estafa</h1><p>Quejas de clientes estafados: ¡qué vergüenza!</p>")]
    [InlineData("<h1>Legal &amp; General, reclamações</h1><p>Uma vergonha para os clientes.</p>")]
    // A union's strike site speaks of the dispute (bcaaonstrike.com).
    [InlineData("<h1>Legal &amp; General workers on strike</h1><p>News from the picket line.</p>")]
    // A boycott call in French beside a strike (jeboycottedanone.com, Paris Court of Appeal 2003).
    [InlineData("<h1>Je boycotte Legal &amp; General</h1><p>Nous relayons l'appel à la grève des salariés.</p>")]
    [InlineData("<h1>Boykottiert Legal &amp; General</h1><p>Der Streik geht weiter.</p>")]
    public void Analyze_CriticismVocabulary_ReportsX5(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Equal("criticism", Assert.Single(findings.Of(Criteria.X5, "legalandgeneral")).Facts["signal"]);
    }

    [Fact]
    public void Analyze_OnePejorativeWordOnPhishingPage_IsNotCriticism()
    {
        var findings = PageKit.Analyze(PageKit.Page("<h1>PayPal</h1><p>To protect you from fraud we limited your account. Avoid delays: confirm now.</p>"));

        Assert.Empty(findings.Of(Criteria.X5, "paypal"));
    }

    [Theory]
    // trendmakerhome.com: a buyer's story under a disclaimer naming the owner needs one criticism word.
    [InlineData("<p><b>This is not the website of Legal &amp; General.</b></p><h1>My Legal &amp; General story</h1><p>The misrepresentations of a salesman.</p>", true)]
    [InlineData("<h1>My Legal &amp; General story</h1><p>The misrepresentations of a salesman.</p>", false)]  // no disclaimer: one word is not enough
    [InlineData("<p><b>This is not the website of Legal &amp; General.</b></p><h1>My Legal &amp; General story</h1><p>A salesman showed me a house.</p>", false)] // no criticism word
    public void Analyze_APageDisowningTheMark_IsCriticismWithOneCriticismWord(string body, bool criticism)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Equal(criticism ? 1 : 0, findings.Of(Criteria.X5, "legalandgeneral").Count());
    }

    [Fact]
    public void Analyze_ShopUnderMarkWithoutDisclosure_ReportsU4()
    {
        var body = "<header><img src=\"/img/iqos-logo.svg\" alt=\"IQOS\"></header><h2>IQOS ILUMA kits</h2><p>Price: ¥6,980</p><button>Add to cart</button><p>Free shipping.</p>";

        var findings = PageKit.Analyze(PageKit.Page(body, title: "IQOS Japan Official Store"));

        var finding = Assert.Single(findings.Of(Criteria.U4, "iqos"));
        Assert.Equal("false", finding.Facts["disclosure"]);
    }

    [Theory]
    [InlineData("https://zalandoshoesoutlet.example/", true)]
    [InlineData("https://zalando-shoes-outlet.example/", true)]
    [InlineData("https://shoes-outlet.example/", false)]
    public void Analyze_ShopWithoutLogo_PresentsAsTheMarkOnlyWhenTheHostShowsIt(string url, bool u4)
    {
        // The address bar is the visual cue: a host that glues the mark to other words shows it as plainly as one with hyphens.
        var body = "<h1>Zalando shoes outlet</h1><p>All Zalando sneakers in stock.</p><p>€89.00</p><button>Add to cart</button>";

        var findings = PageKit.Analyze(PageKit.Page(body, title: "Zalando Outlet"), url);

        Assert.Equal(u4, findings.Of(Criteria.U4, "zalando").Any());
        if (u4)
        {
            Assert.Contains("host name", findings.Of(Criteria.U4, "zalando").Single().Facts["presentsAs"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<p>IQOS kits. Add to cart. Free shipping. ¥6,980.</p><p>We are an authorised reseller of IQOS.</p>")]
    [InlineData("<p>IQOS kits. Add to cart. Free shipping. ¥6,980.</p><p>Not affiliated with Philip Morris; IQOS is a trademark of its owner.</p>")]
    [InlineData("<p>IQOS and IQOS accessories news. Nothing to buy here.</p>")]
    public void Analyze_ShopWithDisclosureOrNoShop_ReportsNoU4(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: "IQOS kits"));

        Assert.Empty(findings.Of(Criteria.U4, "iqos"));
    }
}
