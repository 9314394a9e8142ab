using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// A page that calls itself the owner's official site on a host the owner does not own impersonates it (U1, Overview
/// 2.13.1); a page that points to the official site, links to it, denies being it or discloses a reseller's tie does not.
/// </summary>
public sealed class OfficialClaimTests
{
    [Theory]
    [InlineData("<h1>Welcome to the official website of Vitamix</h1><p>Recipes and manuals.</p>", "Recipes", "vitamix")]
    [InlineData("<p>The official Iranian website of Air France</p>", "Flights", "airfrance")]
    [InlineData("<p>Recipes and manuals.</p>", "Vitamix Official Site", "vitamix")]
    [InlineData("<h2>Site officiel de Zalando</h2><p>Mode et chaussures.</p>", "Mode", "zalando")]
    [InlineData("<p>Bienvenido al sitio web oficial de Telstra.</p>", "Inicio", "telstra")]
    [InlineData("<h1>Die offizielle Webseite von Heineken Brouwerijen</h1>", "Bier", "heineken")]
    [InlineData("<h1>The official Apple online store</h1>", "Deals", "apple")]
    [InlineData("<p>Welcome to the official website of Vitamix, where you will find recipes, manuals and the latest news from our test kitchen.</p>", "Recipes", "vitamix")]
    public void Analyze_PageCallsItselfTheOwnersOfficialSite_ReportsImpersonation(string body, string title, string mark)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: title));

        var claim = Assert.Single(findings.Of(Criteria.U1, mark));
        Assert.Equal("official claim", claim.Facts["signal"]);
        Assert.Contains("calls itself the official site of", claim.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>For manuals and spare parts, visit the official website of Vitamix.</p>")]
    [InlineData("<p>Tickets are sold by Ticketmaster; the link opens the Ticketmaster official site in a new window.</p>")]
    [InlineData("<p>Prices are listed <a href=\"https://www.vitamix.com/\">on the Vitamix official site</a>.</p>")]
    [InlineData("<p>This is not the official Vitamix site; we only review blenders.</p>")]
    [InlineData("<p>We are an unofficial fan page. The official website of Vitamix is vitamix.com.</p>")]
    [InlineData("<p>Vitamix is the official blender partner of the city marathon.</p>")]
    [InlineData("<p>Shop the official Apple online store for this week's deals.</p>")]
    [InlineData("<p>The official website of Vitamix lists the new blender at a lower price than last year's model.</p>")]
    [InlineData("<p>Prices rose again this spring, and the official Air France website now charges for every checked bag.</p>")]
    [InlineData("<p>The official website of the Fernway Coffee club.</p>")]
    public void Analyze_PagePointsAtOrDeniesTheOfficialSite_ReportsNoClaim(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: "Kitchen notes"));

        Assert.DoesNotContain(findings, f => f.Facts.TryGetValue("signal", out var s) && s == "official claim");
    }

    [Fact]
    public void Analyze_OwnersOwnHost_ReportsNoClaim()
    {
        var findings = PageKit.Analyze(PageKit.Page("<h1>Welcome to the official website of Vitamix</h1>"), "https://www.vitamix.com/");

        Assert.Empty(findings.Of(Criteria.U1, "vitamix"));
    }

    [Fact]
    public void Analyze_ResellerDisclosesItsTie_ReportsNoClaim()
    {
        var findings = PageKit.Analyze(PageKit.Page("<h1>Official Oki Data store for the North</h1>"
            + "<div class=\"notice\"><strong>We are an independent, authorised reseller of genuine Oki Data printer parts.</strong></div>"));

        Assert.Empty(findings.Of(Criteria.U1, "okidata"));
    }

    [Fact]
    public void Analyze_HiddenClaim_ReportsNoClaim()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p style=\"display:none\">The official website of Vitamix</p><p>Recipes.</p>"));

        Assert.Empty(findings.Of(Criteria.U1, "vitamix"));
    }
}
