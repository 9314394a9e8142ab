using BrandWatch.Rules.Pages;

namespace BrandWatch.Rules.Tests.Pages;

/// <summary>Prices in the currencies shops sell in, before or after the amount; numbers that are no price stay out.</summary>
public sealed class PricePatternTests
{
    [Theory]
    [InlineData("LED bulb 9W $149")]
    [InlineData("LED bulb 9W Rs. 149")]
    [InlineData("LED bulb 9W Rs 149")]
    [InlineData("LED bulb 9WRs. 149Add to cart")]
    [InlineData("LED bulb 9W ₹149")]
    [InlineData("LED bulb 9W INR 1,499")]
    [InlineData("Lampa 49,99 zł")]
    [InlineData("Lampe 299 kr")]
    [InlineData("Lâmpada R$ 20,00")]
    [InlineData("Lampe CHF 20.50")]
    [InlineData("Лампа 499 руб")]
    [InlineData("電球 980円")]
    public void Price_InAShopsCurrency_IsFound(string text) =>
        Assert.Matches(PagePatterns.Price(), text);

    [Theory]
    [InlineData("Open 9 to 5, Mrs 5 and 6 hours 3")]
    [InlineData("Chapter 12: 1,499 words")]
    [InlineData("OPEN HOURS 3 TO 5")]
    public void Price_NumbersWithoutACurrency_AreNoPrice(string text) =>
        Assert.DoesNotMatch(PagePatterns.Price(), text);
}
