using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Scoring.Configuration;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>D3: adult and gambling terms in visible text or metadata, on word boundaries, negations and innocent uses left out.</summary>
public sealed class TarnishTests
{
    public static TheoryData<string, string, string, string> Pages { get; } = new()
    {
        // title, head, body, expected terms (sorted, space-separated; "-" for none)
        { "Hot XXX videos", "", "<h1>Free porn every day</h1>", "porn xxx" },
        { "Welcome", "", "<p>Claim 50 free spins at our online casino.</p>", "casino free spins" },
        { "Welcome", "<meta name=\"description\" content=\"Best sportsbook odds in town\">", "<p>Welcome back.</p>", "sportsbook" },
        { "Welcome", "", "<p>No deposit casino bonus for new players!</p>", "casino" },
        { "Welcome", "", "<p>PORNÓ GRATIS</p>", "porno" },
        { "Welcome", "", "<p>This is not a casino.</p><p>But do play roulette now.</p>", "roulette" },
        { "Welcome", "", "<p>Adult&nbsp;content and escort services inside.</p>", "adult content escort services" },
        { "Welcome", "", "<p>We are not a casino and do not offer betting or gambling of any kind.</p>", "-" },
        { "Welcome", "", "<p>This site contains no adult content. It isn't a casino.</p>", "-" },
        { "Shell adult education", "", "<h1>Shell adult education programme</h1><p>Evening courses for adult learners and adult students.</p>", "-" },
        { "Used cars", "", "<p>Ford Escort, 1998, one owner.</p>", "-" },
        { "Adult images", "", "<p>Adult only. Nude photo gallery, members enter here.</p>", "nude photo" },
        { "Stories", "", "<p>Erotic stories and naked girls on cam.</p>", "erotic naked girls" },
        { "Beauty", "", "<p>Nude lipstick, nude heels and a naked cake for the wedding.</p>", "-" },
        { "Design", "", "<p>The casinotheme template and a pokerface emoji.</p>", "-" },
        { "Weekly news", "", "<p style=\"display:none\">casino poker roulette</p><p>Weekly news.</p>", "-" },
        { "Weekly news", "", "<script>var casino = 'poker';</script><p>Weekly news.</p>", "-" },
        // A gambling link among other links is an advertisement; two of them, or adult content anywhere, are the page's content.
        { "Search", "", "<h2>Popular links</h2><ul><li><a href=\"/1\">Online Games</a></li><li><a href=\"/2\">Gaming Merchandise</a></li><li><a href=\"/3\">Online Casino</a></li></ul>", "-" },
        { "Search", "", "<h2>Popular links</h2><ul><li><a href=\"/1\">Online Games</a></li><li><a href=\"/2\">Poker Rooms</a></li><li><a href=\"/3\">Online Casino</a></li></ul>", "casino poker" },
        { "Search", "", "<h2>Popular links</h2><ul><li><a href=\"/1\">Online Games</a></li><li><a href=\"/2\">Gaming Merchandise</a></li><li><a href=\"/3\">XXX videos</a></li></ul>", "xxx" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Analyze_TarnishTerms_ReportsD3PerDistinctTerm(string title, string head, string body, string expected)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, head, title));

        var terms = findings.Of(Criteria.D3, null).Select(f => f.Facts["term"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, terms.Count == 0 ? "-" : string.Join(' ', terms));
        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.D3 && f.Mark is not null);
    }

    [Fact]
    public void Analyze_TarnishInText_QuotesTheOriginalWordsAndLocation()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Watch Netflix free, then try our Online Casino tonight.</p>"), "http://netfilx.com/");

        var finding = Assert.Single(findings.Of(Criteria.D3, null));
        Assert.Contains("Online Casino", finding.Evidence, StringComparison.Ordinal);
        Assert.Equal("text", finding.Facts["location"]);
        Assert.Contains("casino", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TarnishInTitle_QuotesTheTitle()
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Welcome.</p>", title: "Roulette and blackjack"));

        var roulette = Assert.Single(findings.Of(Criteria.D3, null), f => f.Facts["term"] == "roulette");
        Assert.Equal("<title>Roulette and blackjack</title>", roulette.Evidence);
        Assert.Equal("title", roulette.Facts["location"]);
    }

    [Fact]
    public void Analyze_ConfiguredTarnishTerms_ReplaceTheDefaults()
    {
        var analyzer = new PageAnalyzer(PageKit.Marks, new PageRules { TarnishTerms = ["cannabis"] }.ToOptions());

        var findings = analyzer.Analyze(PageKit.Page("<p>Casino nights and cannabis edibles.</p>"), PageKit.Url);

        Assert.Equal(["cannabis"], findings.Of(Criteria.D3, null).Select(f => f.Facts["term"]));
    }

    [Fact]
    public void Analyze_EmptyTarnishList_ReportsNoD3()
    {
        var analyzer = new PageAnalyzer(PageKit.Marks, PageAnalysisOptions.Default with { TarnishTerms = [] });

        Assert.Empty(analyzer.Analyze(PageKit.Page("<h1>Online casino</h1>"), PageKit.Url).Of(Criteria.D3, null));
    }
}
