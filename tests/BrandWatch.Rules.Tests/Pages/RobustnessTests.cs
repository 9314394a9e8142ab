using System.Text;
using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>Hostile input: each test must finish (the timeout guards against hangs) and keep what precedes the damage.</summary>
public sealed class RobustnessTests
{
    private const int Guard = 120_000;

    private const string Head = "<html><head><title>PayPal secure login</title></head><body>";

    [Fact(Timeout = Guard)]
    public async Task Analyze_TenMegabytePage_IsCutAndStillReadsTheStart()
    {
        var builder = new StringBuilder(Head);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("<div class=\"row\"><p>Filler paragraph with a <a href=\"/x\">link</a> and more words.</p></div>\n");
        }

        var findings = await Task.Run(() => PageKit.Analyze(builder.ToString()), TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Criterion == Criteria.A10 && f.Mark == "paypal");
    }

    [Theory(Timeout = Guard)]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("table")]
    [InlineData("a")]
    public async Task Analyze_HundredThousandDeepNesting_ReturnsWithoutCrashing(string tag)
    {
        var html = Head + string.Concat(Enumerable.Repeat($"<{tag}>", 100_000)) + "PayPal" + "</body></html>";

        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Criterion == Criteria.A10 && f.Mark == "paypal");
    }

    [Theory(Timeout = Guard)]
    [InlineData("<html><head><title>PayPal</title><body><p><b><i>unclosed <a href='x>broken</p></div></div></span><table><td>cell<tr></html></html>")]
    [InlineData("<title>PayPal</title><!-- unterminated comment <p>never closed")]
    [InlineData("<title>PayPal</title><script>document.write('<p>' + \"</scr\" + \"ipt>\")")]
    [InlineData("<title>PayPal</title><svg><foreignObject><math><mi><table><select><option><textarea>")]
    [InlineData("<title>PayPal</title><p style=\"color: rgb(;;;); font-size: calc(1px / 0); position: absolute; left: -9e999px\">x</p>")]
    [InlineData("<title>PayPal</title><style>@media (min-width: { } p { display: none } }}}}} @import url(</style><p>PayPal</p>")]
    [InlineData("<title>PayPal</title>\0\0\0<p>\uFFFF\uD800 lone surrogate PayPal</p>")]
    [InlineData("<title>PayPal</title><meta http-equiv=refresh content=\"0;url=javascript:alert(1)\"><a href=\"http://[::1\">x</a><img src=\"http://%zz\">")]
    public async Task Analyze_BrokenMarkup_StillReadsTheTitle(string html)
    {
        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Criterion == Criteria.A10 && f.Mark == "paypal");
    }

    [Fact(Timeout = Guard)]
    public async Task Analyze_HugeStyleSheetAndAttributes_Returns()
    {
        var style = new StringBuilder("<style>");
        for (var i = 0; i < 20_000; i++)
        {
            style.Append(".c").Append(i).Append(" div > p ~ span:not(.x):nth-child(2n+1) a[href*=\"q\"] { color: #").Append((i % 4096).ToString("x3", System.Globalization.CultureInfo.InvariantCulture)).Append(" }\n");
        }

        style.Append("</style>");
        var attribute = new string('x', 1_000_000);
        var html = Head.Replace("</head>", style + "</head>", StringComparison.Ordinal)
            + string.Concat(Enumerable.Repeat("<p class=\"c1\" title=\"" + attribute[..1000] + "\"><span>PayPal</span></p>", 500))
            + $"<img alt=\"{attribute}\"></body></html>";

        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Criterion == Criteria.A11 && f.Mark == "paypal");
    }

    [Fact(Timeout = Guard)]
    public async Task Analyze_ManyElements_IsCutAtTheElementLimit()
    {
        var analyzer = new PageAnalyzer(PageKit.Marks, PageAnalysisOptions.Default with { MaxElements = 1000 });
        var html = Head + string.Concat(Enumerable.Repeat("<p>filler</p>", 5000)) + "<div style=\"display:none\">PayPal</div></body></html>";

        var findings = await Task.Run(() => analyzer.Analyze(html, PageKit.Url), TestContext.Current.CancellationToken);

        Assert.Contains(findings, f => f.Criterion == Criteria.A10 && f.Mark == "paypal");
        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.A11 && f.Facts["technique"] == "display:none");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not html at all, just PayPal text")]
    public void Analyze_EmptyOrPlainText_ReturnsAList(string html)
    {
        var findings = PageKit.Analyze(html);

        Assert.DoesNotContain(findings, f => f.Criterion is Criteria.U1 or Criteria.A8 or Criteria.A9);
    }

    [Fact]
    public void Analyze_EvidenceOfHugeElement_IsTrimmed()
    {
        var hidden = "<div style=\"display:none\">PayPal " + string.Concat(Enumerable.Repeat("<span>word</span> ", 2000)) + "</div>";

        var findings = PageKit.Analyze(PageKit.Page("<p>Visible text.</p>" + hidden));

        var finding = Assert.Single(findings.Of(Criteria.A11, "paypal"));
        Assert.True(finding.Evidence.Length <= PageAnalysisOptions.Default.MaxEvidenceChars + 1, finding.Evidence.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("…", finding.Evidence, StringComparison.Ordinal);
    }
}
