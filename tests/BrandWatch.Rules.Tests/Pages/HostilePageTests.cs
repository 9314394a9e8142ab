using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// A phishing page cannot hide its findings by adding text that makes one detector slow or fail: a long run of
/// digits (the price pattern), hidden or not, leaves every other finding in place.
/// </summary>
public sealed class HostilePageTests
{
    private const int Guard = 120_000;

    private static string Kit(string extra) => PageKit.Page(
        "<header><img class=\"logo\" src=\"/img/paypal-logo.svg\" alt=\"PayPal\"></header>"
        + "<h1>Log in to your PayPal account</h1>"
        + "<form action=\"https://collect.example.net/p.php\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pass\"></form>"
        + "<p>Add to cart. Checkout. Free shipping.</p>" + extra,
        title: "PayPal: Log in");

    public static TheoryData<string, int> DigitRuns { get; } = new()
    {
        { "<span style=\"display:none\">{0}</span>", 150_000 },
        { "<p>Order reference {0}</p>", 150_000 },
        { "<p>Price: {0} USD</p>", 100_000 },
        { "<p>$ {0}</p>", 100_000 },
    };

    [Theory(Timeout = Guard)]
    [MemberData(nameof(DigitRuns))]
    public async Task Analyze_LongDigitRun_KeepsThePhishingFindings(string wrapper, int digits)
    {
        var html = Kit(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, new string('7', digits)));

        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        var login = Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.Equal("password", login.Facts["fields"]);
        Assert.Contains(findings.Of(Criteria.A12, "paypal"), f => f.Facts["placement"] == "page header");
    }

    [Fact(Timeout = Guard)]
    public async Task Analyze_DomainForSaleWithLongDigitRun_StillReportsTheOffer()
    {
        var html = PageKit.Page("<h2>This domain is for sale</h2><p>Buy now for $" + new string('9', 120_000) + "</p><p>Make an offer</p>");

        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        Assert.Single(findings.Of(Criteria.U6, null));
    }

    [Fact(Timeout = Guard)]
    public async Task Analyze_ThousandsOfLogoImagesAndBackgroundRules_StaysBoundedAndKeepsTheFindings()
    {
        var css = string.Concat(Enumerable.Range(0, 5000).Select(i => $".b{i} .x{{background-image:url(/img/paypal-logo-{i}.png)}}\n"));
        var images = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<div class=\"logo-{i}\"><img src=\"/img/paypal-logo-{i}.png\" alt=\"PayPal\"></div>"));
        var html = Kit(images).Replace("</head>", $"<style>{css}</style></head>", StringComparison.Ordinal);

        var findings = await Task.Run(() => PageKit.Analyze(html), TestContext.Current.CancellationToken);

        Assert.Single(findings.Of(Criteria.U1, "paypal"));
        Assert.InRange(findings.Of(Criteria.A12, "paypal").Count(), 1, BrandWatch.Rules.Pages.PageAnalysisOptions.Default.MaxFindingsPerCriterion);
    }
}
