using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// Paid placement labelled by a visible caption ("Sponsored links" above a list of links) counts as advertising, as an
/// ad network's slot does; so a fan or criticism page about the mark that carries it earns from the mark (U11), and a
/// criticism page with it is no longer noncommercial (Overview 2.6.2).
/// </summary>
public sealed class CaptionedAdsTests
{
    private const string Story = "<h1>Vitamix stories</h1><p>What owners say about the Vitamix blender they bought.</p>";

    [Theory]
    [InlineData("<h2>Sponsored links</h2><ul><li><a href=\"https://insure.example/\">Cheap travel insurance</a></li></ul>")]
    [InlineData("<p>Advertisement</p><div><a href=\"https://shop.example/\">Kitchen deals</a></div>")]
    [InlineData("<span>Anzeige:</span><div><a href=\"https://shop.example/\">Angebote</a></div>")]
    [InlineData("<h3>Publicidad</h3><ol><li><a href=\"https://shop.example/\">Ofertas</a></li></ol>")]
    public void Analyze_ALinkBlockUnderAnAdCaption_IsAdvertising(string block)
    {
        var findings = PageKit.Analyze(PageKit.Page(Story + block, title: "Vitamix stories"));

        var finding = Assert.Single(findings.Of(Criteria.U11, "vitamix"));
        Assert.Equal("1", finding.Facts["ads"]);
    }

    [Theory]
    [InlineData("<h2>Our sponsors help us keep this site running</h2><ul><li><a href=\"/thanks\">Thanks</a></li></ul>")] // a sentence, not a caption
    [InlineData("<h2>Sponsored links</h2><p>None this month.</p>")] // a caption over no links
    [InlineData("<h2>Further reading</h2><ul><li><a href=\"https://news.example/\">News</a></li></ul>")] // an ordinary list of links
    public void Analyze_NoCaptionedLinkBlock_IsNoAdvertising(string block)
    {
        var findings = PageKit.Analyze(PageKit.Page(Story + block, title: "Vitamix stories"));

        Assert.Empty(findings.Of(Criteria.U11, "vitamix"));
    }

    [Theory]
    [InlineData("<h2>Sponsored links</h2><ul><li><a href=\"https://shop.example/\">Other blenders</a></li></ul>", true)]
    [InlineData("<h2>Further reading</h2><ul><li><a href=\"https://news.example/\">Consumer news</a></li></ul>", false)]
    public void Analyze_ACriticismPage_EarnsFromTheMarkOnlyWithAds(string block, bool earns)
    {
        var html = PageKit.Page("<h1>I hate Vitamix</h1><p>The horror stories of owners who hated their Vitamix blender.</p>" + block, title: "I hate Vitamix");

        var findings = PageKit.Analyze(html);

        Assert.Single(findings.Of(Criteria.X5, "vitamix"));
        var advertising = findings.Of(Criteria.U11, "vitamix").ToList();
        Assert.Equal(earns ? 1 : 0, advertising.Count);
        Assert.All(advertising, f => Assert.Contains("criticises it", f.Reason, StringComparison.Ordinal));
    }
}
