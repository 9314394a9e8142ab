using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>X4 (Oki Data): whether a reseller page offers the mark's goods, and whether its listings name other brands.</summary>
public sealed class ResellerGoodsTests
{
    private const string Disclosure = "<div class=\"notice\"><strong>We are an authorised reseller of Oki Data printers.</strong></div>";

    private static string Card(string name, string price) =>
        $"<div class=\"product\"><h3>{name}</h3><p class=\"price\">{price}</p><button>Add to cart</button></div>";

    public static TheoryData<string, string, string, string> Pages { get; } = new()
    {
        // body, expected offersGoods, onlyMarkGoods, otherBrands ("-" = fact not set)
        { Disclosure + "<div class=\"products\">" + Card("Oki Data toner C532", "$139.00") + Card("Oki Data drum C612", "$189.00") + "</div>", "true", "-", "-" },
        { Disclosure + "<div class=\"products\">" + Card("Oki Data toner C532", "$139.00") + Card("Huawei MateBook charger", "$49.00")
            + Card("Microsoft Surface Pen", "$99.00") + "</div>", "true", "false", "华为, Microsoft" },
        // Brands outside the portfolio cannot be told from model names: only offersGoods is set.
        { Disclosure + "<div class=\"products\">" + Card("Oki Data toner C532", "$139.00") + Card("HP LaserJet toner 26A", "$89.00")
            + Card("Canon PG-545 ink", "$19.00") + "</div>", "true", "-", "-" },
        { Disclosure + "<p>We repair printers in our workshop. Call us for an appointment.</p>", "-", "-", "-" },
        { Disclosure + "<div class=\"products\">" + Card("Toner cartridge, black", "$39.00") + "</div>", "-", "-", "-" },
        { Disclosure + "<div class=\"products\" style=\"display:none\">" + Card("Oki Data toner C532", "$139.00") + "</div>", "-", "-", "-" },
    };

    [Fact]
    public void Analyze_APaymentLineInACard_ListsNoGoodsOfThePaymentBrand()
    {
        // The card's price makes it a listing; the line under it offers PayPal as a way to pay, not as goods.
        var body = Disclosure + "<div class=\"products\"><div class=\"product\"><h3>Oki Data toner C532</h3><p class=\"price\">$139.00</p>"
            + "<p>Express checkout: <svg><title>PayPal</title><use href=\"#pp\"></use></svg></p><button>Add to cart</button></div></div>";

        var findings = PageKit.Analyze(PageKit.Page(body));

        Assert.Equal("true", Assert.Single(findings.Of(Criteria.X4, "okidata")).Facts["offersGoods"]);
        Assert.DoesNotContain(findings.Of(Criteria.X4, "paypal"), f => f.Facts.GetValueOrDefault("offersGoods") == "true");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Analyze_ResellerPage_SetsGoodsFacts(string body, string offersGoods, string onlyMarkGoods, string otherBrands)
    {
        var finding = Assert.Single(PageKit.Analyze(PageKit.Page(body)).Of(Criteria.X4, "okidata"));

        Assert.Equal(offersGoods, finding.Facts.GetValueOrDefault("offersGoods", "-"));
        Assert.Equal(onlyMarkGoods, finding.Facts.GetValueOrDefault("onlyMarkGoods", "-"));
        Assert.Equal(otherBrands, finding.Facts.GetValueOrDefault("otherBrands", "-"));
    }

    [Fact]
    public void Analyze_OkiDataSample_OffersTheGoodsAndLeavesOtherBrandsOpen()
    {
        var html = File.ReadAllText(PageKit.SamplePath("sites", "reseller-okidata-parts.html"));

        var finding = Assert.Single(PageKit.Analyze(html, "https://www.okidataparts.com/").Of(Criteria.X4, "okidata"));

        Assert.Equal("true", finding.Facts["offersGoods"]);
        Assert.False(finding.Facts.ContainsKey("onlyMarkGoods"));
    }
}
