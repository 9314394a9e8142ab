using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Pages;

public sealed class MarkMatchingTests
{
    [Theory]
    [InlineData("Log in to PayPal today", "paypal")]
    [InlineData("LOG IN TO PAYPAL TODAY", "paypal")]
    [InlineData("Order from Pizza Hut tonight", "pizzahut")]
    [InlineData("Order from PIZZA   HUT tonight", "pizzahut")]
    [InlineData("Order from PizzaHut tonight", "pizzahut")]
    [InlineData("Quotes from Legal & General", "legalandgeneral")]
    [InlineData("Quotes from Legal and General", "legalandgeneral")]
    [InlineData("Quotes from Legal &amp; General", "legalandgeneral")]
    [InlineData("Mode bei ZALANDO kaufen", "zalando")]
    [InlineData("Купить на Заландо сегодня", "zalando")]
    [InlineData("欢迎来到京东商城购物", "jingdong")]
    [InlineData("Ofertas de Air France", "airfrance")]
    [InlineData("Ofertas de AIR FRANCE", "airfrance")]
    [InlineData("The Body Shop gift sets", "thebodyshop")]
    [InlineData("Deals on the new Apple watch", "apple")]
    public void Analyze_MarkInTitle_IsFoundCaseInsensitivelyOnWordBoundaries(string title, string mark)
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Nothing else here.</p>", title: title));

        Assert.True(findings.Of(Criteria.A10, mark).Any(f => f.Facts["location"] == "title"), findings.Describe());
    }

    [Theory]
    [InlineData("Paypalooza festival tickets", "paypal")]
    [InlineData("Mypaypal deals", "paypal")]
    [InlineData("Pizza and a hut in the woods", "pizzahut")]
    [InlineData("Legal advice in general", "legalandgeneral")]
    [InlineData("Grandma's apple pie recipe", "apple")]
    [InlineData("Seashell collecting guide", "shell")]
    public void Analyze_WordThatOnlyContainsTheMark_IsNotAMatch(string title, string mark)
    {
        var findings = PageKit.Analyze(PageKit.Page("<p>Nothing else here.</p>", title: title));

        Assert.Empty(findings.Of(Criteria.A10, mark));
    }

    [Fact]
    public void Analyze_PageOnTheOwnersDomain_ReportsNothingForThatMark()
    {
        var html = PageKit.Page("<form action=/signin><input type=password name=pw></form><p>PayPal</p>", title: "Log in to your PayPal account");

        var findings = PageKit.Analyze(html, "https://www.paypal.com/signin");

        Assert.DoesNotContain(findings, f => f.Mark == "paypal");
    }
}
