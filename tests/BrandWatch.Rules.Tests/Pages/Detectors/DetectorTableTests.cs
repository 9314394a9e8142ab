using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages.Detectors;

namespace BrandWatch.Rules.Tests.Pages.Detectors;

/// <summary>
/// The page detectors as data: every detector of <see cref="PageDetectors.All"/> has a row here, fires on its example
/// page with its explanation, and stays silent on a lawful page of the same shape. A detector's findings are those it
/// adds after the detectors before it in the table have run.
/// </summary>
public sealed class DetectorTableTests
{
    private const string Ads = "<div class=\"ad-slot\"><iframe src=\"https://tpc.googlesyndication.com/safeframe/1\"></iframe></div>";
    private const string Filler = "<p>Compare cheap flights, hotel rooms and car hire across hundreds of sites in one search.</p>";
    private const string PayPalKit = "<header><img class=\"logo\" src=\"/img/pp.svg\" alt=\"PayPal\"></header><h1>Log in to your PayPal account</h1>";

    private static readonly DetectorCase[] Cases =
    [
        new()
        {
            Detector = "brand logo", Criterion = Criteria.A12, Mark = "paypal", Reason = "shows PayPal's logo as its own branding (page header)",
            Html = PageKit.Page("<header><img src=\"/img/paypal-logo.svg\" alt=\"PayPal\"></header><p>Sign in to continue.</p>"),
            NearMiss = PageKit.Page("<header><img src=\"/img/fernway-logo.svg\" alt=\"Fernway Coffee\"></header><p>Fresh beans.</p>"
                + "<footer><p>We accept</p><img src=\"/img/paypal-logo.svg\" alt=\"PayPal\"></footer>"),
        },
        new()
        {
            Detector = "metadata burial", Criterion = Criteria.A10, Mark = "airfrance", Reason = "never shows Air France to its reader",
            Html = PageKit.Page(Filler, "<meta name=\"keywords\" content=\"Air France, cheap flights\">"),
            NearMiss = PageKit.Page(Filler + "<p>Air France adds four routes to Lisbon this winter.</p>", "<meta name=\"keywords\" content=\"Air France, Lisbon\">"),
        },
        new()
        {
            Detector = "hidden text and stuffing", Criterion = Criteria.A11, Mark = "airfrance", Reason = "in text a visitor cannot see (display:none)",
            Html = PageKit.Page(Filler + "<p style=\"display:none\">Air France tickets Air France deals</p>"),
            NearMiss = PageKit.Page(Filler + "<p>Air France adds four routes to Lisbon this winter.</p>"),
        },
        new()
        {
            Detector = "deep links", Criterion = Criteria.A8, Mark = "ticketmaster", Reason = "logo links deep into its site",
            Html = PageKit.Page("<p><a href=\"https://www.ticketmaster.com/event/0B005F4C\"><img src=\"ticketmaster-logo.png\" alt=\"Ticketmaster\"></a></p>" + Ads),
            NearMiss = PageKit.Page("<p><a href=\"https://www.ticketmaster.com/event/0B005F4C\"><img src=\"ticketmaster-logo.png\" alt=\"Ticketmaster\"></a></p>"),
        },
        new()
        {
            Detector = "framing", Criterion = Criteria.A9, Mark = "ticketmaster", Reason = "frames Ticketmaster's page",
            Html = PageKit.Page("<header><img class=\"logo\" src=\"/img/tixhub-logo.svg\" alt=\"TixHub\"></header><iframe src=\"https://www.ticketmaster.com/event/0B005F4C\"></iframe>"),
            NearMiss = PageKit.Page("<header><img class=\"logo\" src=\"/img/tixhub-logo.svg\" alt=\"TixHub\"></header><iframe src=\"https://www.ticketmaster.com/embed/event/0B005F4C\"></iframe>"),
        },
        new()
        {
            Detector = "credential form", Criterion = Criteria.U1, Mark = "paypal", Reason = "A form asks for password to https://collect.example.net/p.php",
            Html = PageKit.Page(PayPalKit + "<form action=\"https://collect.example.net/p.php\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>",
                title: "PayPal: Log in"),
            NearMiss = PageKit.Page("<header><img class=\"logo\" src=\"/img/fernway-logo.svg\" alt=\"Fernway Coffee\"></header><h1>Sign in to Fernway Coffee</h1>"
                + "<form action=\"/session\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>"
                + "<a href=\"https://www.paypal.com/checkoutnow?token=EC-1\"><img src=\"/img/paypal-logo.svg\" alt=\"PayPal\"> Check out with PayPal</a>",
                title: "Sign in | Fernway Coffee"),
        },
        new()
        {
            Detector = "impersonation without a form", Criterion = Criteria.U1, Mark = "microsoft", Reason = "asks the reader to call +1 (888) 555-0199",
            Html = PageKit.Page("<header><img class=\"logo\" src=\"/img/microsoft-logo.svg\" alt=\"Microsoft\"></header><h1>Microsoft Windows security alert</h1>"
                + "<p>Your computer has been blocked: virus detected. Do not restart. Call support at +1 (888) 555-0199.</p>", title: "Microsoft Support"),
            NearMiss = PageKit.Page("<header><img class=\"logo\" src=\"/img/ledgerline-logo.svg\" alt=\"Ledgerline\"></header><h1>Ledgerline support</h1>"
                + "<p>Our desk answers at +1 (888) 555-0199. Ledgerline runs on Microsoft Windows 11.</p><a href=\"/dl/ledgerline-remote-help.exe\">Remote help</a>",
                title: "Support | Ledgerline"),
        },
        new()
        {
            Detector = "domain for sale", Criterion = Criteria.U6, Mark = "vitamix", Reason = "offers the domain for sale and names Vitamix",
            Html = PageKit.Page("<p>This domain is for sale. Ideal for Vitamix owners and resellers: $1,750.</p>"),
            NearMiss = PageKit.Page("<h1>Vitamix A3500</h1><p>In stock: $549. Free delivery.</p>"),
        },
        new()
        {
            Detector = "pay-per-click parking", Criterion = Criteria.U3, Mark = "equifax", Reason = "pay-per-click parking page offers links on Equifax",
            Url = "http://myequifaz.com/",
            Html = PageKit.Page("<h2>Related Searches</h2><ul><li><a href=\"/search?q=Equifax+Credit+Report\">Equifax Credit Report</a></li>"
                + "<li><a href=\"/search?q=Free+Credit+Score\">Free Credit Score</a></li><li><a href=\"/search?q=Identity+Theft\">Identity Theft</a></li></ul>"
                + "<script src=\"https://www.parkingcrew.net/assets/lander.js\"></script>"),
            NearMiss = PageKit.Page("<p>Search our archive: <a href=\"/search?q=Equifax\">Equifax</a> and the 2017 breach.</p>"),
        },
        new()
        {
            Detector = "redirects", Criterion = Criteria.U5, Mark = "wastequip", Reason = "redirects visitors to Wastequip's own site",
            Url = "http://wastequips.com/",
            Html = PageKit.Page("<p>Moved.</p>", "<meta http-equiv=\"refresh\" content=\"0; url=https://www.wastequip.com/products\">"),
            NearMiss = PageKit.Page("<p>Moved.</p>", "<meta http-equiv=\"refresh\" content=\"0; url=/products\">"),
            NearMissUrl = "http://wastequips.com/",
        },
        new()
        {
            Detector = "disclaimers and platform credits", Criterion = Criteria.X8, Mark = "netflix", Reason = "disclaims any affiliation with Netflix",
            Html = PageKit.Page("<p>Fan news.</p><footer><p>This site is not affiliated with Netflix, Inc.</p></footer>"),
            NearMiss = PageKit.Page("<p>Netflix login.</p><p style=\"display:none\">Not affiliated with Netflix.</p>"),
        },
        new()
        {
            Detector = "reseller disclosure", Criterion = Criteria.X4, Mark = "okidata", Reason = "discloses its relationship to Oki Data",
            Html = PageKit.Page("<div class=\"notice\"><strong>We are an independent, authorised reseller of genuine Oki Data printer parts.</strong></div><p>Toner, drums and fusers.</p>"),
            NearMiss = PageKit.Page("<p>Oki Data printer parts: toner, drums and fusers.</p><p style=\"display:none\">We are an authorised reseller of Oki Data.</p>"),
        },
        new()
        {
            Detector = "review", Criterion = Criteria.X8, Mark = "vitamix", Reason = "reviews Vitamix and names it in plain text",
            Html = PageKit.Page("<h1>Vitamix A3500 review</h1><p>Pros and cons after a month. Our verdict: 4 stars.</p>", title: "Vitamix A3500 review"),
            NearMiss = PageKit.Page("<h1>Vitamix A3500</h1><p>Pros and cons after a month. Our verdict: 4 stars.</p>", title: "Vitamix A3500 | Blenders"),
        },
        new()
        {
            Detector = "criticism", Criterion = Criteria.X5, Mark = "legalandgeneral", Reason = "criticises Legal & General",
            Html = PageKit.Page("<h1>Legal &amp; General sucks</h1><p>Read the complaints of mis-sold pension victims.</p>"),
            NearMiss = PageKit.Page("<h1>Legal &amp; General</h1><p>To protect you from fraud we limited your account. Confirm now.</p>"),
        },
        new()
        {
            Detector = "advertising on a page about the mark", Criterion = Criteria.U11, Mark = "vitamix", Reason = "is about Vitamix and carries 1 advertisement(s)",
            Html = PageKit.Page("<h1>Vitamix rumours</h1><p>What the next blender from Vitamix may look like.</p>" + Ads, title: "Vitamix rumours"),
            NearMiss = PageKit.Page("<h1>Vitamix rumours</h1><p>What the next blender from Vitamix may look like.</p>", title: "Vitamix rumours"),
        },
        new()
        {
            Detector = "unauthorised shop", Criterion = Criteria.U4, Mark = "iqos", Reason = "shop presenting itself as IQOS",
            Html = PageKit.Page("<header><img src=\"/img/iqos-logo.svg\" alt=\"IQOS\"></header><h2>IQOS ILUMA kits</h2><p>Price: ¥6,980</p><button>Add to cart</button><p>Free shipping.</p>",
                title: "IQOS Japan Official Store"),
            NearMiss = PageKit.Page("<header><img src=\"/img/iqos-logo.svg\" alt=\"IQOS\"></header><h2>IQOS ILUMA kits</h2><p>Price: ¥6,980</p><button>Add to cart</button><p>Free shipping.</p>"
                + "<div class=\"notice\"><strong>We are an authorised reseller of IQOS.</strong></div>", title: "IQOS Japan Official Store"),
        },
        new()
        {
            Detector = "official-site claim", Criterion = Criteria.U1, Mark = "vitamix", Reason = "calls itself the official site of Vitamix",
            Html = PageKit.Page("<h1>Welcome to the official website of Vitamix</h1><p>News, recipes and product guides.</p>", title: "Vitamix"),
            NearMiss = PageKit.Page("<h1>Blender recipes</h1><p>For manuals and spare parts, visit the official website of Vitamix.</p>"
                + "<p>This is not the official Vitamix site.</p>", title: "Blender recipes"),
        },
        new()
        {
            Detector = "tarnishment", Criterion = Criteria.D3, Mark = null, Reason = "adult or gambling content (\"casino\" in the text)",
            Url = "http://netfilx.com/",
            Html = PageKit.Page("<p>Watch Netflix free, then try our Online Casino tonight.</p>"),
            NearMiss = PageKit.Page("<p>Watch Netflix free. We do not offer online casino games.</p>"),
        },
        new()
        {
            Detector = "drive-by download", Criterion = Criteria.U8, Mark = null, Reason = "starts a download of https://lookalike.example/get/Setup.exe without the user asking",
            Html = PageKit.Page("<p>Your update is starting.</p>", "<meta http-equiv=\"refresh\" content=\"1;url=/get/Setup.exe\">"),
            NearMiss = PageKit.Page("<p><a href=\"/files/manual.pdf\">Manual</a> and <a href=\"/files/setup.exe\">download the installer</a></p>"),
        },
        new()
        {
            Detector = "placeholder page", Criterion = Criteria.U7, Mark = null, Reason = "is a placeholder ('coming soon', 7 words)",
            Html = PageKit.Page("<h1>Coming soon</h1><p>Our new site launches shortly.</p>"),
            NearMiss = PageKit.Page("<h1>Coming soon: the spring range</h1><p>Twelve new teas arrive in March, from a smoky lapsang to a green sencha "
                + "grown on the slopes above Shizuoka. Members taste them first at the shop on Market Street, and every order over thirty pounds "
                + "ships free across the country.</p><p><a href=\"/teas\">All teas</a> <a href=\"/visit\">Visit us</a></p>"),
        },
    ];

