using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages.Corpus;

/// <summary>Each precision rule on the corpus page that shows it, with the explanation the finding gives.</summary>
public sealed class PrecisionRuleTests
{
    /// <summary>page, criterion, mark, fact, the fact's value (or a part of it).</summary>
    public static TheoryData<string, string, string, string, string> Explanations { get; } = new()
    {
        // Sign-in, payment, share, badge and embed links are the provider's service used as intended.
        { "lawful-forum-login-social-buttons", Criteria.X9, "google", "signal", "sign-in flow" },
        { "lawful-forum-login-social-buttons", Criteria.X9, "facebook", "signal", "sign-in flow" },
        { "lawful-saas-login-microsoft-github", Criteria.X9, "github", "signal", "sign-in flow" },
        { "lawful-shop-checkout-paypal-button", Criteria.X9, "paypal", "signal", "payment flow" },
        { "lawful-recipe-share-buttons-ads", Criteria.X9, "facebook", "signal", "share dialog" },
        { "lawful-app-landing-store-badges", Criteria.X9, "google", "signal", "badge" },
        { "lawful-restaurant-embedded-map", Criteria.X9, "google", "signal", "embedded player" },
        { "lawful-blog-youtube-embed", Criteria.X9, "youtube", "signal", "embedded player" },
        { "holdout-lawful-forum-twitter-oauth1", Criteria.X9, "twitter", "signal", "sign-in flow" },

        // A platform credit is nominative.
        { "lawful-wordpress-login-self-hosted", Criteria.X8, "wordpress", "signal", "platform credit" },
        { "lawful-shopify-store-powered-by", Criteria.X8, "shopify", "signal", "platform credit" },

        // U1 names the brand the page presents itself as, and how.
        { "misuse-paypal-kit-compromised-site", Criteria.U1, "paypal", "presentsAs", "logo (page header)" },
        { "misuse-paypal-favicon-and-title-only", Criteria.U1, "paypal", "presentsAs", "favicon" },
        { "misuse-microsoft-kit-background-logo", Criteria.U1, "microsoft", "presentsAs", "logo drawn as a background image" },
        { "misuse-dhl-script-built-form", Criteria.U1, "dhl", "means", "form built by script" },
        { "misuse-microsoft-document-write-kit", Criteria.U1, "microsoft", "presentsAs", "logo built by script" },
        { "misuse-coinbase-seed-phrase", Criteria.U1, "coinbase", "fields", "recovery phrase" },
        { "misuse-microsoft-support-scam", Criteria.U1, "microsoft", "means", "software download MicrosoftSupport-QuickAssist.exe" },
        { "misuse-norton-fake-invoice", Criteria.U1, "norton", "means", "has been charged" },
        { "misuse-amazon-order-refund-scam", Criteria.U1, "amazon", "means", "phone number" },
        { "misuse-counterfeit-nike-shop", Criteria.U4, "nike", "presentsAs", "logo (page header)" },

        // A10 says why the metadata is burying.
        { "misuse-meta-tags-nike-competitor", Criteria.A10, "nike", "presentsAsMark", "false" },
        { "misuse-title-burying-netflix", Criteria.A10, "netflix", "discussed", "false" },
        { "misuse-paypal-kit-compromised-site", Criteria.A10, "paypal", "presentsAsMark", "true" },

        // Other placements of a logo as the page's own branding.
        { "misuse-microsoft-kit-background-logo", Criteria.A12, "microsoft", "placement", "background image" },
        { "misuse-logo-deep-link-netflix-ads", Criteria.A8, "netflix", "anchor", "logo" },
    };

    [Theory]
    [MemberData(nameof(Explanations))]
    public void Analyze_CorpusPage_ExplainsTheRuleInItsFacts(string page, string criterion, string mark, string fact, string value)
    {
        var findings = PageCorpus.Findings(page).Of(criterion, mark).ToList();

        Assert.True(findings.Count > 0, $"{page}: no {criterion} for {mark}\n{PageCorpus.Findings(page).Describe()}");
        Assert.Contains(findings, f => f.Facts.TryGetValue(fact, out var v) && v.Contains(value, StringComparison.Ordinal));
    }

    /// <summary>Marks that appear on the page in buttons, badges or footers but are not the brand it imitates.</summary>
    [Theory]
    [InlineData("misuse-dropbox-kit-copied-sso-buttons", "dropbox", "google apple")]
    [InlineData("misuse-microsoft-kit-with-github-option", "microsoft", "github")]
    [InlineData("misuse-netflix-login-kit-facebook-option", "netflix", "facebook")]
    [InlineData("misuse-linkedin-login-kit", "linkedin", "google apple")]
    [InlineData("misuse-microsoft-support-scam", "microsoft", "teamviewer")]
    [InlineData("misuse-adobe-document-lure", "adobe", "microsoft")]
    public void Analyze_KitCopyingOtherBrandsButtons_ReportsOnlyTheImitatedBrand(string page, string target, string others)
    {
        var findings = PageCorpus.Findings(page);

        var u1 = Assert.Single(findings, f => f.Criterion == Criteria.U1);
        Assert.Equal(target, u1.Mark);
        Assert.Contains("presents itself as", u1.Reason, StringComparison.Ordinal);
        Assert.All(others.Split(' '), other => Assert.DoesNotContain(findings, f => f.Mark == other && f.Criterion is Criteria.U1 or Criteria.A12 or Criteria.A10));
    }

    [Theory]
    [InlineData("lawful-news-microsoft-earnings", "microsoft")]
    [InlineData("lawful-review-samsung-phone", "samsung")]
    [InlineData("lawful-help-article-connect-dropbox", "dropbox")]
    [InlineData("lawful-price-comparison-nike", "nike")]
    public void Analyze_PageDiscussingTheMark_DoesNotReportItsTitleAsBurying(string page, string mark)
    {
        var findings = PageCorpus.Findings(page);

        Assert.Empty(findings.Of(Criteria.A10, mark));
        Assert.Contains(PageCorpus.Page(page).Url.Host, PageCorpus.Page(page).Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lawful-integrations-page-logos")]
    [InlineData("lawful-conference-sponsor-logos")]
    [InlineData("lawful-comparison-cloud-storage-logos")]
    [InlineData("lawful-encyclopedia-article-paypal")]
    [InlineData("holdout-lawful-saas-pricing-customer-logos")]
    public void Analyze_LogosInContentOrWalls_AreNotThePagesOwnBranding(string page)
    {
        var findings = PageCorpus.Findings(page);

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.A12);
        var html = PageCorpus.Html(page);
        var pictured = PageCorpus.Marks.Count(m => html.Contains($"alt=\"{m.Name}", StringComparison.Ordinal));
        Assert.True(pictured >= 1, $"{page} pictures no portfolio mark");
    }
}
