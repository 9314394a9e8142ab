using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Tests.Pages.Corpus;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// The analyser parses the CSS of &lt;style&gt; elements only when a style is asked for, and keeps only the
/// declarations it reads. These tests hold it to the findings of the full parse (every sheet and style attribute
/// parsed during the HTML parse, as AngleSharp does by default), on the corpus and on style sheets built to catch
/// a dropped declaration: shorthands, custom properties, @supports, media and inline styles.
/// </summary>
public sealed class DeferredStylesTests
{
    private const string Filler = "<p>Compare cheap flights, hotel rooms and car hire across hundreds of sites in one search.</p>";

    private static readonly PageAnalyzer FullCorpus = new(PageCorpus.Marks, PageAnalysisOptions.Default, [], fullCss: true);

    private static readonly PageAnalyzer FullSample = new(PageKit.Marks, PageAnalysisOptions.Default, [], fullCss: true);

    public static TheoryData<string> CorpusPages { get; } = [.. PageCorpus.Pages.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(CorpusPages))]
    public void Analyze_CorpusPage_GivesTheFindingsOfTheFullCssParse(string name)
    {
        var page = PageCorpus.Page(name);
        var html = PageCorpus.Html(name);

        var deferred = PageCorpus.Analyzer.Analyze(html, page.Url);
        var full = FullCorpus.Analyze(html, page.Url);

        Assert.Equal(Describe(full), Describe(deferred));
    }

    [Theory]
    [InlineData("<style>.away{position:absolute;inset:-9999px auto auto -9999px;margin:0 auto}</style>", "<div class=\"away\">Air France</div>", "off-screen position")]
    [InlineData("<style>.gone{font:0/0 a;padding:4px 8px}</style>", "<span class=\"gone\">Air France</span>", "font-size:0px")]
    [InlineData("<style>body{background:#fff none;border:1px solid #eee} .w{color:#fff;margin:1em}</style>", "<p class=\"w\">Air France</p>", "text colour #ffffff on background #ffffff")]
    [InlineData("<style>:root{--paper:#fafafa} body{background-color:var(--paper)} .w{color:var(--paper)}</style>", "<p class=\"w\">Air France</p>", "text colour #fafafa on background #fafafa")]
    [InlineData("<style>@supports (backdrop-filter: blur(2px)) { .seo{display:none} }</style>", "<div class=\"seo\">Air France</div>", "display:none")]
    [InlineData("<style>.clip{overflow:hidden;height:0;transition:height .2s ease-in}</style>", "<div class=\"clip\">Air France</div>", "zero-size box with overflow hidden")]
    [InlineData("<style media=\"screen\">.seo{visibility:hidden;transform:scale(1)}</style>", "<p class=\"seo\">Air France</p>", "visibility:hidden")]
    [InlineData("", "<p style=\"margin:0;padding:0;display:none\">Air France</p>", "display:none")]
    [InlineData("<style>@media screen and (min-width: 10px) { .nav{margin:0} .seo{padding:1px;display:none} }</style>", "<p class=\"seo\">Air France</p>", "display:none")]
    [InlineData("<style>.a::after{content:\"}{;\";margin:0} .b{background:url(data:image/png;base64,AAAA);border:0} .seo{opacity:0}</style>", "<p class=\"seo\">Air France</p>", "opacity:0")]
    [InlineData("<style>/* .seo{display:block} */ .seo{margin:0;/* x: y */ text-indent:-9999px}</style>", "<p class=\"seo\">Air France</p>", "off-screen text-indent")]
    [InlineData("<style>.card{padding:0; .seo{display:none}}</style>", "<div class=\"card\"><p class=\"seo\">Air France</p></div>", "display:none")]
    [InlineData("<style>@layer base { .seo{margin:0;font-size:1px} }</style>", "<p class=\"seo\">Air France</p>", "font-size:1px")]
    public void Analyze_TextHiddenThroughShorthandsOrConditions_ReportsA11LikeTheFullParse(string head, string hidden, string technique)
    {
        var html = PageKit.Page(Filler + hidden, head);

        var findings = PageKit.Analyze(html);

        var finding = Assert.Single(findings.Of(Criteria.A11, "airfrance"), f => f.Facts["technique"] != "metadata only");
        Assert.StartsWith(technique, finding.Facts["technique"], StringComparison.Ordinal);
        Assert.Equal(Describe(FullSample.Analyze(html, PageKit.Url)), Describe(findings));
    }

    [Theory]
    [InlineData("<style media=\"print\">.seo{display:none}</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style type=\"text/less\">.seo{display:none}</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style>@supports (display: no-such-value) { .seo{display:none} }</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style>.seo{margin-left:-9999px;padding:0}</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style>.seo{display:none}</style><style>.seo{display:block}</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style>.seo{display:none}</style><style>@media screen { .x{margin:0} .seo{margin:0;display:block} }</style>", "<p class=\"seo\">Air France</p>")]
    [InlineData("<style>.seo{display:none} .seo{padding:0;display:block!important;border:0}</style>", "<p class=\"seo\">Air France</p>")]
    public void Analyze_TextTheReaderSees_ReportsNoHiddenTextLikeTheFullParse(string head, string body)
    {
        var html = PageKit.Page(Filler + body, head);

        var findings = PageKit.Analyze(html);

        Assert.Empty(findings.Of(Criteria.A11, "airfrance"));
        Assert.Equal(Describe(FullSample.Analyze(html, PageKit.Url)), Describe(findings));
    }

    private static string Describe(IReadOnlyList<PageFinding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Criterion} {f.Mark}: {f.Reason} | {f.Evidence} | {string.Join(", ", f.Facts.Select(p => p.Key + "=" + p.Value))}"));
}