    public static TheoryData<string> Detectors { get; } = [.. PageDetectors.All.Select(d => d.Name)];

    [Fact]
    public void Table_EveryDetectorHasOneCaseAndNamesAreUnique()
    {
        var names = PageDetectors.All.Select(d => d.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), Cases.Select(c => c.Detector).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Table_CoversEveryPageCriterion()
    {
        var covered = PageDetectors.All.SelectMany(d => d.Criteria).ToHashSet(StringComparer.Ordinal);

        string[] page = [Criteria.A8, Criteria.A9, Criteria.A10, Criteria.A11, Criteria.A12, Criteria.U1, Criteria.U3, Criteria.U4, Criteria.U5, Criteria.U6,
            Criteria.U7, Criteria.U8, Criteria.U11, Criteria.D1, Criteria.D3, Criteria.X4, Criteria.X5, Criteria.X8, Criteria.X9];
        Assert.Empty(page.Except(covered));
    }

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Detector_ExamplePage_FiresWithItsCriterionMarkAndExplanation(string name)
    {
        var row = Case(name);

        var found = FindingsOf(name, row.Html, row.Url);

        Assert.All(found, f => Assert.Contains(f.Criterion, Detector(name).Criteria));
        var finding = found.FirstOrDefault(f => f.Criterion == row.Criterion && f.Mark == row.Mark);
        Assert.True(finding is not null, $"{name}: no {row.Criterion} {row.Mark}\n{found.Describe()}");
        Assert.Contains(row.Reason, finding.Reason, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence));
    }

