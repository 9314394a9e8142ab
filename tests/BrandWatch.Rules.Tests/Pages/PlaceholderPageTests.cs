using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// Pages with nothing of their own (Overview 3.3, "a blank or 'coming soon' page"), in several languages and shapes,
/// against short pages that do say something of their own.
/// </summary>
public sealed class PlaceholderPageTests
{
    [Theory]
    [InlineData("<h1>Site en construction</h1><p>Revenez bientôt.</p>", "en construction")]
    [InlineData("<h1>Próximamente</h1>", "proximamente")]
    [InlineData("<p>Diese Seite ist im Aufbau.</p>", "im aufbau")]
    [InlineData("<h1>Coming soon</h1><form action=\"/notify\"><input type=\"email\" name=\"email\"><button>Notify me</button></form>", "coming soon")]
    [InlineData("<p>This domain has been registered at Example Registrar.</p><p><a href=\"https://registrar.example/\">Registrar home</a></p>", "this domain has been registered")]
    [InlineData("", "blank")]
    public void Analyze_APageWithNothingOfItsOwn_IsAPlaceholder(string body, string placeholder)
    {
        var findings = PageKit.Analyzer.Analyze(PageKit.Page(body, title: "Welcome"), PageKit.Url);

        var finding = Assert.Single(findings.Of(Criteria.U7, null));
        Assert.Equal(placeholder, finding.Facts["placeholder"]);
        Assert.Contains("non-use (3.3)", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TheTitleAlone_CanSayIt()
    {
        var findings = PageKit.Analyzer.Analyze(PageKit.Page("<img src=\"/logo.png\" alt=\"\">", title: "Under Construction"), PageKit.Url);

        Assert.Equal("under construction", Assert.Single(findings.Of(Criteria.U7, null)).Facts["placeholder"]);
    }

    [Theory]
    [InlineData("<h1>Coming soon</h1><form action=\"/login\"><input name=\"user\"><input type=\"password\" name=\"pass\"></form>")] // a login page is a site of its own
    [InlineData("<h1>Coming soon</h1><p><a href=\"/a\">A</a> <a href=\"/b\">B</a> <a href=\"/c\">C</a> <a href=\"/d\">D</a></p>")] // a page of links has something to show
    [InlineData("<script src=\"/app.js\"></script>")] // an application shell draws its content later
    [InlineData("<h1>Hello</h1><p>We repair bicycles on Mill Lane, Tuesday to Saturday.</p>")] // short, but its own
    public void Analyze_AShortPageOfItsOwn_IsNoPlaceholder(string body)
    {
        var findings = PageKit.Analyzer.Analyze(PageKit.Page(body, title: "Welcome"), PageKit.Url);

        Assert.Empty(findings.Of(Criteria.U7, null));
    }
}
