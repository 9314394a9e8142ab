using BrandWatch.Rules.Evidence;
using BrandWatch.Rules.Pages;
using BrandWatch.Rules.Pages.Visual;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>
/// The visual-identity rule on fingerprints (hashes in, findings out): a page image close to a mark's reference logo
/// is the mark's logo where the page places it as branding, never in a logo wall or on a blank or tiny image.
/// </summary>
public sealed class VisualIdentityRuleTests
{
    private const ulong LogoHash = 0x9c3e_71a5_0f0f_c3d2;
    private static readonly Uri Site = new("https://account-check.example/login");

    private static readonly PageAnalyzer Analyzer = new(PageKit.Marks, PageAnalysisOptions.Default,
    [
        new VisualReference { MarkId = "netflix", Kind = "logo", Source = "netflix-logo.png", Fingerprint = Print(LogoHash, "ref", 400, 160, 60) },
        new VisualReference { MarkId = "netflix", Kind = "favicon", Source = "favicon.ico", Fingerprint = Print(0x0123_4567_89ab_cdef, "favbytes", 32, 32, 40) },
    ]);

    private const string Form = "<form action=\"https://collect.example.net/x.php\" method=\"post\"><input name=\"email\"><input type=\"password\" name=\"pw\"></form>";

    public static TheoryData<string, int, bool> HeaderImages { get; } = new()
    {
        { "same picture", 0, true },
        { "recompressed (4 bits differ)", 4, true },
        { "at the distance limit (10 bits)", 10, true },
        { "another picture (11 bits)", 11, false },
        { "another picture (30 bits)", 30, false },
    };

    [Theory]
    [MemberData(nameof(HeaderImages))]
    public void Analyze_HeaderImageNearTheReferenceLogo_IsTheMarksLogoWithItsDistance(string image, int bits, bool matches)
    {
        var html = PageKit.Page($"<header><img src=\"/i/a1.png\"></header><h1>Sign in</h1>{Form}", title: "Sign in");
        var images = new[] { new PageImage(new Uri(Site, "/i/a1.png"), PageImageRole.Image, Print(Flip(LogoHash, bits), "page", 180, 72, 55)) };

        var findings = Analyzer.Analyze(html, Site, images);

        var logo = findings.Of(Criteria.A12, "netflix").SingleOrDefault();
        Assert.True(matches == logo is not null, $"{image}\n{findings.Describe()}");
        if (logo is not null)
        {
            Assert.Equal(bits.ToString(System.Globalization.CultureInfo.InvariantCulture), logo.Facts["hashDistance"]);
            Assert.Contains($"perceptual hash distance {bits} of 64 to the reference logo netflix-logo.png", logo.Reason, StringComparison.Ordinal);
            Assert.Single(findings.Of(Criteria.U1, "netflix"));
        }
    }

    [Theory]
    [InlineData("<main><ul class=\"partners\"><li><img src=\"/i/a1.png\"></li><li><img src=\"/i/b.png\"></li><li><img src=\"/i/c.png\"></li></ul></main>", "a logo wall")]
    [InlineData("<footer><p>Streaming partner</p><img src=\"/i/a1.png\"></footer>", "a footer")]
    [InlineData("<main><article><p>Netflix raised its prices.</p><img src=\"/i/a1.png\"></article></main>", "an article")]
    public void Analyze_MatchingImageOutsideTheBranding_IsNoLogoUse(string body, string where)
    {
        var html = PageKit.Page("<header><img class=\"logo\" src=\"/i/own.png\" alt=\"Couch Weekly\"></header>" + body + Form);
        var images = new[] { new PageImage(new Uri(Site, "/i/a1.png"), PageImageRole.Image, Print(LogoHash, "page", 180, 72, 55)) };

        var findings = Analyzer.Analyze(html, Site, images);

        Assert.True(!findings.Any(f => f.Criterion is Criteria.A12 or Criteria.U1), $"{where}\n{findings.Describe()}");
    }

    [Theory]
    [InlineData(180, 72, 2.0, "blank or single colour")]
    [InlineData(12, 12, 50.0, "tiny")]
    public void Analyze_BlankOrTinyImageWithTheSameHash_NeverMatches(int width, int height, double contrast, string kind)
    {
        var html = PageKit.Page($"<header><img src=\"/i/a1.png\"></header><h1>Sign in</h1>{Form}");
        var images = new[] { new PageImage(new Uri(Site, "/i/a1.png"), PageImageRole.Image, Print(LogoHash, "page", width, height, contrast)) };

        var findings = Analyzer.Analyze(html, Site, images);

        Assert.True(!findings.Any(f => f.Mark == "netflix"), $"{kind}\n{findings.Describe()}");
    }

    [Fact]
    public void Analyze_FaviconWithTheReferenceBytes_IsAnExactMatchAndCountsAsBranding()
    {
        var html = PageKit.Page($"<h1>Netflix</h1>{Form}", "<link rel=\"icon\" href=\"/f.ico\">", title: "Sign in");
        var images = new[] { new PageImage(new Uri(Site, "/f.ico"), PageImageRole.Favicon, Print(0x7777_0000_7777_0000, "favbytes", 32, 32, 40)) };

        var findings = Analyzer.Analyze(html, Site, images);

        var favicon = Assert.Single(findings.Of(Criteria.A12, "netflix"));
        Assert.Equal("exact", favicon.Facts["visualMatch"]);
        Assert.Equal("<link rel=\"icon\" href=\"/f.ico\">", favicon.Evidence);
        Assert.Single(findings.Of(Criteria.U1, "netflix"));
    }

    [Fact]
    public void Analyze_UnnamedImageMatchingTheLogoAsADeepLinkAnchorBesideAds_IsA8()
    {
        var html = PageKit.Page("<p><a href=\"https://www.netflix.com/title/80057281\"><img src=\"/i/a1.png\"></a></p>"
            + "<div class=\"ad-slot\"><iframe src=\"https://tpc.googlesyndication.com/safeframe/1\"></iframe></div>");
        var images = new[] { new PageImage(new Uri(Site, "/i/a1.png"), PageImageRole.Image, Print(LogoHash, "page", 180, 72, 55)) };

        Assert.Empty(Analyzer.Analyze(html, Site).Of(Criteria.A8, "netflix"));
        Assert.Single(Analyzer.Analyze(html, Site, images).Of(Criteria.A8, "netflix"));
    }

    [Fact]
    public void Analyze_WithoutImages_GivesTheSameFindingsAsWithoutReferences()
    {
        var html = PageKit.Page($"<header><img src=\"/img/netflix-logo.svg\" alt=\"Netflix\"></header>{Form}", title: "Netflix");

        Assert.Equal(PageKit.Analyze(html, Site.AbsoluteUri).Describe(), Analyzer.Analyze(html, Site).Describe());
    }

    private static ImageFingerprint Print(ulong hash, string sha, int width, int height, double contrast) =>
        new() { DifferenceHash = hash, Sha256 = sha, Width = width, Height = height, Contrast = contrast };

    private static ulong Flip(ulong hash, int bits) => bits == 0 ? hash : hash ^ (ulong.MaxValue >> (64 - bits));
}