    [Theory]
    [MemberData(nameof(Detectors))]
    public void Detector_LawfulNearMiss_DoesNotFire(string name)
    {
        var row = Case(name);

        var found = FindingsOf(name, row.NearMiss, row.NearMissUrl ?? row.Url);

        Assert.True(!found.Any(f => f.Criterion == row.Criterion && f.Mark == row.Mark), $"{name} fired on its near-miss:\n{found.Describe()}");
    }

    [Fact]
    public void Analyze_DetectorThatThrows_LosesOnlyItsOwnFindings()
    {
        var html = Case("credential form").Html;
        IReadOnlyList<IPageDetector> detectors = [new ThrowingDetector(), .. PageDetectors.All];

        var findings = PageKit.Analyzer.Analyze(html, PageKit.Url, detectors);

        Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.Contains(findings.Of(Criteria.A12, "paypal"), f => f.Facts["placement"] == "page header");
    }

    private static DetectorCase Case(string name) => Cases.Single(c => c.Detector == name);

    private static IPageDetector Detector(string name) => PageDetectors.All.Single(d => d.Name == name);

    /// <summary>The findings the detector adds to those of the detectors before it in the table.</summary>
    private static IReadOnlyList<PageFinding> FindingsOf(string name, string html, string url)
    {
        var before = PageDetectors.All.TakeWhile(d => d.Name != name).ToList();
        var uri = new Uri(url);
        var earlier = PageKit.Analyzer.Analyze(html, uri, before);
        var all = PageKit.Analyzer.Analyze(html, uri, [.. before, Detector(name)]);
        return [.. all.Skip(earlier.Count)];
    }

    private sealed class ThrowingDetector : IPageDetector
    {
        public string Name => "throws";

        public IReadOnlyList<string> Criteria { get; } = [BrandWatch.Rules.Evidence.Criteria.U1];

        public void Detect(Rules.Pages.PageFacts page, Rules.Pages.FindingSink findings) => throw new InvalidOperationException("a detector fault");
    }
}
