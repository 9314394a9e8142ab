using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

public sealed class DownloadsTests
{
    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"1;url=/get/Setup.exe\">", "", "meta refresh")]
    [InlineData("", "<iframe src=\"/files/update.zip\" style=\"display:none\"></iframe>", "frame")]
    [InlineData("", "<script>window.location.href = '/dl/player.msi';</script>", "script")]
    [InlineData("", "<script>window.open('https://cdn.example/app.apk');</script>", "script")]
    [InlineData("", "<script>var a=document.createElement('a');a.href='/x';a.download='x';a.click();</script>", "script clicks a download link itself")]
    [InlineData("", "<script>eval(unescape('%61%6c%65%72%74'));</script>", "known malicious-content marker (eval(unescape()")]
    [InlineData("", "<script src=\"https://miner.example/coinhive.min.js\"></script>", "known malicious script (coinhive.min.js)")]
    public void Analyze_UnrequestedDownloadOrMalwareMarker_ReportsU8(string head, string body, string method)
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Please wait.</p>" + body, head));

        var u8 = Assert.Single(findings, f => f.Criterion == Criteria.U8);
        Assert.Equal(method, u8.Facts["method"]);
        Assert.Equal("true", u8.Facts["unrequested"]);
        Assert.Null(u8.Mark);
    }

    [Theory]
    [InlineData("<p><a href=\"/files/manual.pdf\">Manual</a> and <a href=\"/files/setup.exe\">download the installer</a></p>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=/welcome.html\"><p>Moved</p>")]
    [InlineData("<script>window.location.href = '/shop/index.html';</script>")]
    public void Analyze_DownloadTheUserMustAskFor_ReportsNoU8(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.U8);
    }

    [Theory]
    [InlineData("<h1>Domain auction</h1><p>Current bid: USD 120</p><button>Place bid</button>")]
    [InlineData("<p>lookalike.example: starting bid USD 99. Bid now.</p>")]
    [InlineData("<h1>quorvexxa.net</h1><p>Make an offer</p>")]
    public void Analyze_AuctionListing_ReportsGenericU6(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body));

        var u6 = Assert.Single(findings, f => f.Criterion == Criteria.U6);
        Assert.Equal("false", u6.Facts["targeted"]);
    }

    [Theory]
    [InlineData("<h1>Submariner 126610LN, 2019, box and papers</h1><p>GBP 11,450</p><button>Buy now</button><button>Make an offer</button>")]
    [InlineData("<h1>Lot 41: a Victorian writing desk</h1><p>Starting bid GBP 300. Bid now.</p>")]
    public void Analyze_OfferForGoods_ThatNamesNoDomain_IsNoDomainForSale(string body)
    {
        var findings = PageKit.Analyze(PageKit.Page(body, title: "Pre-owned watches and antiques"));

        Assert.DoesNotContain(findings, f => f.Criterion == Criteria.U6);
    }
}
