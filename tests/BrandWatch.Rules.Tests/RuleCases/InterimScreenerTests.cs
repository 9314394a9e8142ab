using BrandWatch.Rules.RuleCases;
using BrandWatch.Rules.Scoring.Configuration;
using BrandWatch.Rules.Screening;

namespace BrandWatch.Rules.Tests.RuleCases;

public sealed class InterimScreenerTests
{
    private static readonly InterimScreener Screener = new(ShippedCases.Library, RuleSetJson.Default.Screening);

    [Theory]
    [InlineData("paypal.shop", "paypal", MatchKind.TldSwap)]
    [InlineData("paypall.com", "paypal", MatchKind.Repetition)]
    [InlineData("payapl.com", "paypal", MatchKind.Transposition)]
    [InlineData("paypa1.com", "paypal", MatchKind.Homoglyph)]
    [InlineData("xn--pypal-4ve.com", "paypal", MatchKind.Homoglyph)]
    [InlineData("pay-pal.com", "paypal", MatchKind.Hyphenation)]
    [InlineData("paypal-login.com", "paypal", MatchKind.Combosquat)]
    [InlineData("paypal.com.account-verify.net", "paypal", MatchKind.LevelSquat)]
    [InlineData("tes.co", "tesco", MatchKind.AcrossTheDot)]
    [InlineData("xn--80aamjvni.com", "zalando", MatchKind.Transliteration)]
    [InlineData("wastequips.com", "wastequip", MatchKind.Plural)]
    [InlineData("myequifaz.com", "equifax", MatchKind.Replacement)]
    public void Screen_LookAlike_MatchesMarkWithKind(string domain, string mark, MatchKind kind)
    {
        var match = Assert.Single(Screener.Screen(domain), m => m.Mark == mark);

        Assert.Equal(kind, match.Kind);
        Assert.InRange(match.Similarity, 0.75, 1);
    }

    [Theory]
    [InlineData("paypal.com")]
    [InlineData("okidataparts.com")]
    [InlineData("example.org")]
    public void Screen_OwnAuthorisedOrUnrelated_MatchesNothing(string domain)
    {
        Assert.Empty(Screener.Screen(domain));
    }
}
